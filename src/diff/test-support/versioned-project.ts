import type { Clause, Section } from '../../model/clause';
import type { Project } from '../../model/project';
import { projectFixture } from '../../model/test-support/project-fixture';
import type { Timestamp } from '../../model/timestamp';
import { followEdits } from '../../signoff/follow-edits';
import { prepareDecision, recordDecision } from '../../signoff/record-decision';
import { requestSignOff } from '../../signoff/request-sign-off';
import { doc, p, text } from '../../rich-text/test-support/rich-text-builders';

/** Signs the live text off as the next version, as its approvers would: request, then approvals. */
export function signOff(project: Project, now: Timestamp): Project {
  let current = requestSignOff(project, { now, requestedBy: 'Claire Martin' });
  for (const role of current.signOff.request?.roles ?? []) {
    const decision = { role, name: `Approver (${role})`, decision: 'approved' } as const;
    current = recordDecision(current, prepareDecision(current, decision, now), now).project;
  }
  return current;
}

/** Edits the live text as the editor would, and lets the lifecycle follow: a draft starts. */
export function editSections(
  project: Project,
  edit: (sections: Section[]) => Section[],
  now: Timestamp,
): Project {
  return followEdits({ ...project, sections: edit(structuredClone(project.sections)) }, now)
    .project;
}

const clause = (id: string, title: string, body: string): Clause => ({
  id,
  title,
  owner: 'hr',
  body: doc(p(text(body))),
});

const VERSION_1: Section[] = [
  {
    id: 'use',
    title: 'Usages',
    owner: 'hr',
    clauses: [
      clause('use.access', 'Accès', 'Les salariés peuvent publier pendant les pauses.'),
      clause('use.photos', 'Photos', 'Pas de photos des locaux.'),
      clause('use.brand', 'Marque', 'Le logo reste à nous.'),
    ],
  },
  {
    id: 'sanctions',
    title: 'Sanctions',
    owner: 'legal',
    clauses: [clause('sanctions.breach', 'Manquements', 'Tout manquement est sanctionné.')],
  },
];

/** Version 2: one clause reworded, one moved and retitled, one removed, one added. */
function toVersion2([use, sanctions]: Section[]): Section[] {
  const [access, photos] = use?.clauses ?? [];
  if (!use || !sanctions || !access || !photos) throw new Error('Unexpected version 1');
  return [
    {
      ...use,
      title: 'Usages au travail',
      clauses: [
        {
          ...access,
          body: doc(p(text('Les salariés ne peuvent publier que pendant les pauses.'))),
        },
        clause('use.advocacy', 'Ambassadeurs', 'Chacun peut relayer nos offres.'),
      ],
    },
    { ...sanctions, clauses: [...sanctions.clauses, { ...photos, title: 'Photographies' }] },
  ];
}

/** The draft after version 2: the sanction clause reworded. */
function toDraft(sections: Section[]): Section[] {
  return sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((entry) =>
      entry.id === 'sanctions.breach'
        ? { ...entry, body: doc(p(text('Tout manquement peut être sanctionné.'))) }
        : entry,
    ),
  }));
}

/**
 * One charter at three moments: before any sign-off; at version 2 (version 1 had a clause
 * reworded, one moved and retitled, one removed, one added); and the draft after it, where the
 * sanction clause was reworded.
 */
export function versionedCharter(): { unsigned: Project; signed: Project; drafted: Project } {
  const unsigned = projectFixture(VERSION_1, { answers: { 'company.name': 'Dupré & Fils' } });
  const version1 = signOff(unsigned, '2026-03-01T10:00:00.000Z');
  const signed = signOff(
    editSections(version1, toVersion2, '2026-03-02T10:00:00.000Z'),
    '2026-03-03T10:00:00.000Z',
  );
  return { unsigned, signed, drafted: editSections(signed, toDraft, '2026-03-04T10:00:00.000Z') };
}

/**
 * A draft after a signed-off version that no clause's words tell apart: two company answers
 * changed and one clause handed to legal. Every one of them reaches the export.
 */
export function reassignedDraft(signed: Project, now: Timestamp): Project {
  const answers = { ...signed.answers, 'company.headcount': 45, 'company.sector': 'Commerce' };
  const sections = signed.sections.map((section) => ({
    ...section,
    clauses: section.clauses.map((entry) =>
      entry.id === 'use.access' ? { ...entry, owner: 'legal' as const } : entry,
    ),
  }));
  return followEdits({ ...signed, answers, sections }, now).project;
}
