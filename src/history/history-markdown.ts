import { longDate, longDateTime } from '../dates/long-date';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { markdownTable } from '../rich-text/markdown-table';
import { plainMarkdown } from '../rich-text/plain-markdown';
import { describeEvent } from './describe-event';
import { HISTORY_LABELS } from './history-labels';

/**
 * The audit trail as a GitHub-flavoured Markdown table for people: one row per event in the order
 * recorded, dates in words and to the minute, in UTC, labels in `language`.
 */
export function historyMarkdown(project: Project, language: Language): string {
  const labels = HISTORY_LABELS[language];
  const events = project.history;
  const heading = `# ${labels.title} — ${plainMarkdown(project.meta.title)}`;
  const first = events[0];
  const last = events.at(-1);
  if (first === undefined || last === undefined) {
    return `${[heading, plainMarkdown(labels.empty(project.id))].join('\n\n')}\n`;
  }
  const day = (at: string) => longDate(new Date(at), labels.locale);
  const { columns } = labels;
  return `${[
    heading,
    plainMarkdown(labels.summary(project.id, events.length, day(first.at), day(last.at))),
    markdownTable(
      [columns.at, columns.event, columns.actor, columns.detail],
      events.map((event) => [
        longDateTime(new Date(event.at), labels.locale),
        labels.kinds[event.kind],
        event.actor === undefined ? labels.noActor : cell(event.actor),
        cell(describeEvent(event, language)),
      ]),
    ),
  ].join('\n\n')}\n`;
}

/** Text in a table cell: escaped, its line breaks kept as `<br>`, which tables allow. */
function cell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => plainMarkdown(line.trim()))
    .join('<br>');
}
