import { strToU8, zipSync } from 'fflate';
import { constants, deflateRawSync } from 'node:zlib';
import { DOCX_LIMITS } from '../read-docx-parts';

/** A Word document built to attack its reader: each must be refused, saying what to do. */
export interface HostileDocx {
  name: string;
  bytes: () => Uint8Array;
  /** What the refusal must say. */
  says: RegExp;
}

const COMMENTS = strToU8(
  '<w:comments><w:comment w:id="0" w:author="X"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:comment></w:comments>',
);

/** Byte offset of the first central directory header (signature PK\1\2) of `zip`. */
function centralDirectory(zip: Uint8Array): number {
  return Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
}

/** A reviewed document whose word/document.xml is `xml`. */
function withDocument(xml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(xml), 'word/comments.xml': COMMENTS });
}

/**
 * 16 GB of markup in 16 MB, its headers claiming 100 bytes: the same deflated 16 MB repeated,
 * each piece ending on a byte boundary (sync flush) so that they chain into one stream.
 */
function bombThatUnderstatesItsSize(): Uint8Array {
  const piece = deflateRawSync(new Uint8Array(16 * 1024 * 1024).fill(0x3c), {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const stream = Buffer.concat([
    ...Array<Buffer>(1024).fill(piece),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  const zip = zipSync({ 'word/document.xml': stream, 'word/comments.xml': COMMENTS }, { level: 0 });
  const view = new DataView(zip.buffer);
  const central = centralDirectory(zip);
  for (const [header, method, size] of [
    [0, 8, 22],
    [central, 10, 24],
  ] as const) {
    view.setUint16(header + method, 8, true); // deflated, not stored
    view.setUint32(header + size, 100, true); // uncompressed size
  }
  return zip;
}

/** A small archive whose central directory declares more than the limit in all. */
function archiveClaimingAHugeSize(): Uint8Array {
  const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>') }, { level: 0 });
  new DataView(zip.buffer).setUint32(centralDirectory(zip) + 24, DOCX_LIMITS.totalBytes + 1, true);
  return zip;
}

const DECLARATION = /holds a DOCTYPE or ENTITY declaration.*save it again as \.docx\.$/s;

export const HOSTILE_DOCX: readonly HostileDocx[] = [
  {
    name: 'an external entity reading /etc/passwd (XXE)',
    bytes: () =>
      withDocument(
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document><w:t>&xxe;</w:t></w:document>',
      ),
    says: DECLARATION,
  },
  {
    name: 'an entity expansion bomb',
    bytes: () =>
      withDocument(
        `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "${'a'.repeat(64)}">${Array.from(
          { length: 9 },
          (_, level) =>
            `<!ENTITY ${String.fromCharCode(98 + level)} "${`&${String.fromCharCode(97 + level)};`.repeat(10)}">`,
        ).join('')}]><w:document><w:t>&j;</w:t></w:document>`,
      ),
    says: DECLARATION,
  },
  {
    name: 'a zip bomb whose headers understate its size (16 GB in 16 MB)',
    bytes: bombThatUnderstatesItsSize,
    says: /is damaged: word\/document\.xml cannot be unzipped\. Open it in Word or LibreOffice/,
  },
  {
    name: 'an archive that claims a huge size',
    bytes: archiveClaimingAHugeSize,
    says: /too large to read.*remove pictures or attachments/s,
  },
  {
    name: 'malformed XML',
    bytes: () => withDocument('<w:document><w:t>a & b</w:t>'),
    says: /not well-formed XML: the document is damaged\. Open it in Word or LibreOffice/,
  },
  {
    name: 'not a zip',
    bytes: () => strToU8('Bonjour, voici mes remarques.'),
    says: /not a Word document \(\.docx\): it cannot be unzipped\. Open it in Word/,
  },
];
