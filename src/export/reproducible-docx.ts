import { type Document, Packer } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { withSeededRandom } from '../random/with-seeded-random';

/**
 * The parts carry no time of their own (the document's dates are in its properties): the
 * earliest time ZIP can write, as Word's own templates do.
 */
const PART_TIME = new Date(1980, 0, 1);

const BOOKMARK_ID = /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g;
const CONTENTS_BOOKMARK = /_Toc(\d+)/g;

/**
 * The body with its bookmarks numbered from one in the order they open. The docx library takes
 * their numbers from a counter shared by every document the process writes, so the second export
 * of a text would otherwise differ from the first; the contents' `_Toc` names carry the same
 * numbers.
 */
function numberBookmarksFromOne(xml: string): string {
  const renumbered = new Map<string, number>();
  const next = (id: string): number => {
    const known = renumbered.get(id);
    if (known !== undefined) return known;
    renumbered.set(id, renumbered.size + 1);
    return renumbered.size;
  };
  return xml
    .replace(BOOKMARK_ID, (_match, start: string, id: string) => `${start}${next(id)}"`)
    .replace(CONTENTS_BOOKMARK, (_match, id: string) => `_Toc${next(id)}`);
}

/**
 * Builds and packs a Word document so that the same text gives the same bytes, whenever and
 * however many times it is exported (evidence packs list their files' SHA-256): the library's
 * random draws (font keys, picture ids) come from `seed`, bookmarks are numbered within the
 * document, and the ZIP's parts are dated alike.
 */
export async function packReproducibly(seed: number, build: () => Document): Promise<Uint8Array> {
  const packed = await withSeededRandom(seed, () => Packer.toBuffer(build()));
  const parts = unzipSync(new Uint8Array(packed));
  const body = parts['word/document.xml'];
  if (body) {
    const xml = numberBookmarksFromOne(new TextDecoder().decode(body));
    parts['word/document.xml'] = new TextEncoder().encode(xml);
  }
  return zipSync(parts, { level: 6, mtime: PART_TIME });
}
