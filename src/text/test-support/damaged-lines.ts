import fc from 'fast-check';

/** YAML's own syntax, to reach deeper than random characters would. */
export const yamlPiece = fc.constantFrom(
  ': ',
  '- ',
  '&a ',
  '*a',
  '!!str ',
  '!tag ',
  '? ',
  '|',
  '>',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '#',
  '\n',
  '  ',
  '---',
  '...',
  '%YAML 1.2',
  '__proto__: ',
  '<<: *a',
  '\t',
);

/** A line removed, duplicated, replaced or cut short; `at` wraps around the text's lines. */
export interface LineEdit {
  at: number;
  kind: 'remove' | 'duplicate' | 'replace' | 'cut';
  with: string;
}

/** One to four edits of a text's lines. */
export const lineEdits: fc.Arbitrary<LineEdit[]> = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('remove', 'duplicate', 'replace', 'cut'),
    with: fc.oneof(yamlPiece, fc.string({ maxLength: 20 })),
  }),
  { minLength: 1, maxLength: 4 },
);

/** `text` with `edits` applied, line by line. */
export function damagedLines(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  for (const change of edits) {
    const at = change.at % lines.length;
    if (change.kind === 'remove') lines.splice(at, 1);
    else if (change.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
    else if (change.kind === 'replace') lines[at] = change.with;
    else lines[at] = (lines[at] ?? '').slice(0, change.at % 40);
  }
  return lines.join('\n');
}
