import { describe, expect, it } from 'vitest';
import type { Clause, Section } from '../model/clause';
import { richTextToPlainText } from '../rich-text/to-plain-text';
import { bold, doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { compareTexts } from './compare-texts';
import type { ComparableText } from './text-comparison';
import { textAfter, textBefore } from './test-support/rebuild-texts';

const clause = (
  id: string,
  title: string | undefined,
  body: string,
  extra: Partial<Clause> = {},
): Clause => ({
  id,
  ...(title === undefined ? {} : { title }),
  owner: 'hr',
  body: doc(p(text(body))),
  ...extra,
});

const section = (id: string, title: string, clauses: Clause[]): Section => ({
  id,
  title,
  owner: 'hr',
  clauses,
});

const TEMPLATE = { id: 'charte-reseaux-sociaux', version: '1.0.0' };

const charter = (...sections: Section[]): ComparableText => ({
  title: 'Charte',
  template: TEMPLATE,
  answers: { 'company.name': 'Dupré & Fils' },
  sections,
});

const USE = section('use', 'Usages', [
  clause('use.access', 'Accès', 'Les salariés peuvent publier.'),
  clause('use.photos', 'Photos', 'Pas de photos des locaux.'),
  clause('use.brand', 'Marque', 'Le logo reste à nous.'),
]);
const SANCTIONS = section('sanctions', 'Sanctions', [
  clause('sanctions.breach', 'Manquements', 'Tout manquement est sanctionné.'),
]);
const BEFORE = charter(USE, SANCTIONS);

/** The sections of BEFORE with `use` rewritten. */
const withUse = (...clauses: Clause[]) => charter({ ...USE, clauses }, SANCTIONS);
const [ACCESS, PHOTOS, BRAND] = USE.clauses as [Clause, Clause, Clause];

const kinds = (comparison: ReturnType<typeof compareTexts>) =>
  comparison.clauses.map((diff) => [diff.id, diff.kind, diff.moved]);

describe('compareTexts', () => {
  it('finds nothing between a text and itself', () => {
    const comparison = compareTexts(BEFORE, structuredClone(BEFORE));
    expect(comparison.identical).toBe(true);
    expect(comparison.summary).toEqual({
      clauses: { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 4 },
      sections: { added: 0, removed: 0, retitled: 0, changed: 0, moved: 0, unchanged: 2 },
      details: 0,
    });
    expect(comparison.clauses[0]).toEqual({
      id: 'use.access',
      kind: 'unchanged',
      from: {
        sectionId: 'use',
        sectionIndex: 0,
        clauseIndex: 0,
        number: '1.1',
        title: 'Accès',
        owner: 'hr',
      },
      to: {
        sectionId: 'use',
        sectionIndex: 0,
        clauseIndex: 0,
        number: '1.1',
        title: 'Accès',
        owner: 'hr',
      },
      moved: false,
      changes: [],
      title: [{ kind: 'same', text: 'Accès' }],
      body: [{ kind: 'same', text: 'Les salariés peuvent publier.' }],
      rationale: [],
    });
  });

  it('finds nothing between two empty texts', () => {
    const comparison = compareTexts(charter(), charter());
    expect(comparison).toMatchObject({ identical: true, sections: [], clauses: [] });
  });

  it('shows a changed body word by word', () => {
    const edited = clause('use.access', 'Accès', 'Les salariés ne peuvent pas publier.');
    const comparison = compareTexts(BEFORE, withUse(edited, PHOTOS, BRAND));
    expect(comparison.identical).toBe(false);
    expect(kinds(comparison)).toEqual([
      ['use.access', 'changed', false],
      ['use.photos', 'unchanged', false],
      ['use.brand', 'unchanged', false],
      ['sanctions.breach', 'unchanged', false],
    ]);
    const [access] = comparison.clauses;
    expect(access?.changes).toEqual(['body']);
    expect(access?.title).toEqual([{ kind: 'same', text: 'Accès' }]);
    expect(access?.body).toEqual([
      { kind: 'same', text: 'Les salariés ' },
      { kind: 'added', text: 'ne ' },
      { kind: 'same', text: 'peuvent ' },
      { kind: 'added', text: 'pas ' },
      { kind: 'same', text: 'publier.' },
    ]);
    expect(comparison.summary.clauses).toMatchObject({ changed: 1, unchanged: 3 });
  });

  it('tells a title-only change from a body change', () => {
    const retitled = { ...ACCESS, title: 'Accès aux réseaux' };
    const [access] = compareTexts(BEFORE, withUse(retitled, PHOTOS, BRAND)).clauses;
    expect(access).toMatchObject({
      kind: 'changed',
      changes: ['title'],
      title: [
        { kind: 'same', text: 'Accès' },
        { kind: 'added', text: ' aux réseaux' },
      ],
      body: [{ kind: 'same', text: 'Les salariés peuvent publier.' }],
    });
  });

  it('says when only the formatting of the same words changed', () => {
    const emphasised = {
      ...ACCESS,
      body: doc(p(text('Les salariés '), bold('peuvent'), text(' publier.'))),
    };
    const [access] = compareTexts(BEFORE, withUse(emphasised, PHOTOS, BRAND)).clauses;
    expect(access).toMatchObject({ kind: 'changed', changes: ['formatting'] });
    expect(access?.body).toEqual([{ kind: 'same', text: 'Les salariés peuvent publier.' }]);
  });

  it('sees no change in a text split otherwise with the same look', () => {
    const split = { ...ACCESS, body: doc(p(text('Les salariés '), text('peuvent publier.')), p()) };
    expect(compareTexts(BEFORE, withUse(split, PHOTOS, BRAND)).identical).toBe(true);
  });

  it('compares the rationale readers see under a clause', () => {
    const before = withUse({ ...PHOTOS, rationale: 'Les locaux sont confidentiels.' });
    const after = withUse({ ...PHOTOS, rationale: 'Les locaux sont sensibles.' });
    const [photos] = compareTexts(before, after).clauses;
    expect(photos).toMatchObject({
      kind: 'changed',
      changes: ['rationale'],
      rationale: [
        { kind: 'same', text: 'Les locaux sont ' },
        { kind: 'removed', text: 'confidentiels' },
        { kind: 'added', text: 'sensibles' },
        { kind: 'same', text: '.' },
      ],
    });
  });

  it('lists added and removed clauses where they stand, without moving their neighbours', () => {
    const added = clause('use.advocacy', 'Ambassadeurs', 'Chacun peut relayer nos offres.');
    const comparison = compareTexts(BEFORE, withUse(added, ACCESS, BRAND));
    expect(kinds(comparison)).toEqual([
      ['use.advocacy', 'added', false],
      ['use.access', 'unchanged', false],
      ['use.photos', 'removed', false],
      ['use.brand', 'unchanged', false],
      ['sanctions.breach', 'unchanged', false],
    ]);
    const [advocacy, access, photos] = comparison.clauses;
    expect(advocacy).toMatchObject({
      to: { number: '1.1', title: 'Ambassadeurs' },
      title: [{ kind: 'added', text: 'Ambassadeurs' }],
      body: [{ kind: 'added', text: 'Chacun peut relayer nos offres.' }],
    });
    expect(advocacy?.from).toBeUndefined();
    // Its number changed from 1.1 to 1.2, its place among the others did not.
    expect(access).toMatchObject({ from: { number: '1.1' }, to: { number: '1.2' } });
    expect(photos).toMatchObject({
      from: { number: '1.2', title: 'Photos' },
      title: [{ kind: 'removed', text: 'Photos' }],
      body: [{ kind: 'removed', text: 'Pas de photos des locaux.' }],
    });
    expect(photos?.to).toBeUndefined();
    expect(comparison.summary.clauses).toEqual({
      added: 1,
      removed: 1,
      changed: 0,
      moved: 0,
      unchanged: 3,
    });
  });

  it('puts a clause removed from the top of the text first', () => {
    const comparison = compareTexts(BEFORE, withUse(PHOTOS, BRAND));
    expect(kinds(comparison).slice(0, 2)).toEqual([
      ['use.access', 'removed', false],
      ['use.photos', 'unchanged', false],
    ]);
  });

  it('finds a clause moved within its section, and only that one', () => {
    const comparison = compareTexts(BEFORE, withUse(PHOTOS, BRAND, ACCESS));
    expect(kinds(comparison)).toEqual([
      ['use.photos', 'unchanged', false],
      ['use.brand', 'unchanged', false],
      ['use.access', 'moved', true],
      ['sanctions.breach', 'unchanged', false],
    ]);
    expect(comparison.clauses[2]).toMatchObject({
      from: { number: '1.1' },
      to: { number: '1.3' },
      changes: [],
    });
  });

  it('finds a clause moved to another section, changed on the way', () => {
    const after = charter(
      { ...USE, clauses: [ACCESS, BRAND] },
      { ...SANCTIONS, clauses: [...SANCTIONS.clauses, { ...PHOTOS, title: 'Photographies' }] },
    );
    const comparison = compareTexts(BEFORE, after);
    expect(kinds(comparison)).toEqual([
      ['use.access', 'unchanged', false],
      ['use.brand', 'unchanged', false],
      ['sanctions.breach', 'unchanged', false],
      ['use.photos', 'changed', true],
    ]);
    expect(comparison.clauses[3]).toMatchObject({
      from: { sectionId: 'use', number: '1.2' },
      to: { sectionId: 'sanctions', number: '2.2' },
      changes: ['title'],
    });
    expect(comparison.summary.clauses).toMatchObject({ changed: 1, moved: 0 });
  });

  it('finds sections added, removed, retitled and moved', () => {
    const training = section('training', 'Formation', [
      clause('training.sessions', undefined, 'Une session par an.'),
    ]);
    const after = charter(training, SANCTIONS, { ...USE, title: 'Usages au travail' });
    const moved = compareTexts(BEFORE, after);
    expect(moved.sections.map((diff) => [diff.id, diff.kind, diff.moved])).toEqual([
      ['training', 'added', false],
      ['sanctions', 'unchanged', false],
      ['use', 'retitled', true],
    ]);
    expect(moved.sections[2]?.title).toEqual([
      { kind: 'same', text: 'Usages' },
      { kind: 'added', text: ' au travail' },
    ]);
    // The clauses of a moved section keep their place among their neighbours.
    expect(
      moved.clauses.filter((diff) => diff.kind !== 'unchanged').map((diff) => diff.id),
    ).toEqual(['training.sessions']);
    expect(moved.clauses[0]?.title).toEqual([]);

    const removed = compareTexts(BEFORE, charter(SANCTIONS));
    expect(removed.sections.map((diff) => [diff.id, diff.kind])).toEqual([
      ['use', 'removed'],
      ['sanctions', 'unchanged'],
    ]);
    expect(removed.summary.clauses.removed).toBe(3);
    expect(removed.summary.sections).toMatchObject({ removed: 1, unchanged: 1 });
  });

  it('finds a section moved without a new title', () => {
    const comparison = compareTexts(BEFORE, charter(SANCTIONS, USE));
    expect(comparison.sections.map((diff) => [diff.id, diff.kind, diff.moved])).toEqual([
      ['sanctions', 'unchanged', false],
      ['use', 'moved', true],
    ]);
    expect(comparison.identical).toBe(false);
  });

  it('compares the charter’s title', () => {
    const comparison = compareTexts(BEFORE, { ...BEFORE, title: 'Charte numérique' });
    expect(comparison.title).toEqual([
      { kind: 'same', text: 'Charte' },
      { kind: 'added', text: ' numérique' },
    ]);
    expect(comparison.identical).toBe(false);
  });

  it('builds both texts back from the runs of every clause', () => {
    const after = charter(
      {
        ...USE,
        title: 'Usages au travail',
        clauses: [
          BRAND,
          clause('use.access', 'Accès libre', 'Chacun peut publier, avec discernement.'),
        ],
      },
      section('training', 'Formation', [
        clause('training.sessions', 'Sessions', 'Une session par an.'),
      ]),
    );
    const comparison = compareTexts(BEFORE, after);
    for (const diff of comparison.clauses) {
      const before = [...USE.clauses, ...SANCTIONS.clauses].find(
        (candidate) => candidate.id === diff.id,
      );
      const current = after.sections
        .flatMap((s) => s.clauses)
        .find((candidate) => candidate.id === diff.id);
      expect(textBefore(diff.title)).toBe(before?.title ?? '');
      expect(textAfter(diff.title)).toBe(current?.title ?? '');
      expect(textBefore(diff.body)).toBe(before ? richTextToPlainText(before.body) : '');
      expect(textAfter(diff.body)).toBe(current ? richTextToPlainText(current.body) : '');
    }
  });

  it('lists the details the export carries, old → new: template, company answers, formalities', () => {
    const route = { 'legal.route': 'reglement-interieur' };
    const before: ComparableText = {
      ...BEFORE,
      answers: {
        ...route,
        'company.name': 'Dupré & Fils',
        'company.headcount': 40,
        'company.networks': ['LinkedIn'],
        'company.formerName': 'Dupré',
        'formalities.cseOpinionDate': '2026-03-02',
      },
    };
    const after: ComparableText = {
      ...BEFORE,
      template: { ...TEMPLATE, version: '1.1.0' },
      answers: {
        ...route,
        'company.name': 'Dupré & Fils',
        'company.headcount': 60,
        'company.networks': ['LinkedIn', 'Instagram'],
        'company.hasIntranet': true,
        'formalities.cseOpinionDate': '2026-03-09',
        'formalities.inspectionSentDate': '2026-03-10',
        'formalities.courtFiledDate': '2026-03-10',
        'formalities.publicityDate': '2026-03-11',
      },
    };
    const comparison = compareTexts(before, after);
    expect(comparison.identical).toBe(false);
    expect(comparison.summary.details).toBe(10);
    expect(comparison.details).toEqual([
      {
        subject: { kind: 'template' },
        kind: 'changed',
        from: 'charte-reseaux-sociaux@1.0.0',
        to: 'charte-reseaux-sociaux@1.1.0',
      },
      { subject: { kind: 'company', key: 'formerName' }, kind: 'removed', from: 'Dupré' },
      { subject: { kind: 'company', key: 'hasIntranet' }, kind: 'added', to: true },
      { subject: { kind: 'company', key: 'headcount' }, kind: 'changed', from: 40, to: 60 },
      {
        subject: { kind: 'company', key: 'networks' },
        kind: 'changed',
        from: ['LinkedIn'],
        to: ['LinkedIn', 'Instagram'],
      },
      {
        subject: { kind: 'formality-step', step: 'cse-opinion' },
        kind: 'changed',
        from: '2026-03-02',
        to: '2026-03-09',
      },
      {
        subject: { kind: 'formality-step', step: 'labour-inspectorate' },
        kind: 'added',
        to: '2026-03-10',
      },
      {
        subject: { kind: 'formality-step', step: 'conseil-prud-hommes' },
        kind: 'added',
        to: '2026-03-10',
      },
      { subject: { kind: 'formality-step', step: 'publicity' }, kind: 'added', to: '2026-03-11' },
      { subject: { kind: 'effective-date' }, kind: 'added', to: '2026-04-11' },
    ]);
  });

  it('leaves out formality dates the export does not carry, and answers about other things', () => {
    const after: ComparableText = {
      ...BEFORE,
      answers: {
        ...BEFORE.answers,
        'formalities.cseOpinionDate': '2026-03-02',
        'sanctions.included': true,
      },
    };
    const comparison = compareTexts(BEFORE, after);
    expect(comparison).toMatchObject({ identical: true, details: [] });
  });

  it('marks a clause or section whose owner changed, and nothing else', () => {
    const after = charter(
      { ...USE, clauses: [{ ...ACCESS, owner: 'legal' }, PHOTOS, BRAND] },
      { ...SANCTIONS, owner: 'it' },
    );
    const comparison = compareTexts(BEFORE, after);
    expect(comparison.identical).toBe(false);
    expect(kinds(comparison)[0]).toEqual(['use.access', 'changed', false]);
    expect(comparison.clauses[0]).toMatchObject({
      changes: ['owner'],
      from: { owner: 'hr' },
      to: { owner: 'legal' },
    });
    expect(comparison.sections.map((diff) => [diff.id, diff.kind])).toEqual([
      ['use', 'unchanged'],
      ['sanctions', 'changed'],
    ]);
    expect(comparison.summary).toMatchObject({
      clauses: { changed: 1, unchanged: 3 },
      sections: { changed: 1, unchanged: 1 },
      details: 0,
    });
  });
});
