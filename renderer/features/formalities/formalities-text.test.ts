import { describe, expect, it } from 'vitest';
import { computeFormalities } from '../../../src/formalities/compute-formalities';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { createTranslate } from '../../i18n/translate';
import { formalitiesText } from './formalities-text';

const frT = createTranslate(fr);
const enT = createTranslate(en);
const base = {
  'company.headcount': 120,
  'sanctions.included': true,
  'legal.route': 'reglement-interieur',
};

describe('formalitiesText', () => {
  it('words every step in legal order, done with its date or still to do', () => {
    const text = formalitiesText(
      computeFormalities({ ...base, 'formalities.cseOpinionDate': '2026-01-12' }),
      frT,
      'fr-FR',
    );
    expect(text.reason).toContain('annexée au règlement intérieur');
    expect(text.steps.map((step) => [step.name, step.status])).toEqual([
      ['Avis du CSE', 'Fait le 12 janvier 2026'],
      ['Envoi à l’inspection du travail', 'À faire'],
      ['Dépôt au greffe du conseil de prud’hommes', 'À faire'],
      ['Information des salariés (publicité)', 'À faire'],
    ]);
    expect(text.progress).toBe('1 sur 4 accomplies');
    expect(text.effective).toBeNull();
    expect(text.missing).toContain(
      'l’envoi à l’inspection du travail, le dépôt au greffe du conseil de prud’hommes et l’information des salariés',
    );
  });

  it('gives the earliest effective date once every step is dated, in the interface language', () => {
    const answers = {
      ...base,
      'formalities.cseOpinionDate': '2026-01-05',
      'formalities.inspectionSentDate': '2026-01-12',
      'formalities.courtFiledDate': '2026-01-20',
      'formalities.publicityDate': '2026-01-31',
    };
    expect(formalitiesText(computeFormalities(answers), frT, 'fr-FR')).toMatchObject({
      effective: 'Entrée en vigueur au plus tôt le 28 février 2026',
      missing: null,
      progress: '4 sur 4 accomplies',
    });
    expect(formalitiesText(computeFormalities(answers), enT, 'en-GB').effective).toBe(
      'Takes effect on 28 February 2026 at the earliest',
    );
  });

  it('translates the warnings by code and names the step', () => {
    const text = formalitiesText(
      computeFormalities({
        ...base,
        'formalities.cseOpinionDate': '2026-02-01',
        'formalities.inspectionSentDate': '2026-01-12',
        'formalities.publicityDate': 'demain',
      }),
      frT,
      'fr-FR',
    );
    expect(text.warnings).toEqual([
      expect.stringMatching(
        /^Information des salariés \(publicité\)\u00a0: la date saisie n’est pas/,
      ),
      expect.stringMatching(/^Envoi à l’inspection du travail\u00a0: la date est antérieure/),
    ]);
    expect(text.steps[3]?.status).toBe('À faire');
  });

  it('gives the reason when sanctions in a company of 50 or more bring the formalities', () => {
    const formalities = computeFormalities({ ...base, 'legal.route': 'standalone' });
    expect(formalities.reason.code).toBe('sanctions-50-or-more');
    expect(formalitiesText(formalities, frT, 'fr-FR').reason).toContain('au moins 50');
  });
});
