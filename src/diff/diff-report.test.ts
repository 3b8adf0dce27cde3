import { describe, expect, it } from 'vitest';
import type { Clause, Section } from '../model/clause';
import { bold, doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { compareTexts } from './compare-texts';
import { DIFF_LABELS } from './diff-labels';
import { diffReport } from './diff-report';

const paragraphs = (...lines: string[]) => doc(...lines.map((line) => p(text(line))));

const section = (id: string, title: string, clauses: Clause[]): Section => ({
  id,
  title,
  owner: 'hr',
  clauses,
});

const TEMPLATE = { id: 'charte-reseaux-sociaux', version: '1.0.0' };

const report = (before: Section[], after: Section[], language: 'fr' | 'en' = 'en') =>
  diffReport(
    {
      from: 1,
      to: 'draft',
      comparison: compareTexts(
        { title: 'Charter', template: TEMPLATE, answers: {}, sections: before },
        { title: 'Charter', template: TEMPLATE, answers: {}, sections: after },
      ),
    },
    DIFF_LABELS[language],
  );

describe('diffReport', () => {
  it('shows only the changed lines of a long clause, with … between them', () => {
    const before = paragraphs('One.', 'Two.', 'Three.', 'Four.', 'Five.');
    const after = paragraphs('One.', 'Two, then.', 'Three.', 'Four.', 'Five at last.');
    const clause = { id: 'c', owner: 'hr', rationale: 'Because.' } as const;
    expect(
      report(
        [section('s', 'S', [{ ...clause, body: before }])],
        [section('s', 'S', [{ ...clause, body: after, rationale: 'Because it matters.' }])],
      ),
    ).toBe(
      [
        'Version 1 → draft',
        '',
        '1.1 Untitled clause — changed (text, rationale)',
        '    Two{+, then+}.',
        '    …',
        '    Five{+ at last+}.',
        '    Rationale: Because{+ it matters+}.',
        '',
        'Clauses: 1 changed.',
        '',
      ].join('\n'),
    );
  });

  it('names a formatting change, and sections added, removed and moved', () => {
    const plain = { id: 'c', title: 'Rule', owner: 'hr', body: paragraphs('Be kind.') } as const;
    const emphasised = { ...plain, body: doc(p(bold('Be'), text(' kind.'))) };
    const old = section('old', 'Old', [{ id: 'o', owner: 'hr', body: paragraphs('Gone.') }]);
    const added = section('new', 'New', []);
    expect(
      report(
        [old, section('s', 'S', [plain]), section('t', 'T', [])],
        [section('t', 'T', []), section('s', 'S', [emphasised]), added],
        'fr',
      ),
    ).toBe(
      [
        'Version 1 → brouillon',
        '',
        'Section «\u00a0Old\u00a0» — supprimée (était 1)',
        'Section 2 «\u00a0S\u00a0» — déplacée (était 2)',
        'Section 3 «\u00a0New\u00a0» — ajoutée',
        '',
        'Clause sans titre — supprimée (était 1.1)',
        '    [-Gone.-]',
        '2.1 Rule — modifiée (mise en forme)',
        '',
        'Clauses\u00a0: 1 supprimée, 1 modifiée. Sections\u00a0: 1 ajoutée, 1 supprimée, 1 déplacée.',
        '',
      ].join('\n'),
    );
  });

  it('lists the charter details old → new, and owners that changed, in the charter’s language', () => {
    const clause = {
      id: 'c',
      title: 'Photos',
      owner: 'hr',
      body: paragraphs('No photos.'),
    } as const;
    const before = [section('s', 'S', [clause])];
    const after = [{ ...section('s', 'S', [{ ...clause, owner: 'it' }]), owner: 'legal' } as const];
    const compared = (language: 'fr' | 'en') =>
      diffReport(
        {
          from: 1,
          to: 'draft',
          comparison: compareTexts(
            {
              title: 'Charter',
              template: TEMPLATE,
              answers: { 'company.sector': 'Retail', 'company.hasIntranet': false },
              sections: before,
            },
            {
              title: 'Charter',
              template: { ...TEMPLATE, version: '1.1.0' },
              answers: { 'company.hasIntranet': true },
              sections: after,
            },
          ),
        },
        DIFF_LABELS[language],
      );
    expect(compared('en')).toBe(
      [
        'Version 1 → draft',
        '',
        'Charter details',
        '    Template: charte-reseaux-sociaux@1.0.0 → charte-reseaux-sociaux@1.1.0',
        '    company.hasIntranet: no → yes',
        '    company.sector: Retail → not set',
        '',
        'Section 1 “S” — changed (owner)',
        '    Owner: Human resources → Legal',
        '',
        '1.1 Photos — changed (owner)',
        '    Owner: Human resources → IT',
        '',
        'Clauses: 1 changed. Sections: 1 changed. Charter details: 3 changed.',
        '',
      ].join('\n'),
    );
    expect(compared('fr').split('\n').slice(2, 5)).toEqual([
      'Informations de la charte',
      '    Modèle\u00a0: charte-reseaux-sociaux@1.0.0 → charte-reseaux-sociaux@1.1.0',
      '    company.hasIntranet\u00a0: non → oui',
    ]);
  });
});
