import type { Mark } from '../model/rich-text';
import { escapeLineStart, escapeMarkdown } from './markdown-escapes';
import { MARK_TYPES, type MarkMapping } from './rich-text-mapping';

type MarkType = Mark['type'];

export interface MarkedText {
  text: string;
  marks: readonly MarkType[];
}

/**
 * Writes one line of a paragraph (up to a hard break) as Markdown: markup characters escaped and
 * `*` delimiters placed where CommonMark's rules (followed by `parseMarkdown`) read them back as
 * the same emphasis. Where Markdown cannot say it, formatting gives way and text never does:
 * white space and punctuation at the edge of bold or italic move outside it, and a mark that
 * would have to close and reopen inside a word, because it crosses another, waits for the next.
 */
export function writeMarkdownLine(texts: readonly MarkedText[]): string {
  const tokens = tokenize(movePunctuationOutOfMarks(characters(texts)));
  // The line's text as typed, and where the current token ends in it: what follows decides
  // whether `&` and `<` need escaping.
  const text = tokens.map((token) => token.text).join('');
  let offset = 0;
  let line = '';
  const open: { mark: MarkType; run: number }[] = [];
  // Marks that may not open again before the next white space.
  let waiting: readonly MarkType[] = [];
  /** Closes the marks from `from` on and returns the length of the delimiters written. */
  const close = (from: number): number => {
    if (from === -1) return 0;
    const written = open
      .splice(from)
      .reverse()
      .map(({ mark }) => delimiters[mark])
      .join('');
    line += written;
    return written.length;
  };
  tokens.forEach((token, index) => {
    offset += token.text.length;
    if (token.space) {
      // Markdown drops white space at the start of a line.
      if (index === 0) return;
      // Emphasis may not end after white space: close what does not go on past it first.
      const next = tokens[index + 1]?.marks ?? [];
      close(open.findIndex(({ mark }) => !token.marks.includes(mark) || !next.includes(mark)));
      waiting = [];
      line += token.text;
      return;
    }
    const previous = tokens[index - 1];
    const closing = open.findIndex(({ mark }) => !token.marks.includes(mark));
    // Marks that cross (`*a**b***c**` for "a", "b", "c") would have to close and reopen at
    // once, in one run of asterisks that reads as something else: they wait for white space.
    const crossing =
      closing === -1 ? [] : open.slice(closing).filter(({ mark }) => token.marks.includes(mark));
    waiting = [
      ...waiting.filter((mark) => token.marks.includes(mark)),
      ...crossing.map(({ mark }) => mark),
    ];
    const closed = close(closing);
    const opening = token.marks
      .filter((mark) => !open.some((entry) => entry.mark === mark) && !waiting.includes(mark))
      // Marks that last longer open first, so they close last and need no reopening.
      .sort((a, b) => extent(tokens, index, b) - extent(tokens, index, a));
    // Delimiters written next to each other are one run for the reader.
    const run = closed + opening.reduce((length, mark) => length + delimiters[mark].length, 0);
    const before = previous?.text.at(-1) ?? ' ';
    const after = token.text.charAt(0);
    // Inside a word, an opening run could also close: it must not be able to pair with a run
    // that is already open (CommonMark's rule of three decides).
    if (
      opening.length > 0 &&
      rightFlanking(before, after) &&
      open.some((entry) => canPair(entry.run, run))
    ) {
      waiting = [...waiting, ...opening];
    } else {
      for (const mark of opening) line += delimiters[mark];
      open.push(...opening.map((mark) => ({ mark, run })));
    }
    const escaped = escapeMarkdown(token.text, text.slice(offset));
    line += line === '' ? escapeLineStart(escaped) : escaped;
  });
  close(0);
  return line;
}

const delimiters: MarkMapping<string> = { bold: '**', italic: '*' };

// Character classes as CommonMark defines them for emphasis.
const isSpace = (char: string): boolean => /^\s$/u.test(char);
const isPunctuation = (char: string): boolean => /^[\p{P}\p{S}]$/u.test(char);
const isWordCharacter = (char: string): boolean => !isSpace(char) && !isPunctuation(char);

/** Whether a delimiter run between `before` and `after` can close emphasis. */
function rightFlanking(before: string, after: string): boolean {
  return !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
}

/** Whether an opener of length `opener` may pair with a later run of length `closer` that can open too. */
function canPair(opener: number, closer: number): boolean {
  return (opener + closer) % 3 !== 0 || (opener % 3 === 0 && closer % 3 === 0);
}

interface MarkedCharacter {
  char: string;
  marks: readonly MarkType[];
}

function characters(texts: readonly MarkedText[]): MarkedCharacter[] {
  return texts.flatMap(({ text, marks }) => [...text].map((char) => ({ char, marks })));
}

/**
 * Emphasis cannot open between a letter and punctuation (`a**«b»**`) or close between
 * punctuation and a letter (`**L'**entreprise`): such punctuation loses the mark instead.
 */
function movePunctuationOutOfMarks(chars: readonly MarkedCharacter[]): MarkedCharacter[] {
  const result = chars.map((entry) => ({ ...entry }));
  const without = (index: number, mark: MarkType): void => {
    const entry = result[index];
    if (entry) entry.marks = entry.marks.filter((other) => other !== mark);
  };
  for (const mark of MARK_TYPES) {
    const has = (index: number): boolean => result[index]?.marks.includes(mark) ?? false;
    const charAt = (index: number): string => result[index]?.char ?? ' ';
    result.forEach((entry, index) => {
      if (!has(index) || !isPunctuation(entry.char)) return;
      const opensAfterWord = !has(index - 1) && isWordCharacter(charAt(index - 1));
      const closesBeforeWord = !has(index + 1) && isWordCharacter(charAt(index + 1));
      if (opensAfterWord || closesBeforeWord) without(index, mark);
    });
  }
  return result;
}

interface Token extends MarkedText {
  space: boolean;
}

/**
 * Groups characters into white space and the text between, since emphasis may only open before
 * text and close after it. White space keeps only the marks all of it has.
 */
function tokenize(chars: readonly MarkedCharacter[]): Token[] {
  const tokens: Token[] = [];
  for (const { char, marks } of chars) {
    const space = isSpace(char);
    const last = tokens[tokens.length - 1];
    if (last?.space && space) {
      last.text += char;
      last.marks = last.marks.filter((mark) => marks.includes(mark));
    } else if (last && !last.space && !space && sameMarks(last.marks, marks)) {
      last.text += char;
    } else tokens.push({ text: char, marks, space });
  }
  return tokens;
}

function sameMarks(a: readonly MarkType[], b: readonly MarkType[]): boolean {
  return a.length === b.length && a.every((mark) => b.includes(mark));
}

/** How many tokens from `index` on carry `mark`. */
function extent(tokens: readonly Token[], index: number, mark: MarkType): number {
  let end = index;
  while (tokens[end]?.marks.includes(mark)) end += 1;
  return end - index;
}
