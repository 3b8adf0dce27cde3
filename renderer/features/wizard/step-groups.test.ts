import { describe, expect, it } from 'vitest';
import type { WizardPage } from '../../../src/template/wizard-types';
import { groupStepsByRole } from './step-groups';

const page = (id: string, owner?: WizardPage['owner']): WizardPage => ({
  id,
  title: id,
  questions: [],
  ...(owner ? { owner } : {}),
});

describe('groupStepsByRole', () => {
  it('puts neighbouring pages of one team together, in wizard order', () => {
    const groups = groupStepsByRole([
      page('company', 'hr'),
      page('work', 'hr'),
      page('communication', 'communication'),
      page('it', 'it'),
      page('legal', 'legal'),
    ]);
    expect(groups.map((g) => [g.owner, g.steps.map((s) => `${s.index}:${s.page.id}`)])).toEqual([
      ['hr', ['0:company', '1:work']],
      ['communication', ['2:communication']],
      ['it', ['3:it']],
      ['legal', ['4:legal']],
    ]);
  });

  it('never reorders pages, and keeps pages without a team in their own group', () => {
    const groups = groupStepsByRole([page('a', 'hr'), page('b'), page('c', 'hr')]);
    expect(groups.map((g) => g.owner)).toEqual(['hr', null, 'hr']);
  });
});
