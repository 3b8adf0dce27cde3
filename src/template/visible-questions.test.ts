import { describe, expect, it } from 'vitest';
import { visibleQuestionIds } from './visible-questions';
import type { WizardPage, WizardQuestion } from './wizard-types';

const question = (id: string, extra: Partial<WizardQuestion> = {}): WizardQuestion => ({
  id,
  type: 'boolean',
  label: id,
  required: false,
  ...extra,
});

const pages: WizardPage[] = [
  {
    id: 'one',
    title: 'One',
    questions: [
      question('monitoring', { default: false }),
      question('retention', { visibleWhen: 'monitoring' }),
    ],
  },
  { id: 'two', title: 'Two', questions: [question('alerts', { visibleWhen: 'retention' })] },
];

const visible = (wizard: WizardPage[], answers: Parameters<typeof visibleQuestionIds>[1]) => [
  ...visibleQuestionIds(wizard, answers),
];

describe('visibleQuestionIds', () => {
  it('shows a question while its condition holds, in template order', () => {
    expect(visible(pages, { monitoring: true })).toEqual(['monitoring', 'retention']);
    expect(visible(pages, { monitoring: false })).toEqual(['monitoring']);
    expect(visible(pages, { monitoring: true, retention: true })).toEqual([
      'monitoring',
      'retention',
      'alerts',
    ]);
  });

  it('reads conditions on later pages', () => {
    const backwards: WizardPage[] = [
      { id: 'a', title: 'A', questions: [question('first', { visibleWhen: 'last' })] },
      { id: 'b', title: 'B', questions: [question('last')] },
    ];
    expect(visible(backwards, { last: true })).toEqual(['first', 'last']);
    expect(visible(backwards, {})).toEqual(['last']);
  });

  it('judges conditions on defaults when a question is unanswered or blank', () => {
    expect(visible(pages, {})).toEqual(['monitoring']);
    const sector: WizardPage[] = [
      {
        id: 'p',
        title: 'P',
        questions: [
          question('sector', { type: 'text', default: 'banque' }),
          question('secrecy', { visibleWhen: 'sector == "banque"' }),
        ],
      },
    ];
    expect(visible(sector, { sector: '  ' })).toEqual(['sector', 'secrecy']);
    expect(visible(sector, { sector: null })).toEqual(['sector', 'secrecy']);
    expect(visible(sector, { sector: 'industrie' })).toEqual(['sector']);
  });

  it('reads only the answers’ own keys', () => {
    const named: WizardPage[] = [
      { id: 'p', title: 'P', questions: [question('x', { visibleWhen: 'constructor' })] },
    ];
    expect(visible(named, {})).toEqual([]);
  });

  it('shows a question whose condition cannot be read', () => {
    const broken: WizardPage[] = [
      { id: 'p', title: 'P', questions: [question('x', { visibleWhen: '((' })] },
    ];
    expect(visible(broken, {})).toEqual(['x']);
  });
});
