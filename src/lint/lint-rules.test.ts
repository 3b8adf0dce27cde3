import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers';
import { lintProject } from './lint-project';
import { clause, projectOf } from './test-support/lint-project-builder';

const findingsOf = (rule: string, ...args: Parameters<typeof projectOf>) =>
  lintProject(projectOf(...args)).filter((finding) => finding.rule === rule);

const summary = (rule: string, ...args: Parameters<typeof projectOf>) =>
  findingsOf(rule, ...args).map((finding) => [finding.severity, finding.clauseId]);

describe('absolute-ban', () => {
  const ban = (markdown: string, extra = {}) =>
    summary('absolute-ban', [clause('conduct.x', markdown, extra)]);

  it('flags an outright ban without a rationale, naming the clause, the words and the fix', () => {
    const [finding] = findingsOf('absolute-ban', [
      clause('conduct.x', 'Il est **strictement interdit** de filmer les ateliers.'),
    ]);
    expect(finding).toMatchObject({ severity: 'error', clauseId: 'conduct.x' });
    expect(finding?.message).toContain('"strictement interdit"');
    expect(finding?.message).toMatch(/give the clause a rationale/);
    expect(finding?.params).toEqual({ phrase: 'strictement interdit' });
    expect(ban('Posting about clients is strictly forbidden.')).toEqual([['error', 'conduct.x']]);
    expect(ban('A blanket ban applies to TikTok.')).toEqual([['error', 'conduct.x']]);
  });

  it('flags a ban on a whole domain: social networks, politics, religion', () => {
    expect(ban('Toute discussion politique est interdite.')).toEqual([['error', 'conduct.x']]);
    expect(ban('L’usage des réseaux sociaux est interdit au bureau.')).toEqual([
      ['error', 'conduct.x'],
    ]);
    expect(ban('Social media is not allowed at work.')).toEqual([['error', 'conduct.x']]);
  });

  it('accepts a ban with a rationale, a narrow ban, and a ban that is denied', () => {
    expect(
      ban('Il est strictement interdit de publier nos plans.', { rationale: 'Secret.' }),
    ).toEqual([]);
    expect(ban('Il est interdit de publier les plans de l’usine.')).toEqual([]);
    expect(ban('Il n’est pas interdit de parler politique.')).toEqual([]);
    expect(ban('Politics is not forbidden; be courteous.')).toEqual([]);
    expect(ban('Parler de politique est interdit.', { rationale: '   ' })).toEqual([
      ['error', 'conduct.x'],
    ]);
  });

  it('flags a ban on a whole subject whatever its rationale: politics, religion, the employer', () => {
    const rationale = { rationale: 'Pour rester neutres.' };
    for (const text of [
      'Il est interdit de parler de politique ou de religion sur les réseaux sociaux.',
      'Il est interdit de mentionner l’entreprise sur vos comptes personnels.',
      'Toute activité syndicale en ligne est interdite.',
      'Talking about the company online is forbidden.',
    ]) {
      expect(ban(text, rationale), text).toEqual([['error', 'conduct.x']]);
    }
    const [finding] = findingsOf('absolute-ban', [
      clause('conduct.x', 'Il est interdit de parler de religion.', rationale),
    ]);
    expect(finding?.message).toMatch(/bans a whole subject .*ask for care instead/);
  });

  it('no longer lets the template’s rationale excuse a ban written into the text by hand', () => {
    const generated = clause(
      'conduct.controversial',
      'Chacun est libre d’exprimer ses opinions à titre personnel.',
    ).body;
    const edited = (markdown: string) =>
      summary('absolute-ban', [
        clause('conduct.controversial', markdown, { generated, rationale: 'Neutralité.' }),
      ]);
    expect(
      edited('Il est interdit de parler de politique ou de religion sur les réseaux sociaux.'),
    ).toEqual([['error', 'conduct.controversial']]);
    expect(edited('L’usage des réseaux sociaux est interdit au bureau.')).toEqual([
      ['error', 'conduct.controversial'],
    ]);
    // An edit that keeps the generated ban keeps the rationale written for it.
    const forbidden = 'Au travail, l’usage personnel des réseaux sociaux n’est pas autorisé.';
    const kept = clause('worktime.forbidden', `${forbidden} Les pauses restent libres.`, {
      generated: clause('worktime.forbidden', forbidden).body,
      rationale: 'La sécurité des installations.',
    });
    expect(summary('absolute-ban', [kept])).toEqual([]);
  });

  it('flags personal use forbidden at work when its clause gives no reason', () => {
    const forbidden: Answers = { 'uses.personal': 'forbidden' };
    const rule = 'L’usage personnel est limité aux pauses.';
    const [finding] = findingsOf('absolute-ban', [clause('worktime.forbidden', rule)], forbidden);
    expect(finding).toMatchObject({ severity: 'error', clauseId: 'worktime.forbidden' });
    expect(finding?.message).toContain('answer "uses.personal"');
    expect(finding?.message).toMatch(/allow personal use during breaks/);
    const justified = clause('worktime.forbidden', rule, { rationale: 'Sécurité des machines.' });
    expect(summary('absolute-ban', [justified], forbidden)).toEqual([]);
    expect(summary('absolute-ban', [clause('worktime.forbidden', rule)], {})).toEqual([]);
  });

  it('reports a clause once, as the personal-use ban, when its words ban a domain too', () => {
    const words = 'L’usage personnel des réseaux sociaux n’est pas autorisé.';
    expect(
      summary('absolute-ban', [clause('worktime.forbidden', words)], {
        'uses.personal': 'forbidden',
      }),
    ).toEqual([['error', 'worktime.forbidden']]);
  });
});

describe('restriction-without-rationale', () => {
  const restriction = (markdown: string, extra = {}) =>
    summary('restriction-without-rationale', [clause('brand.x', markdown, extra)]);

  it('warns of a restriction with no rationale', () => {
    const [finding] = findingsOf('restriction-without-rationale', [
      clause('brand.x', 'Les photos des locaux sont interdites.'),
    ]);
    expect(finding).toMatchObject({ severity: 'warning', clauseId: 'brand.x' });
    expect(finding?.message).toContain('L1121-1');
    expect(restriction('Vous n’êtes pas autorisés à utiliser le logo.')).toEqual([
      ['warning', 'brand.x'],
    ]);
    expect(restriction('You must not post photos of the site.')).toEqual([['warning', 'brand.x']]);
    expect(restriction('Photos of the site are prohibited.')).toEqual([['warning', 'brand.x']]);
    expect(restriction('Les vidéos sont prohibées dans l’atelier.')).toEqual([
      ['warning', 'brand.x'],
    ]);
  });

  it('warns of a rationale emptied, whatever the words', () => {
    expect(restriction('Utilisez votre compte personnel.', { rationale: ' ' })).toEqual([
      ['warning', 'brand.x'],
    ]);
  });

  it('is quiet with a rationale, without restricting words, and for what an absolute ban reports', () => {
    expect(
      restriction('Ne publiez jamais de photos des locaux.', { rationale: 'Sûreté.' }),
    ).toEqual([]);
    expect(restriction('Partagez nos actualités si vous le souhaitez.')).toEqual([]);
    expect(restriction('Rien n’est interdit ici.')).toEqual([]);
    expect(restriction('Il est formellement interdit de publier.')).toEqual([]);
  });
});

describe('monitoring-without-purpose-or-retention', () => {
  const tools = clause(
    'monitoring.tools',
    'Nous filtrons les accès **afin de** protéger le réseau ; les journaux sont conservés 6 mois.',
  );
  const on: Answers = {
    'monitoring.tools': ['logs'],
    'monitoring.purposes': ['security'],
    'monitoring.retentionMonths': 6,
  };
  const rule = 'monitoring-without-purpose-or-retention';
  const missing = (...args: Parameters<typeof projectOf>) =>
    findingsOf(rule, ...args).map((finding) => [finding.clauseId, finding.params.missing]);

  it('is quiet when there is no monitoring, or when its purpose and retention are stated', () => {
    expect(missing([tools], on)).toEqual([]);
    expect(missing([], { 'monitoring.tools': [] })).toEqual([]);
    expect(missing([], { 'monitoring.tools': false })).toEqual([]);
  });

  it('flags monitoring answers without purpose or retention', () => {
    const findings = findingsOf(rule, [tools], {
      ...on,
      'monitoring.purposes': [],
      'monitoring.retentionMonths': null,
    });
    expect(
      findings.map((finding) => [finding.severity, finding.clauseId, finding.params.missing]),
    ).toEqual([
      ['error', 'monitoring.tools', 'purpose'],
      ['error', 'monitoring.tools', 'retention'],
    ]);
    expect(findings[0]?.message).toContain('answer "monitoring.purposes"');
    expect(findings[1]?.message).toContain('about 6 months');
  });

  it('flags a monitoring clause that lost its purpose or retention, or is gone', () => {
    const vague = clause('monitoring.tools', 'Des outils de suivi sont utilisés.');
    expect(missing([vague], on)).toEqual([
      ['monitoring.tools', 'purpose'],
      ['monitoring.tools', 'retention'],
    ]);
    expect(missing([], on)).toEqual([['monitoring.tools', 'purpose']]);
    // Version 1 of the template asked a yes/no question and no purpose.
    expect(missing([tools], { 'monitoring.tools': true, 'monitoring.retentionMonths': 6 })).toEqual(
      [],
    );
  });
});

describe('sanctions-without-graduation', () => {
  const rule = 'sanctions-without-graduation';
  const scale = clause(
    'sanctions.scale',
    'Selon la gravité des faits :\n\n- un avertissement ;\n- une mise à pied ;\n- un licenciement.',
  );
  const included: Answers = {
    'sanctions.included': true,
    'sanctions.scale': ['warning', 'suspension', 'dismissal'],
  };

  it('is quiet without sanctions, or with a graduated scale', () => {
    expect(summary(rule, [scale], included)).toEqual([]);
    expect(summary(rule, [], { 'sanctions.included': false })).toEqual([]);
    const prose = clause(
      'adoption.sanctions',
      'Toute sanction est proportionnée à la gravité des faits.',
    );
    expect(summary(rule, [prose], { 'sanctions.included': true })).toEqual([]);
  });

  it('flags a scale of fewer than two steps', () => {
    const [finding] = findingsOf(rule, [scale], { ...included, 'sanctions.scale': ['dismissal'] });
    expect(finding).toMatchObject({ severity: 'error', clauseId: 'sanctions.scale' });
    expect(finding?.message).toContain('answer "sanctions.scale"');
    expect(summary(rule, [scale], { ...included, 'sanctions.scale': [] })).toHaveLength(1);
  });

  it('reads graduation in the scale itself, whatever the principles clause says', () => {
    const principles = clause('sanctions.principles', 'Une sanction est **graduée** et équitable.');
    const dismissal = clause(
      'sanctions.scale',
      'Tout manquement à la charte entraîne un licenciement pour faute grave.',
    );
    expect(summary(rule, [principles, dismissal], included)).toEqual([
      ['error', 'sanctions.scale'],
    ]);
    const graduated = clause(
      'sanctions.scale',
      'De la plus légère à la plus lourde : blâme et licenciement.',
    );
    expect(summary(rule, [principles, graduated], included)).toEqual([]);
  });

  it('flags sanctions clauses that do not graduate, or no sanctions clause at all', () => {
    const flat = clause('sanctions.scale', 'Un manquement peut être sanctionné.');
    const [finding] = findingsOf(rule, [flat], included);
    expect(finding?.message).toMatch(/from the lightest to the most serious/);
    expect(summary(rule, [], included)).toEqual([['error', 'sanctions.scale']]);
  });
});

describe('missing-contacts', () => {
  const rule = 'missing-contacts';
  const contacts: Answers = {
    'media.contact': [{ name: 'Service presse', email: 'presse@acme.fr' }],
    'media.spokespersons': [],
    'crisis.procedure': false,
    'reporting.contacts': [{ name: 'Helpdesk', phone: '+33 1 23 45 67 89' }],
  };
  const management = clause(
    'brand.media.management',
    'Orientez les journalistes vers la direction.',
  );

  it('is quiet when every contact is named and reachable', () => {
    expect(summary(rule, [management], contacts)).toEqual([]);
    // A template that asks none of these questions.
    expect(summary(rule, [], {})).toEqual([]);
  });

  it('warns when no one handles media requests, or no reporting channel is named', () => {
    const findings = findingsOf(rule, [management], {
      ...contacts,
      'media.contact': [],
      'reporting.contacts': null,
    });
    expect(
      findings.map((finding) => [finding.severity, finding.clauseId, finding.params.question]),
    ).toEqual([
      ['warning', 'brand.media.management', 'media.contact'],
      ['warning', 'reporting.general', 'reporting.contacts'],
    ]);
    expect(findings[0]?.message).toMatch(/name a media contact/);
    const legacy = clause(
      'uses.official',
      'Orientez les journalistes vers {{media.spokesperson}}.',
    );
    expect(summary(rule, [legacy], { 'media.spokesperson': '' })).toEqual([
      ['warning', 'uses.official'],
    ]);
  });

  it('is an error to have a crisis procedure and no one to alert', () => {
    const findings = findingsOf(rule, [], {
      ...contacts,
      'crisis.procedure': true,
      'crisis.contact': [],
    });
    expect(findings).toMatchObject([{ severity: 'error', clauseId: 'brand.crisis.procedure' }]);
  });

  it('warns of a contact with no e-mail and no phone', () => {
    const findings = findingsOf(rule, [management], {
      ...contacts,
      'media.spokespersons': [{ name: 'Marc Durand', role: 'PDG' }],
      'reporting.contacts': [{ name: 'Claire Martin', role: 'DRH' }],
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      'Claire Martin (answer "reporting.contacts") has no e-mail or phone: add one in the wizard so that people can reach them.',
    ]);
  });
});

describe('formalities-incomplete', () => {
  const rule = 'formalities-incomplete';
  const formalities = clause(
    'adoption.formalities',
    'La charte suit les formalités du règlement intérieur.',
  );
  const dates: Answers = {
    'legal.route': 'reglement-interieur',
    'formalities.cseOpinionDate': '2026-01-12',
    'formalities.inspectionSentDate': '2026-01-20',
    'formalities.courtFiledDate': '2026-01-21',
    'formalities.publicityDate': '2026-01-21',
  };

  it('is quiet when the route needs none, or when every step is done in order', () => {
    expect(summary(rule, [formalities], dates)).toEqual([]);
    expect(summary(rule, [], { 'legal.route': 'standalone', 'sanctions.included': false })).toEqual(
      [],
    );
  });

  it('warns of steps still to do while the charter is a draft, naming the questions', () => {
    const [finding, ...rest] = findingsOf(rule, [formalities], {
      ...dates,
      'formalities.courtFiledDate': null,
      'formalities.publicityDate': null,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', clauseId: 'adoption.formalities' });
    expect(finding?.params).toEqual({
      missing: 'conseil-prud-hommes,publicity',
      reason: 'route-reglement-interieur',
    });
    expect(finding?.message).toContain(
      'Still to do: the filing at the conseil de prud’hommes and the publicity to employees. Do them and record the dates ("formalities.courtFiledDate" and "formalities.publicityDate")',
    );
  });

  it('makes missing steps an error once the charter is published', () => {
    const project = projectOf([formalities], { ...dates, 'formalities.publicityDate': null });
    project.meta.status = 'published';
    expect(lintProject(project).filter((finding) => finding.rule === rule)).toMatchObject([
      {
        severity: 'error',
        message: expect.stringContaining('the charter is published but it cannot be enforced'),
      },
    ]);
  });

  it('is an error to file before the CSE opinion', () => {
    const findings = findingsOf(rule, [formalities], {
      ...dates,
      'formalities.courtFiledDate': '2026-01-02',
    });
    expect(findings.map((finding) => [finding.severity, finding.params.step])).toEqual([
      ['error', 'conseil-prud-hommes'],
    ]);
    expect(findings[0]?.message).toContain(
      'answer "formalities.courtFiledDate"'.replace('answer', 'Answer'),
    );
  });
});

describe('effective-date-too-early', () => {
  const rule = 'effective-date-too-early';
  const effective = clause('adoption.effective-date', 'La présente charte entre en vigueur le …');
  // The last formality is on 21 January: the charter takes effect on 21 February at the earliest.
  const dated: Answers = {
    'legal.route': 'reglement-interieur',
    'formalities.cseOpinionDate': '2026-01-12',
    'formalities.inspectionSentDate': '2026-01-20',
    'formalities.courtFiledDate': '2026-01-21',
    'formalities.publicityDate': '2026-01-21',
  };

  it('is quiet without a chosen date, or with one on or after the earliest legal date', () => {
    expect(summary(rule, [effective], dated)).toEqual([]);
    for (const date of ['2026-02-21', '2026-04-01']) {
      expect(summary(rule, [effective], { ...dated, 'formalities.effectiveDate': date })).toEqual(
        [],
      );
    }
  });

  it('is an error to choose a date before the earliest legal date, saying which date is', () => {
    const [finding, ...rest] = findingsOf(rule, [effective], {
      ...dated,
      'formalities.effectiveDate': '2026-02-01',
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', clauseId: 'adoption.effective-date' });
    expect(finding?.params).toEqual({
      question: 'formalities.effectiveDate',
      date: '2026-02-01',
      earliest: '2026-02-21',
    });
    expect(finding?.message).toMatch(/Choose 2026-02-21 or later/);
  });

  it('cannot judge a date before every formality is dated', () => {
    const undated = { ...dated, 'formalities.publicityDate': null };
    expect(
      summary(rule, [effective], { ...undated, 'formalities.effectiveDate': '2025-01-01' }),
    ).toEqual([]);
  });
});

describe('cse-missing', () => {
  const rule = 'cse-missing';
  const noCse = clause('adoption.cse.none', 'L’entreprise n’ayant pas de CSE, …');
  const formalities = clause('adoption.formalities', 'La charte suit les formalités …');

  it('is quiet with a CSE, below 11 employees, or when the headcount is unknown', () => {
    expect(summary(rule, [noCse], { 'legal.cse': true, 'company.headcount': 300 })).toEqual([]);
    expect(summary(rule, [noCse], { 'legal.cse': false, 'company.headcount': 10 })).toEqual([]);
    expect(summary(rule, [noCse], { 'legal.cse': false, 'company.headcount': null })).toEqual([]);
  });

  it('warns from 11 employees without a CSE, on the formalities clause, with the way out', () => {
    const [finding, ...rest] = findingsOf(rule, [formalities, noCse], {
      'legal.cse': false,
      'company.headcount': 11,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', clauseId: 'adoption.formalities' });
    expect(finding?.message).toMatch(/11 or more employees for 12 consecutive months/);
    expect(finding?.message).toMatch(/procès-verbal de carence/);
    expect(summary(rule, [noCse], { 'legal.cse': false, 'company.headcount': 40 })).toEqual([
      ['warning', 'adoption.cse.none'],
    ]);
  });
});
