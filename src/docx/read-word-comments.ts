import type { WordComment } from '../review/word-comment';
import { DOCUMENT_PART, readDocxParts } from './read-docx-parts';
import { type XmlEvent, xmlEvents } from './xml-events';

const COMMENTS_PART = 'word/comments.xml';
const COMMENTS_EXTENDED_PART = 'word/commentsExtended.xml';
/** Document text kept each side of a range: enough to tell repeated quotes apart. */
const CONTEXT = 64;

/**
 * The comments of a DOCX file (Word or LibreOffice), in the order the file lists them, each with
 * the text its range covers, the text around it and the heading above it; replies name their
 * parent (commentsExtended's w15:paraIdParent). A document without comments gives none.
 * Throws CharterError('invalid-file') for what is not a readable .docx (see readDocxParts).
 */
export function readWordComments(bytes: Uint8Array, fileName: string): WordComment[] {
  const parts = readDocxParts(bytes, fileName, [COMMENTS_PART, COMMENTS_EXTENDED_PART]);
  const events = (part: string) => {
    const xml = parts.get(part);
    return xml === undefined ? [] : xmlEvents(xml, `${fileName} (${part})`);
  };
  const comments = readComments(events(COMMENTS_PART));
  if (comments.length === 0) return [];
  const threads = readThreads(events(COMMENTS_EXTENDED_PART));
  const body = readBody(events(DOCUMENT_PART));
  const idOfParagraph = new Map(
    comments.flatMap((comment) => (comment.paraId ? [[comment.paraId, comment.id]] : [])),
  );
  return comments.map((comment) => {
    const start = body.starts.get(comment.id) ?? body.references.get(comment.id);
    const end = Math.max(start ?? 0, body.ends.get(comment.id) ?? start ?? 0);
    const thread = comment.paraId ? threads.get(comment.paraId) : undefined;
    const parentId = thread?.parent ? idOfParagraph.get(thread.parent) : undefined;
    const heading =
      start === undefined
        ? undefined
        : body.headings.findLast((candidate) => candidate.at <= start)?.text;
    return {
      id: comment.id,
      ...(comment.author ? { author: comment.author } : {}),
      ...(comment.date ? { date: comment.date } : {}),
      text: comment.paragraphs.join('\n').trim(),
      quote: start === undefined ? '' : body.text.slice(start, end),
      before: start === undefined ? '' : body.text.slice(Math.max(0, start - CONTEXT), start),
      after: body.text.slice(end, end + CONTEXT),
      ...(heading ? { heading } : {}),
      ...(parentId !== undefined && parentId !== comment.id ? { parentId } : {}),
      done: thread?.done ?? false,
    };
  });
}

interface CommentPart {
  id: string;
  author?: string;
  date?: string;
  paragraphs: string[];
  /** The w14:paraId of its last paragraph: commentsExtended refers to the comment by it. */
  paraId?: string;
}

function readComments(events: readonly XmlEvent[]): CommentPart[] {
  const comments: CommentPart[] = [];
  let current: CommentPart | undefined;
  let inText = false;
  for (const event of events) {
    if (event.type === 'open' && event.name === 'w:comment') {
      const { 'w:id': id, 'w:author': author, 'w:date': date } = event.attributes;
      current = { id: id ?? String(comments.length), author, date, paragraphs: [] };
      comments.push(current);
    } else if (!current) continue;
    else if (event.type === 'close' && event.name === 'w:comment') current = undefined;
    else if (event.type === 'open' && event.name === 'w:p') {
      current.paragraphs.push('');
      current.paraId = event.attributes['w14:paraId'] ?? current.paraId;
    } else if (event.type === 'open' && (event.name === 'w:tab' || event.name === 'w:br'))
      appendToLast(current.paragraphs, event.name === 'w:tab' ? '\t' : '\n');
    else if (event.type !== 'text' && event.name === 'w:t') inText = event.type === 'open';
    else if (event.type === 'text' && inText) appendToLast(current.paragraphs, event.text);
  }
  return comments;
}

function appendToLast(paragraphs: string[], text: string): void {
  if (paragraphs.length === 0) paragraphs.push('');
  paragraphs[paragraphs.length - 1] += text;
}

function readThreads(
  events: readonly XmlEvent[],
): Map<string, { parent: string | undefined; done: boolean }> {
  const threads = new Map<string, { parent: string | undefined; done: boolean }>();
  for (const event of events) {
    if (event.type !== 'open' || event.name !== 'w15:commentEx') continue;
    const { 'w15:paraId': paraId, 'w15:paraIdParent': parent, 'w15:done': done } = event.attributes;
    if (paraId) threads.set(paraId, { parent, done: done === '1' || done === 'true' });
  }
  return threads;
}

interface Body {
  /** The document's text, paragraphs ended by a line break. */
  text: string;
  starts: Map<string, number>;
  ends: Map<string, number>;
  references: Map<string, number>;
  headings: { at: number; text: string }[];
}

/** Heading styles as Word, LibreOffice and our export name them ("Heading2", "Titre2", "Title"). */
const HEADING_STYLE = /^(heading|titre|title)/i;

function readBody(events: readonly XmlEvent[]): Body {
  const body: Body = {
    text: '',
    starts: new Map(),
    ends: new Map(),
    references: new Map(),
    headings: [],
  };
  let paragraphStart = 0;
  let style = '';
  let inText = false;
  for (const event of events) {
    if (event.type === 'text') {
      if (inText) body.text += event.text;
      continue;
    }
    const opening = event.type === 'open';
    const id = opening ? event.attributes['w:id'] : undefined;
    switch (event.name) {
      case 'w:p':
        if (opening) {
          paragraphStart = body.text.length;
          style = '';
        } else {
          if (HEADING_STYLE.test(style))
            body.headings.push({ at: paragraphStart, text: body.text.slice(paragraphStart) });
          body.text += '\n';
        }
        break;
      case 'w:pStyle':
        if (opening) style = event.attributes['w:val'] ?? '';
        break;
      case 'w:t':
        inText = opening;
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (opening) body.text += ' ';
        break;
      case 'w:commentRangeStart':
        if (id !== undefined) body.starts.set(id, body.text.length);
        break;
      case 'w:commentRangeEnd':
        if (id !== undefined) body.ends.set(id, body.text.length);
        break;
      case 'w:commentReference':
        if (id !== undefined) body.references.set(id, body.text.length);
        break;
    }
  }
  return body;
}
