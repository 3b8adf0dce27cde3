/**
 * A changed run's text with the spaces at its ends set apart, for layouts that underline or
 * strike it: « ne » is marked, not « ne␣ ». A change of spaces alone stays marked whole, to be
 * seen.
 */
export function markEdges(text: string): { before: string; marked: string; after: string } {
  const marked = text.trim();
  if (marked === '') return { before: '', marked: text, after: '' };
  const start = text.indexOf(marked);
  return { before: text.slice(0, start), marked, after: text.slice(start + marked.length) };
}
