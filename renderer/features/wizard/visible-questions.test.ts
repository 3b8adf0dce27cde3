import { describe, expect, it } from 'vitest';
import type { WizardPage, WizardQuestion } from '../../../src/template/wizard-types';
import { visibleQuestionIds } from './visible-questions';

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

describe('visible questions', () => {
  it('shows a question while its condition holds', () => {
    expect([...visibleQuestionIds(pages, { monitoring: true })]).toEqual([
      'monitoring',
      'retention',
    ]);
    expect([...visibleQuestionIds(pages, { monitoring: false })]).toEqual(['monitoring']);
  });

  it('judges conditions on defaults when a question is unanswered, as the core does', () => {
    expect([...visibleQuestionIds(pages, {})]).toEqual(['monitoring']);
    const sector = [
      {
        id: 'p',
        title: 'P',
        questions: [
          question('sector', { type: 'text', default: 'banque' }),
          question('secrecy', { visibleWhen: 'sector == "banque"' }),
        ],
      },
    ];
    expect([...visibleQuestionIds(sector, { sector: '  ' })]).toEqual(['sector', 'secrecy']);
  });

  it('shows a question whose condition cannot be read', () => {
    const broken: WizardPage[] = [
      { id: 'p', title: 'P', questions: [question('x', { visibleWhen: '((' })] },
    ];
    expect([...visibleQuestionIds(broken, {})]).toEqual(['x']);
  });
});
