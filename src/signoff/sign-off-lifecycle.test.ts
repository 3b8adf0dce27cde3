import { beforeAll, describe, expect, it } from 'vitest';
import { toExportDocument } from '../export/export-document';
import type { Project } from '../model/project';
import { sampleProject, withClauseBody } from '../review/test-support/sample-project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { followEdits } from './follow-edits';
import { makeReviewCopy } from '../review/make-review-copy';
import { prepareCheckedDecision } from './prepare-checked-decision';
import { publishVersion } from './publish-version';
import { prepareDecision, recordDecision } from './record-decision';
import { draftFingerprint, requestSignOff } from './request-sign-off';
import { selectVersion } from './select-version';
import { signOffAll } from './test-support/sign-off-steps';

const NOW = '2026-12-04T10:00:00.000Z';
const LATER = '2026-12-05T10:00:00.000Z';

let draft: Project;
beforeAll(async () => {
  draft = await sampleProject();
});

const firstClause = (project: Project) => project.sections[0]?.clauses[0];
const edited = (project: Project, words: string) =>
  withClauseBody(project, firstClause(project)?.id ?? '', doc(p(text(words))));
const decide = (project: Project, role: 'hr' | 'legal' | 'it', decision = 'approved' as const) =>
  recordDecision(project, prepareDecision(project, { role, name: role, decision }, NOW), NOW);

describe('requesting sign-off', () => {
  it('freezes the text under its fingerprint for the charter’s roles', () => {
    const requested = requestSignOff(draft, { now: NOW, requestedBy: 'Claire' });
    expect(requested.meta.status).toBe('sign-off-requested');
    expect(requested.signOff.request).toMatchObject({
      roles: ['hr', 'legal', 'it'],
      requestedBy: 'Claire',
      fingerprint: draftFingerprint(draft),
    });
    expect(requested.signOff.request?.content.sections).toEqual(draft.sections);
    expect(requested.history.at(-1)).toMatchObject({ kind: 'requested', actor: 'Claire' });
  });

  it('takes the roles given and keeps them as the charter’s own', () => {
    const requested = requestSignOff(draft, { now: NOW, roles: ['hr', 'hr', 'communication'] });
    expect(requested.signOff.request?.roles).toEqual(['hr', 'communication']);
    expect(requested.signOff.requiredRoles).toEqual(['hr', 'communication']);
  });

  it('refuses a reviewer’s copy, a text already signed off, and a text that cannot export', () => {
    const copy = { ...draft, review: { sourceId: 'x', copiedAt: NOW } };
    expect(() => requestSignOff(copy, { now: NOW })).toThrow(/reviewer’s copy/);
    const { project: signed } = signOffAll(draft, NOW);
    expect(() => requestSignOff(signed, { now: NOW })).toThrow(/already version 1/);
    const nameless = { ...draft, answers: { ...draft.answers, 'company.name': '' } };
    expect(() => requestSignOff(nameless, { now: NOW })).toThrow(/company name/);
  });
});

describe('deciding', () => {
  const requested = () => requestSignOff(draft, { now: NOW });

  it('refuses a role the request does not name, and a rejection without a reason', () => {
    const project = requestSignOff(draft, { now: NOW, roles: ['hr', 'legal'] });
    expect(() =>
      prepareDecision(project, { role: 'it', name: 'K', decision: 'approved' }, NOW),
    ).toThrow(/needs the approval of hr, legal, not it/);
    expect(() =>
      prepareDecision(
        project,
        { role: 'legal', name: 'É', decision: 'rejected', reason: ' ' },
        NOW,
      ),
    ).toThrow(/rejection needs a reason/);
    expect(() =>
      prepareDecision(draft, { role: 'hr', name: 'C', decision: 'approved' }, NOW),
    ).toThrow(/not been requested/);
  });

  it('signs off when every role has approved, a rejection first not counting once revised', () => {
    let project = decide(requested(), 'hr').project;
    project = recordDecision(
      project,
      prepareDecision(
        project,
        { role: 'legal', name: 'É', decision: 'rejected', reason: 'Non' },
        NOW,
      ),
      NOW,
    ).project;
    project = decide(project, 'it').project;
    expect(project.meta.status).toBe('sign-off-requested');
    const { project: signed, signedOff } = decide(project, 'legal');
    expect(signedOff).toMatchObject({ number: 1, status: 'signed-off', createdAt: NOW });
    expect(signedOff?.fingerprint).toBe(draftFingerprint(draft));
    expect(signed.meta.status).toBe('signed-off');
    expect(signed.signOff.request).toBeUndefined();
    // The agency's charter is reviewed every two years.
    expect(signed.signOff.nextReviewDate).toBe('2028-12-04');
    expect(signed.history.map((event) => event.kind).slice(-5)).toEqual([
      'approved',
      'rejected',
      'approved',
      'approved',
      'signed-off',
    ]);
  });

  it('schedules the next review as often as the charter says it is reviewed', () => {
    const everyThreeYears = {
      ...draft,
      answers: { ...draft.answers, 'review.cadence': 'every-three-years' },
    };
    expect(signOffAll(everyThreeYears, NOW).project.signOff.nextReviewDate).toBe('2029-12-04');
    const { 'review.cadence': _unasked, ...withoutCadence } = draft.answers;
    expect(
      signOffAll({ ...draft, answers: withoutCadence }, NOW).project.signOff.nextReviewDate,
    ).toBe('2027-12-04');
  });

  it('refuses a decision prepared on a text that changed since', () => {
    const project = requested();
    const prepared = prepareDecision(project, { role: 'hr', name: 'C', decision: 'approved' }, NOW);
    const again = requestSignOff(followEdits(edited(project, 'Autre texte.'), NOW).project, {
      now: NOW,
    });
    expect(() => recordDecision(again, prepared, NOW)).toThrow(/text changed since/);
  });
});

describe('deciding only on the text one reads', () => {
  const input = { role: 'hr' as const, name: 'Claire', decision: 'approved' as const };

  it('refuses to sign a request whose fingerprint is not its text’s (a forged file)', () => {
    const requested = requestSignOff(draft, { now: NOW });
    const other = requestSignOff(edited(draft, 'Toute expression politique est interdite.'), {
      now: NOW,
    });
    const [request, malicious] = [requested.signOff.request, other.signOff.request];
    if (!request || !malicious) throw new Error('two requests expected');
    const forged: Project = {
      ...requested,
      signOff: {
        ...requested.signOff,
        request: { ...request, fingerprint: malicious.fingerprint },
      },
    };
    expect(() => prepareCheckedDecision(forged, input, NOW)).toThrow(
      /not the one this text gives.*Nothing was signed/,
    );
    expect(() => prepareCheckedDecision(requested, input, NOW)).not.toThrow();
  });

  it('refuses a request whose frozen text is not the live one, and a reviewer’s copy', () => {
    const requested = requestSignOff(draft, { now: NOW });
    const swapped = { ...requested, sections: edited(draft, 'Autre.').sections };
    expect(() => prepareDecision(swapped, input, NOW)).toThrow(/not the text of this charter/);
    const copy = makeReviewCopy(requested, { id: 'copy', now: NOW });
    expect(() => prepareDecision(copy, input, NOW)).toThrow(/reviewer’s copy/);
  });

  it('refuses a second approval by the same role, and a second request of the same text', () => {
    const requested = requestSignOff(draft, { now: NOW });
    const once = decide(requested, 'hr').project;
    expect(() => decide(once, 'hr')).toThrow(/hr already approved this text/);
    expect(() => requestSignOff(once, { now: NOW, roles: ['hr'] })).toThrow(
      /already requested from hr, legal, it/,
    );
  });

  it('does not count version 1’s decisions when an edit is undone: that text is version 1', () => {
    const { project: signed } = signOffAll(draft, NOW);
    const body = firstClause(signed)?.body;
    const reopened = followEdits(edited(signed, 'Autre.'), LATER).project;
    const undone = withClauseBody(reopened, firstClause(signed)?.id ?? '', body ?? doc());
    expect(undone.meta.status).toBe('draft');
    expect(() => requestSignOff(undone, { now: LATER })).toThrow(/already version 1/);
  });

  it('exports a reviewer’s copy of a signed-off version as the charter it copies', () => {
    const { project, version } = signOffAll(draft, NOW);
    const copy = makeReviewCopy(project, { id: 'copy', now: LATER });
    expect(toExportDocument(selectVersion(copy)).version.fingerprint).toBe(version.fingerprint);
  });
});

describe('edits after a request or a sign-off', () => {
  it('leaves an unchanged project as it is', () => {
    const project = decide(requestSignOff(draft, { now: NOW }), 'hr').project;
    expect(followEdits(project, LATER).project).toBe(project);
  });

  it('withdraws the request: its decisions stop counting, and stay on record', () => {
    const project = decide(decide(requestSignOff(draft, { now: NOW }), 'hr').project, 'it').project;
    const { project: next, withdrawn } = followEdits(edited(project, 'Nouveau texte.'), LATER);
    expect(withdrawn).toEqual({ invalidated: 2 });
    expect(next.meta.status).toBe('draft');
    expect(next.signOff.request).toBeUndefined();
    expect(next.approvals.map((approval) => approval.invalidatedAt)).toEqual([LATER, LATER]);
    expect(next.history.at(-1)).toMatchObject({ kind: 'withdrawn', at: LATER });
    // Asked again, the new text needs every approval again.
    const again = requestSignOff(next, { now: LATER });
    expect(() => decide(again, 'legal')).not.toThrow();
    expect(decide(again, 'legal').signedOff).toBeUndefined();
  });

  it('starts a new draft from a signed-off version, which never changes', () => {
    const { project: signed, version } = signOffAll(draft, NOW);
    const { project: next, reopenedFrom } = followEdits(edited(signed, 'Version deux.'), LATER);
    expect(reopenedFrom).toBe(1);
    expect(next.meta.status).toBe('draft');
    expect(next.versions).toEqual([version]);
    const { project: second, version: two } = signOffAll(next, LATER);
    expect(two.number).toBe(2);
    expect(second.versions.map((each) => each.number)).toEqual([1, 2]);
    expect(second.versions[0]).toEqual(version);
    expect(two.fingerprint).not.toBe(version.fingerprint);
  });
});

describe('versions as exports see them', () => {
  it('exports version 1 after version 2 with its own text, fingerprint and approvals', () => {
    const { project: first, version: one } = signOffAll(draft, NOW);
    const { project } = signOffAll(followEdits(edited(first, 'Deux.'), LATER).project, LATER);
    const exported = toExportDocument(selectVersion(project, 1));
    expect(exported.version).toEqual({
      number: 1,
      status: 'signed-off',
      fingerprint: one.fingerprint,
    });
    expect(exported.approvals.map((approval) => approval.date)).toEqual([NOW, NOW, NOW]);
    expect(JSON.stringify(exported)).not.toContain('Deux.');
    expect(toExportDocument(selectVersion(project, 'latest')).version.number).toBe(2);
    expect(toExportDocument(selectVersion(project)).sections[0]?.clauses[0]?.text).toBe('Deux.');
  });

  it('says which versions there are when asked for another, and that a signed-off text has no draft', () => {
    const { project } = signOffAll(draft, NOW);
    expect(() => selectVersion(project, 3)).toThrow('There is no version 3: its versions are 1.');
    expect(() => selectVersion(project, 'draft')).toThrow(/no draft: the text is version 1/);
    expect(() => selectVersion(draft, 'latest')).toThrow(/No version has been signed off yet/);
  });

  it('publishes the latest version only once', () => {
    const { project } = signOffAll(draft, NOW);
    const published = publishVersion(project, LATER, 'Claire');
    expect(published.meta.status).toBe('published');
    expect(published.versions[0]).toMatchObject({ status: 'published', publishedAt: LATER });
    expect(() => publishVersion(published, LATER)).toThrow(/already published/);
    expect(() => publishVersion(draft, LATER)).toThrow(/nothing to publish/);
    expect(toExportDocument(selectVersion(published)).version.status).toBe('published');
  });
});
