import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../../src/lint/lint-finding';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { createTranslate } from '../../i18n/translate';
import { translateFinding } from './translate-finding';

const finding = (rule: string, params: Record<string, string> = {}): LintFinding => ({
  rule,
  severity: 'error',
  clauseId: 'c',
  message: 'English sentence.',
  params,
});
const inFrench = (f: LintFinding) => translateFinding(f, createTranslate(fr), 'fr-FR');
const inEnglish = (f: LintFinding) => translateFinding(f, createTranslate(en), 'en-GB');

describe('translateFinding', () => {
  it('words each known rule in the interface language, with its parameters', () => {
    expect(inFrench(finding('absolute-ban', { phrase: 'strictement interdit' }))).toContain(
      '«\u00a0strictement interdit\u00a0»',
    );
    expect(inFrench(finding('absolute-ban', { question: 'uses.personal' }))).toBe(
      fr['checks.rule.absoluteBan.personalUse'],
    );
    expect(inFrench(finding('sanctions-without-graduation'))).toBe(fr['checks.rule.sanctions']);
    expect(
      inFrench(finding('monitoring-without-purpose-or-retention', { missing: 'retention' })),
    ).toBe(fr['checks.rule.monitoring.retention']);
    expect(inFrench(finding('missing-contacts', { question: 'crisis.contact' }))).toBe(
      fr['checks.rule.contacts.crisis'],
    );
    expect(
      inEnglish(finding('missing-contacts', { question: 'media.contact', contact: 'Léa' })),
    ).toMatch(/^Léa has no email or phone/);
  });

  it('words the checks on whole-subject bans, the date of entry into force and the CSE', () => {
    expect(
      inFrench(finding('absolute-ban', { phrase: 'interdit … religi', ban: 'subject' })),
    ).toMatch(/^Cette clause interdit tout un sujet/);
    expect(
      inFrench(finding('effective-date-too-early', { date: '2026-02-02', earliest: '2026-02-21' })),
    ).toContain(
      '(2 février 2026) précède la date au plus tôt permise par la loi (21 février 2026)',
    );
    expect(inEnglish(finding('cse-missing', { headcount: '40' }))).toMatch(
      /^The company has 40 employees but no CSE/,
    );
  });

  it('names the formalities still to do, as a list', () => {
    const text = inFrench(
      finding('formalities-incomplete', {
        missing: 'cse-opinion,publicity',
        reason: 'route-reglement-interieur',
      }),
    );
    expect(text).toContain('l’avis du CSE et l’information des salariés');
    expect(
      inEnglish(
        finding('formalities-incomplete', { step: 'publicity', problem: 'before-cse-opinion' }),
      ),
    ).toContain('“informing employees”');
  });

  it('gives up (so the English sentence shows) on a rule or a variant it does not know', () => {
    expect(inFrench(finding('a-rule-from-a-newer-core'))).toBeNull();
    expect(inFrench(finding('missing-contacts', { question: 'other.question' }))).toBeNull();
    expect(
      inFrench(finding('formalities-incomplete', { missing: 'cse-opinion,new-step' })),
    ).toBeNull();
    expect(
      inFrench(finding('formalities-incomplete', { step: 'publicity', problem: 'new' })),
    ).toBeNull();
  });
});
