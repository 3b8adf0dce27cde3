/** Choices for the documents employees read (HTML, PDF, DOCX); the YAML always carries it all. */
export interface DocumentExportOptions {
  /**
   * Print the team that answers for each section, and for a clause whose team differs. Off by
   * default: employees read « Responsable : Juridique » as the person to turn to.
   * @default false
   */
  includeOwners?: boolean;
}
