import { describe, expect, it } from 'vitest';
import { HistoryFact } from '../model/history-fact';
import { describeEvent } from './describe-event';

const FINGERPRINT = `sha256:${'0123456789abcdef'.repeat(4)}`;
const AT = '2026-03-01T10:00:00.000Z';

/** Every kind of fact, as French and English readers see it. */
const WORDED: Array<[HistoryFact, string, string]> = [
  [
    { type: 'created', template: 'social-media', templateVersion: '1.2.0' },
    'Créée à partir du modèle «\u00a0social-media\u00a0» 1.2.0.',
    'Created from the template “social-media” 1.2.0.',
  ],
  [
    {
      type: 'answered',
      answers: ['tone', 'networks'],
      switchedOff: ['ads'],
      switchedOn: [],
      toSettle: 2,
    },
    'Réponses modifiées\u00a0: tone, networks\u00a0; clauses désactivées\u00a0: ads\u00a0; 2 clauses modifiées à la main, à arbitrer.',
    'Answers changed: tone, networks; clauses switched off: ads; 2 clauses edited by hand to settle.',
  ],
  [
    { type: 'answered', answers: [], switchedOff: [], switchedOn: ['ads'], toSettle: 0 },
    'Aucune réponse modifiée\u00a0; clauses réactivées\u00a0: ads.',
    'No answer changed; clauses switched on: ads.',
  ],
  [
    {
      type: 'edited',
      title: 'Charte 2027',
      edited: ['scope.who'],
      added: ['scope.new'],
      removed: [],
    },
    'Nouveau titre «\u00a0Charte 2027\u00a0»\u00a0; clauses modifiées\u00a0: scope.who\u00a0; clauses ajoutées\u00a0: scope.new.',
    'New title “Charte 2027”; clauses edited: scope.who; clauses added: scope.new.',
  ],
  [
    { type: 'commented', clause: 'scope.who', suggestion: false },
    'Commentaire sur la clause «\u00a0scope.who\u00a0».',
    'Commented on clause “scope.who”.',
  ],
  [
    { type: 'commented', clause: 'scope.who', suggestion: true },
    'Nouvelle formulation proposée pour la clause «\u00a0scope.who\u00a0».',
    'Suggested new wording for clause “scope.who”.',
  ],
  [
    {
      type: 'suggestion-accepted',
      author: 'Claire Martin',
      clause: 'scope.who',
      before: 'très',
      after: 'bien',
    },
    'Proposition de Claire Martin acceptée sur la clause «\u00a0scope.who\u00a0»\u00a0: «\u00a0très\u00a0» → «\u00a0bien\u00a0».',
    'Accepted the suggestion of Claire Martin on clause “scope.who”: “très” → “bien”.',
  ],
  [
    { type: 'suggestion-rejected', clause: 'scope.who' },
    'Proposition anonyme refusée sur la clause «\u00a0scope.who\u00a0».',
    'Rejected an anonymous suggestion on clause “scope.who”.',
  ],
  [
    {
      type: 'sign-off-requested',
      version: 2,
      roles: ['hr', 'legal', 'it'],
      fingerprint: FINGERPRINT,
    },
    `Validation de la version\u00a02 demandée à Ressources humaines, Juridique et Informatique (${FINGERPRINT}).`,
    `Sign-off of version 2 requested from Human resources, Legal and IT (${FINGERPRINT}).`,
  ],
  [
    { type: 'decided', role: 'legal', version: 2, reason: 'Citer le règlement intérieur.' },
    'Juridique, version\u00a02\u00a0: Citer le règlement intérieur.',
    'Legal, version 2: Citer le règlement intérieur.',
  ],
  [{ type: 'decided', role: 'it', version: 1 }, 'Informatique, version\u00a01', 'IT, version 1'],
  [
    { type: 'signed-off', version: 1, roles: ['hr', 'legal'], fingerprint: FINGERPRINT },
    `Version\u00a01 validée par Ressources humaines et Juridique (${FINGERPRINT}).`,
    `Version 1 signed off by Human resources and Legal (${FINGERPRINT}).`,
  ],
  [
    { type: 'published', version: 1, fingerprint: FINGERPRINT },
    `Version\u00a01 publiée (${FINGERPRINT}).`,
    `Version 1 published (${FINGERPRINT}).`,
  ],
  [
    { type: 'request-withdrawn', invalidated: 1 },
    'Le texte a changé après la demande de validation\u00a0: la demande est retirée et 1 décision ne compte plus.',
    'The text changed after sign-off was requested: the request is withdrawn and 1 decision no longer counts.',
  ],
  [
    { type: 'request-withdrawn', invalidated: 3 },
    'Le texte a changé après la demande de validation\u00a0: la demande est retirée et 3 décisions ne comptent plus.',
    'The text changed after sign-off was requested: the request is withdrawn and 3 decisions no longer count.',
  ],
  [
    { type: 'draft-started', from: 1 },
    'Nouveau brouillon à partir de la version\u00a01.',
    'New draft started from version 1.',
  ],
  [
    { type: 'exported', format: 'pdf', version: 2, status: 'draft', fileName: 'charte.pdf' },
    'PDF de la version\u00a02 (brouillon)\u00a0: charte.pdf.',
    'PDF of version 2 (draft): charte.pdf.',
  ],
  [
    { type: 'pack-exported', version: 1, fileName: 'dossier-v1.zip' },
    'Dossier de preuve de la version\u00a01\u00a0: dossier-v1.zip.',
    'Evidence pack of version 1: dossier-v1.zip.',
  ],
  [
    {
      type: 'word-comments-imported',
      source: 'relu.docx',
      newComments: 2,
      newReplies: 1,
      alreadyThere: 0,
    },
    'Commentaires Word importés de relu.docx\u00a0: 2 nouveaux commentaires, 1 nouvelle réponse, 0 déjà dans la charte.',
    'Imported Word comments from relu.docx: 2 new comments, 1 new reply, 0 already in the charter.',
  ],
  [
    { type: 'feedback-merged', newComments: 0, newReplies: 2, statusChanges: 1, decisions: 1 },
    'Retours de relecture fusionnés\u00a0: 0 nouveau commentaire, 2 nouvelles réponses, 1 changement de statut, 1 proposition tranchée.',
    'Merged review feedback: 0 new comments, 2 new replies, 1 status change, 1 decided suggestion.',
  ],
  [
    { type: 'yaml-imported', format: 'charter-studio/charter@1', version: 2 },
    'Importée d’un fichier charter-studio/charter@1, version\u00a02.',
    'Imported from a charter-studio/charter@1 file, version 2.',
  ],
];

describe('describeEvent', () => {
  it.each(WORDED)('words a %o fact in French and in English', (fact, french, english) => {
    const event = { at: AT, kind: 'edited', fact } as const;
    expect(describeEvent(event, 'fr')).toBe(french);
    expect(describeEvent(event, 'en')).toBe(english);
  });

  it('has words for every kind of fact', () => {
    const worded = new Set(WORDED.map(([fact]) => fact.type));
    expect(worded.size).toBe(HistoryFact.options.length);
  });

  it('gives an older file’s recorded sentence as it is, in any language', () => {
    const event = { at: AT, kind: 'rejected', detail: 'legal, version 1: reason' } as const;
    expect(describeEvent(event, 'fr')).toBe('legal, version 1: reason');
    expect(describeEvent({ at: AT, kind: 'created' }, 'en')).toBe('');
  });
});
