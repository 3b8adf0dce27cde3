/** DOM ids of the headings the outline scrolls to. */
export const sectionAnchorId = (sectionId: string) => `section-${sectionId}`;
export const clauseAnchorId = (clauseId: string) => `clause-${clauseId}`;
