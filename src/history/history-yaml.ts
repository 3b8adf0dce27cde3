import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { Project } from '../model/project';

/** What the YAML audit trail is, for the tools that read it (docs/audit-trail.md). */
export const HISTORY_FORMAT = 'charter-studio/history@1';

/**
 * The audit trail for other tools: the events as recorded, kinds as ids, instants as stored.
 * The same project gives the same bytes, read the same by YAML 1.1 and 1.2 parsers.
 */
export function historyYaml(project: Project): string {
  return writePortableYaml(
    portableYamlDocument({
      format: HISTORY_FORMAT,
      charter: { id: project.id, title: project.meta.title },
      events: project.history,
    }),
  );
}
