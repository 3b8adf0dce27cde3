/**
 * Brings a project file written by an older Charter Studio up to the current schema, one version
 * at a time, before it is validated. Each step says what changed and why nothing is lost.
 */
const MIGRATIONS: Readonly<
  Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>
> = {
  /**
   * 1 → 2: versions freeze their whole text with its fingerprint. Version 1 files only held
   * versions made by importing an export, whose text is the project's own: their numbers carry on
   * as `signOff.versionsBefore`.
   */
  1: ({ versions, ...raw }) => {
    const numbers = Array.isArray(versions)
      ? versions.map((version: { number?: unknown }) => Number(version?.number) || 0)
      : [];
    return { ...raw, schemaVersion: 2, signOff: { versionsBefore: Math.max(0, ...numbers) } };
  },
};

export function migrateProject(raw: Record<string, unknown>, schemaVersion: number): unknown {
  let migrated = raw;
  for (
    let version = schemaVersion, step = MIGRATIONS[version];
    step;
    step = MIGRATIONS[++version]
  ) {
    migrated = step(migrated);
  }
  return migrated;
}
