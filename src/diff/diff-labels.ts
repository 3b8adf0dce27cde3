import { EXPORT_LABELS } from '../export/export-labels';
import type { FormalityStepId } from '../formalities/formalities';
import type { Language } from '../model/language';
import type { Role } from '../model/role';
import type { TextSelector } from './content-at';
import type { ClauseAspect, ClauseDiff, ComparisonSummary, SectionDiff } from './text-comparison';

/** The words of a comparison, in the charter's language: the CLI report, the exports' appendix. */
export interface DiffLabels {
  /** "version 2", "brouillon" */
  text(selector: TextSelector): string;
  /** The heading of the exports' appendix. */
  changesSince(version: number): string;
  /** What the appendix says when nothing changed. */
  noChanges: string;
  /** How the appendix marks words, for a reader without colours. */
  legend: string;
  clause: Readonly<Record<ClauseDiff['kind'], string>>;
  section: Readonly<Record<SectionDiff['kind'], string>>;
  /** A count before one of the words above: "2 modifiées", "2 changed". */
  counted(count: number, word: string): string;
  aspects: Readonly<Record<ClauseAspect, string>>;
  /** Where a clause or section stood before: "était 1.2" */
  formerly(number: string): string;
  /** Joins a change and a move: "modifiée (titre) et déplacée" */
  and: string;
  untitledClause: string;
  /** "Section 2 « Usages »"; without a number once removed. */
  sectionName(number: number | undefined, title: string): string;
  /** Before the changes of the charter's title, a clause's title or its rationale, with a colon. */
  charterTitlePrefix: string;
  titlePrefix: string;
  rationalePrefix: string;
  clauses: string;
  sections: string;
  /** Between a word and what it introduces: " : " in French. */
  colon: string;
  /** In place of the counts when no clause differs and none is unchanged either. */
  none: string;
  /** The heading of what the export carries besides sections: template, company, formalities. */
  details: string;
  template: string;
  /** The export's names of the formality steps, and of the day the charter takes effect. */
  steps: Readonly<Record<FormalityStepId, string>>;
  effectiveDate: string;
  /** In place of a step's date while it is still to do. */
  pending: string;
  /** In place of an answer or a date that is not set. */
  unset: string;
  yes: string;
  no: string;
  /** "Responsable : Ressources humaines → Juridique", with the export's names of the roles. */
  ownerChange(from: Role, to: Role): string;
}

export const DIFF_LABELS: Readonly<Record<Language, DiffLabels>> = {
  fr: {
    text: (selector) => (selector === 'draft' ? 'brouillon' : `version ${selector}`),
    changesSince: (version) => `Modifications depuis la version ${version}`,
    noChanges: 'Aucune modification depuis cette version.',
    legend: 'Le texte ajouté est souligné, le texte supprimé est barré.',
    clause: {
      added: 'ajoutée',
      removed: 'supprimée',
      changed: 'modifiée',
      moved: 'déplacée',
      unchanged: 'inchangée',
    },
    section: {
      added: 'ajoutée',
      removed: 'supprimée',
      retitled: 'renommée',
      changed: 'modifiée',
      moved: 'déplacée',
      unchanged: 'inchangée',
    },
    counted: (count, word) => `${count} ${count > 1 ? `${word}s` : word}`,
    aspects: {
      title: 'titre',
      body: 'texte',
      formatting: 'mise en forme',
      rationale: 'justification',
      owner: 'responsable',
    },
    formerly: (number) => `était ${number}`,
    and: 'et',
    untitledClause: 'Clause sans titre',
    sectionName: (number, title) =>
      `Section ${number === undefined ? '' : `${number} `}«\u00a0${title}\u00a0»`,
    charterTitlePrefix: 'Titre de la charte\u00a0: ',
    titlePrefix: 'Titre\u00a0: ',
    rationalePrefix: 'Justification\u00a0: ',
    clauses: 'Clauses',
    sections: 'Sections',
    colon: '\u00a0: ',
    none: 'aucune',
    details: 'Informations de la charte',
    template: 'Modèle',
    steps: EXPORT_LABELS.fr.formalities.steps,
    effectiveDate: 'Entrée en vigueur',
    pending: EXPORT_LABELS.fr.formalities.pending,
    unset: 'non renseignée',
    yes: 'oui',
    no: 'non',
    ownerChange: (from, to) =>
      `Responsable\u00a0: ${EXPORT_LABELS.fr.roles[from]} → ${EXPORT_LABELS.fr.roles[to]}`,
  },
  en: {
    text: (selector) => (selector === 'draft' ? 'draft' : `version ${selector}`),
    changesSince: (version) => `Changes since version ${version}`,
    noChanges: 'No changes since that version.',
    legend: 'Added text is underlined, removed text is struck through.',
    clause: {
      added: 'added',
      removed: 'removed',
      changed: 'changed',
      moved: 'moved',
      unchanged: 'unchanged',
    },
    section: {
      added: 'added',
      removed: 'removed',
      retitled: 'retitled',
      changed: 'changed',
      moved: 'moved',
      unchanged: 'unchanged',
    },
    counted: (count, word) => `${count} ${word}`,
    aspects: {
      title: 'title',
      body: 'text',
      formatting: 'formatting',
      rationale: 'rationale',
      owner: 'owner',
    },
    formerly: (number) => `was ${number}`,
    and: 'and',
    untitledClause: 'Untitled clause',
    sectionName: (number, title) => `Section ${number === undefined ? '' : `${number} `}“${title}”`,
    charterTitlePrefix: 'Charter title: ',
    titlePrefix: 'Title: ',
    rationalePrefix: 'Rationale: ',
    clauses: 'Clauses',
    sections: 'Sections',
    colon: ': ',
    none: 'none',
    details: 'Charter details',
    template: 'Template',
    steps: EXPORT_LABELS.en.formalities.steps,
    effectiveDate: 'Takes effect',
    pending: EXPORT_LABELS.en.formalities.pending,
    unset: 'not set',
    yes: 'yes',
    no: 'no',
    ownerChange: (from, to) =>
      `Owner: ${EXPORT_LABELS.en.roles[from]} → ${EXPORT_LABELS.en.roles[to]}`,
  },
};

function countsOf<K extends string>(
  values: Readonly<Record<K, number>>,
  words: Readonly<Record<K, string>>,
  labels: DiffLabels,
): string[] {
  return (Object.keys(words) as K[])
    .filter((kind) => values[kind] > 0)
    .map((kind) => labels.counted(values[kind], words[kind]));
}

/**
 * One line: "Clauses : 1 ajoutée, 2 modifiées, 5 inchangées. Sections : 1 renommée.
 * Informations de la charte : 2 modifiées." Sections and details are counted only when one
 * changed: unchanged ones alone say nothing.
 */
export function summaryLine(summary: ComparisonSummary, labels: DiffLabels): string {
  const clauses = countsOf(summary.clauses, labels.clause, labels);
  const sections = countsOf({ ...summary.sections, unchanged: 0 }, labels.section, labels);
  return [
    `${labels.clauses}${labels.colon}${clauses.length > 0 ? clauses.join(', ') : labels.none}.`,
    ...(sections.length > 0 ? [`${labels.sections}${labels.colon}${sections.join(', ')}.`] : []),
    ...(summary.details > 0
      ? [
          `${labels.details}${labels.colon}${labels.counted(summary.details, labels.clause.changed)}.`,
        ]
      : []),
  ].join(' ');
}
