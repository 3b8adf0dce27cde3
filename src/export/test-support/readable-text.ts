import type { Project } from '../../model/project';
import { shownRationale } from '../../model/shown-rationale';
import { richTextToPlainText } from '../../rich-text/to-plain-text';

/** Text as a reader extracts it: any run of white space (line ends, page breaks, NBSP) is one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Text with no spaces, hyphens or soft hyphens: what a printed line and the clause it comes from
 * have in common once the PDF has hyphenated words at line ends ("représen-" / "tent").
 */
export function compactText(text: string): string {
  return text.replace(/[\s\u00ad-]+/gu, '');
}

/**
 * What a person must be able to read in a rendered export, clause by clause: each line of the
 * clause's plain text without its list marker (readers write bullets and numbers their own way).
 */
export function expectedClauseLines(project: Project): { clauseId: string; line: string }[] {
  return project.sections.flatMap((section) =>
    section.clauses.flatMap((clause) =>
      richTextToPlainText(clause.body)
        .split('\n')
        .map((line) => normalizeSpace(line.replace(/^\s*(?:- |\d+\. )/, '')))
        .filter((line) => line !== '')
        .map((line) => ({ clauseId: clause.id, line })),
    ),
  );
}

/** The rationales a reader must find under their clauses, as readers extract them. */
export function expectedRationales(project: Project): { clauseId: string; rationale: string }[] {
  return project.sections.flatMap((section) =>
    section.clauses.flatMap((clause) => {
      const rationale = shownRationale(clause);
      return rationale === undefined
        ? []
        : [{ clauseId: clause.id, rationale: normalizeSpace(rationale) }];
    }),
  );
}
