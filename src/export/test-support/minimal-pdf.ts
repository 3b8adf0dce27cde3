import { zlibSync } from 'fflate';

/**
 * A one-page PDF written by hand, with a classic cross-reference table and an Info dictionary
 * holding a Title: what a fake printer returns, and what pdf-info-update.ts is tried on. The
 * page's content may be given, and compressed as Chromium compresses it.
 */
export function minimalPdf({
  content = 'BT /F1 24 Tf 72 720 Td (Charte) Tj ET',
  compressed = false,
}: { content?: string; compressed?: boolean } = {}): Uint8Array {
  const stream = compressed
    ? Buffer.from(zlibSync(Buffer.from(content, 'latin1'))).toString('latin1')
    : content;
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>>',
    `<<${compressed ? '/Filter /FlateDecode ' : ''}/Length ${stream.length}>>\nstream\n${stream}\nendstream`,
    '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>',
    '<</Title (Charte \\(essai\\)) /Producer (minimal-pdf)>>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<</Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
