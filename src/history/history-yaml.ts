import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { describeEvent } from './describe-event';

/** What the YAML audit trail is, for the tools that read it (docs/audit-trail.md). */
export const HISTORY_FORMAT = 'charter-studio/history@1';

/**
 * The audit trail for other tools: the events as recorded, kinds as ids, instants as stored,
 * facts as data, each with its `detail` in words of `language` for a page to show.
 * The same project gives the same bytes, read the same by YAML 1.1 and 1.2 parsers.
 */
export function historyYaml(project: Project, language: Language): string {
  return writePortableYaml(
    portableYamlDocument({
      format: HISTORY_FORMAT,
      charter: { id: project.id, title: project.meta.title },
      events: project.history.map((event) => {
        const detail = describeEvent(event, language);
        return { ...event, ...(detail ? { detail } : {}) };
      }),
    }),
  );
}
