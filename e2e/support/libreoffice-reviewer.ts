import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A comment a reviewer adds in LibreOffice around a passage. */
export interface ReviewerComment {
  passage: string;
  author: string;
  /** ODF wants local date-times without zone: "2026-05-04T09:30:00". */
  date: string;
  text: string;
}

/**
 * Reviews a DOCX the way a LibreOffice user does: LibreOffice opens it (as flat ODF), a comment
 * is put around the first occurrence of `passage`, and LibreOffice saves it as DOCX again, into
 * `outDir` under the same name. Returns the new file's path.
 */
export function reviewInLibreOffice(
  docx: string,
  comment: ReviewerComment,
  outDir: string,
): string {
  const work = mkdtempSync(join(tmpdir(), 'charter-lo-review-'));
  try {
    convert(docx, 'fodt', work);
    const fodt = join(work, basename(docx).replace(/\.docx$/, '.fodt'));
    const xml = readFileSync(fodt, 'utf8');
    const at = xml.indexOf(escapeXml(comment.passage));
    if (at < 0) throw new Error(`"${comment.passage}" is not in the text LibreOffice read.`);
    const name = 'charter-e2e-review';
    const annotation = [
      `<office:annotation office:name="${name}">`,
      `<dc:creator>${escapeXml(comment.author)}</dc:creator>`,
      `<dc:date>${comment.date}</dc:date>`,
      `<text:p>${escapeXml(comment.text)}</text:p>`,
      '</office:annotation>',
    ].join('');
    const end = at + escapeXml(comment.passage).length;
    writeFileSync(
      fodt,
      `${xml.slice(0, at)}${annotation}${xml.slice(at, end)}<office:annotation-end office:name="${name}"/>${xml.slice(end)}`,
    );
    convert(fodt, 'docx', outDir);
    return join(outDir, basename(docx));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function convert(file: string, format: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-review-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        ...['--convert-to', format, '--outdir', outDir, file],
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
