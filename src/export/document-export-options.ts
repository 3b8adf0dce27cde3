/** Choices for the documents employees read (HTML, PDF, DOCX); the YAML always carries it all. */
export interface DocumentExportOptions {
  /**
   * Print the team that answers for each section, and for a clause whose team differs. Off by
   * default: employees read « Responsable : Juridique » as the person to turn to.
   * @default false
   */
  includeOwners?: boolean;
  /**
   * DOCX only: the open review comments as Word comments on their passages (docs/project-file.md,
   * "Review comments through Word"). Comments never reach an export unless asked for.
   * @default false
   */
  includeComments?: boolean;
  /**
   * HTML, PDF and DOCX: end with an appendix of what changed since this earlier version, word
   * by word (added underlined, removed struck through).
   */
  changesSince?: number;
}
