/**
 * The PROJET / DRAFT mark as an SVG picture of strokes, not of letters: it prints as a few vector
 * paths, which text extraction, copy and paste and search never read in the middle of the
 * clauses, and which Chromium draws once per page at no cost (a blurred text mark, the earlier
 * way to keep it out of the text, was re-rasterised on every page: ten times the print time).
 */

/** Each capital as strokes in a 60 × 100 box, drawn with round ends. */
const STROKES: Readonly<Record<string, string>> = {
  A: 'M0 100L30 0L60 100M11 64H49',
  D: 'M0 0H22A38 50 0 0 1 22 100H0Z',
  E: 'M58 0H0V100H58M0 50H46',
  F: 'M58 0H0V100M0 50H46',
  J: 'M54 0V68A27 32 0 0 1 0 68',
  O: 'M30 0A30 50 0 1 0 30 100A30 50 0 1 0 30 0Z',
  P: 'M0 100V0H34A24 25 0 0 1 34 50H0',
  R: 'M0 100V0H34A24 25 0 0 1 34 50H0M30 50L58 100',
  T: 'M0 0H60M30 0V100',
};

const LETTER_WIDTH = 60;
const LETTER_GAP = 30;
const STROKE = 13;

/** The word, in the capitals above (the marks of every language), as an SVG in `colour`. */
export function draftMarkSvg(word: string, colour: string): string {
  const letters = [...word];
  const paths = letters
    .map(
      (letter, index) =>
        `<path transform="translate(${index * (LETTER_WIDTH + LETTER_GAP)} 0)" d="${STROKES[letter] ?? ''}"/>`,
    )
    .join('');
  const width = letters.length * LETTER_WIDTH + (letters.length - 1) * LETTER_GAP;
  const pad = STROKE / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${width + STROKE} ${100 + STROKE}">` +
    `<g fill="none" stroke="${colour}" stroke-width="${STROKE}" stroke-linecap="round" stroke-linejoin="round">${paths}</g></svg>`
  );
}

/** The SVG as a data URL for an <img>: the exports' policy allows images from data: only. */
export function draftMarkDataUrl(word: string, colour: string): string {
  return `data:image/svg+xml,${encodeURIComponent(draftMarkSvg(word, colour))}`;
}
