import { EXPORT_LABELS } from '../export/export-labels';
import type { ExportFormat } from '../model/export-format';
import type { HistoryFact, HistoryFactOf } from '../model/history-fact';
import type { Language } from '../model/language';
import type { Role } from '../model/role';
import { describeWordImport } from '../review/import-word-comments';
import { describeMerge } from '../review/merge-feedback';
import { countInFrench, countOf } from '../text/count-of';
import { HISTORY_LABELS } from './history-labels';

/** Each kind of fact as a sentence. */
export type FactWords = {
  readonly [Type in HistoryFact['type']]: (fact: HistoryFactOf<Type>) => string;
};

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'PDF',
  docx: 'DOCX',
  html: 'HTML',
  markdown: 'Markdown',
  yaml: 'YAML',
};

/** « Ressources humaines, Juridique et Informatique »: the roles by name, as a list in `language`. */
function rolesIn(language: Language, roles: readonly Role[]): string {
  const names = roles.map((role) => EXPORT_LABELS[language].roles[role]);
  // The trail's own locale: British English puts no comma before « and ».
  return new Intl.ListFormat(HISTORY_LABELS[language].locale, { type: 'conjunction' }).format(
    names,
  );
}

/** Parts of a summary as one sentence: the first capitalised, a full stop at the end. */
function sentence(parts: readonly string[], separator: string): string {
  const text = parts.filter(Boolean).join(separator);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const listed = (ids: readonly string[]) => ids.join(', ');

const frenchSuggestion = (author?: string) =>
  author === undefined ? 'Proposition anonyme' : `Proposition de ${author}`;
const englishSuggestion = (author?: string) =>
  author === undefined ? 'an anonymous suggestion' : `the suggestion of ${author}`;

const FRENCH: FactWords = {
  created: ({ template, templateVersion }) =>
    `Créée à partir du modèle «\u00a0${template}\u00a0» ${templateVersion}.`,
  answered: ({ answers, switchedOff, switchedOn, toSettle }) =>
    sentence(
      [
        answers.length === 0
          ? 'aucune réponse modifiée'
          : `réponses modifiées\u00a0: ${listed(answers)}`,
        switchedOff.length > 0 ? `clauses désactivées\u00a0: ${listed(switchedOff)}` : '',
        switchedOn.length > 0 ? `clauses réactivées\u00a0: ${listed(switchedOn)}` : '',
        toSettle > 0
          ? `${countInFrench(toSettle, 'clause modifiée', 'clauses modifiées')} à la main, à arbitrer`
          : '',
      ],
      '\u00a0; ',
    ),
  edited: ({ title, edited, added, removed }) =>
    sentence(
      [
        title === undefined ? '' : `nouveau titre «\u00a0${title}\u00a0»`,
        edited.length > 0 ? `clauses modifiées\u00a0: ${listed(edited)}` : '',
        added.length > 0 ? `clauses ajoutées\u00a0: ${listed(added)}` : '',
        removed.length > 0 ? `clauses supprimées\u00a0: ${listed(removed)}` : '',
      ],
      '\u00a0; ',
    ),
  commented: ({ clause, suggestion }) =>
    suggestion
      ? `Nouvelle formulation proposée pour la clause «\u00a0${clause}\u00a0».`
      : `Commentaire sur la clause «\u00a0${clause}\u00a0».`,
  'suggestion-accepted': ({ author, clause, before, after }) =>
    `${frenchSuggestion(author)} acceptée sur la clause «\u00a0${clause}\u00a0»\u00a0: «\u00a0${before}\u00a0» → «\u00a0${after}\u00a0».`,
  'suggestion-rejected': ({ author, clause }) =>
    `${frenchSuggestion(author)} refusée sur la clause «\u00a0${clause}\u00a0».`,
  'sign-off-requested': ({ version, roles, fingerprint }) =>
    `Validation de la version\u00a0${version} demandée à ${rolesIn('fr', roles)} (${fingerprint}).`,
  decided: ({ role, version, reason }) =>
    `${EXPORT_LABELS.fr.roles[role]}, version\u00a0${version}${reason ? `\u00a0: ${reason}` : ''}`,
  'signed-off': ({ version, roles, fingerprint }) =>
    `Version\u00a0${version} validée par ${rolesIn('fr', roles)} (${fingerprint}).`,
  published: ({ version, fingerprint }) => `Version\u00a0${version} publiée (${fingerprint}).`,
  'request-withdrawn': ({ invalidated }) =>
    `Le texte a changé après la demande de validation\u00a0: la demande est retirée et ${
      invalidated <= 1
        ? `${invalidated} décision ne compte plus`
        : `${invalidated} décisions ne comptent plus`
    }.`,
  'draft-started': ({ from }) => `Nouveau brouillon à partir de la version\u00a0${from}.`,
  exported: ({ format, version, status, fileName }) =>
    `${FORMAT_NAMES[format]} de la version\u00a0${version} (${EXPORT_LABELS.fr.statuses[status].toLowerCase()})\u00a0: ${fileName}.`,
  'pack-exported': ({ version, fileName }) =>
    `Dossier de preuve de la version\u00a0${version}\u00a0: ${fileName}.`,
  'word-comments-imported': ({ source, newComments, newReplies, alreadyThere }) =>
    `Commentaires Word importés de ${source}\u00a0: ${[
      countInFrench(newComments, 'nouveau commentaire', 'nouveaux commentaires'),
      countInFrench(newReplies, 'nouvelle réponse', 'nouvelles réponses'),
      `${alreadyThere} déjà dans la charte`,
    ].join(', ')}.`,
  'feedback-merged': ({ newComments, newReplies, statusChanges, decisions }) =>
    `Retours de relecture fusionnés\u00a0: ${[
      countInFrench(newComments, 'nouveau commentaire', 'nouveaux commentaires'),
      countInFrench(newReplies, 'nouvelle réponse', 'nouvelles réponses'),
      countInFrench(statusChanges, 'changement de statut', 'changements de statut'),
      ...(decisions > 0
        ? [countInFrench(decisions, 'proposition tranchée', 'propositions tranchées')]
        : []),
    ].join(', ')}.`,
  'yaml-imported': ({ format, version }) =>
    `Importée d’un fichier ${format}, version\u00a0${version}.`,
};

const ENGLISH: FactWords = {
  created: ({ template, templateVersion }) =>
    `Created from the template “${template}” ${templateVersion}.`,
  answered: ({ answers, switchedOff, switchedOn, toSettle }) =>
    sentence(
      [
        answers.length === 0 ? 'no answer changed' : `answers changed: ${listed(answers)}`,
        switchedOff.length > 0 ? `clauses switched off: ${listed(switchedOff)}` : '',
        switchedOn.length > 0 ? `clauses switched on: ${listed(switchedOn)}` : '',
        toSettle > 0 ? `${countOf(toSettle, 'clause')} edited by hand to settle` : '',
      ],
      '; ',
    ),
  edited: ({ title, edited, added, removed }) =>
    sentence(
      [
        title === undefined ? '' : `new title “${title}”`,
        edited.length > 0 ? `clauses edited: ${listed(edited)}` : '',
        added.length > 0 ? `clauses added: ${listed(added)}` : '',
        removed.length > 0 ? `clauses removed: ${listed(removed)}` : '',
      ],
      '; ',
    ),
  commented: ({ clause, suggestion }) =>
    suggestion
      ? `Suggested new wording for clause “${clause}”.`
      : `Commented on clause “${clause}”.`,
  'suggestion-accepted': ({ author, clause, before, after }) =>
    `Accepted ${englishSuggestion(author)} on clause “${clause}”: “${before}” → “${after}”.`,
  'suggestion-rejected': ({ author, clause }) =>
    `Rejected ${englishSuggestion(author)} on clause “${clause}”.`,
  'sign-off-requested': ({ version, roles, fingerprint }) =>
    `Sign-off of version ${version} requested from ${rolesIn('en', roles)} (${fingerprint}).`,
  decided: ({ role, version, reason }) =>
    `${EXPORT_LABELS.en.roles[role]}, version ${version}${reason ? `: ${reason}` : ''}`,
  'signed-off': ({ version, roles, fingerprint }) =>
    `Version ${version} signed off by ${rolesIn('en', roles)} (${fingerprint}).`,
  published: ({ version, fingerprint }) => `Version ${version} published (${fingerprint}).`,
  'request-withdrawn': ({ invalidated }) =>
    `The text changed after sign-off was requested: the request is withdrawn and ${
      invalidated === 1 ? '1 decision no longer counts' : `${invalidated} decisions no longer count`
    }.`,
  'draft-started': ({ from }) => `New draft started from version ${from}.`,
  exported: ({ format, version, status, fileName }) =>
    `${FORMAT_NAMES[format]} of version ${version} (${EXPORT_LABELS.en.statuses[status].toLowerCase()}): ${fileName}.`,
  'pack-exported': ({ version, fileName }) => `Evidence pack of version ${version}: ${fileName}.`,
  // The CLI prints the same counts when it imports or merges.
  'word-comments-imported': (fact) =>
    `Imported Word comments from ${fact.source}: ${describeWordImport(fact)}.`,
  'feedback-merged': (fact) => `Merged review feedback: ${describeMerge(fact)}.`,
  'yaml-imported': ({ format, version }) => `Imported from a ${format} file, version ${version}.`,
};

export const FACT_WORDS: Readonly<Record<Language, FactWords>> = { fr: FRENCH, en: ENGLISH };
