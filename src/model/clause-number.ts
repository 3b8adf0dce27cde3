/** "2.3": the third clause of the second section, as headings, the outline and diffs number it. */
export function clauseNumber(sectionIndex: number, clauseIndex: number): string {
  return `${sectionIndex + 1}.${clauseIndex + 1}`;
}
