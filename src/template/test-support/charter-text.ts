import type { Section } from '../../model/clause';
import { richTextToPlainText } from '../../rich-text/to-plain-text';

/**
 * A generated charter as plain text, for snapshots and text assertions: section titles as
 * `## `, clause titles as `### `, each clause's id in brackets and a restrictive clause's
 * rationale after it.
 */
export function charterText(sections: readonly Section[]): string {
  return sections
    .map((section) =>
      [
        `## ${section.title}`,
        ...section.clauses.map((clause) =>
          [
            `### ${clause.title ?? '—'} [${clause.id}]`,
            richTextToPlainText(clause.body),
            ...(clause.rationale === undefined ? [] : [`> ${clause.rationale}`]),
          ].join('\n\n'),
        ),
      ].join('\n\n'),
    )
    .join('\n\n');
}
