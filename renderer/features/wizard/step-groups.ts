import type { Role } from '../../../src/model/role';
import type { WizardPage } from '../../../src/template/wizard-types';

export interface StepGroup {
  /** The team the pages are for; null for pages the template gives to no one. */
  owner: Role | null;
  /** Each page with its position among all the steps. */
  steps: { page: WizardPage; index: number }[];
}

/**
 * Pages grouped under the team they are for. Only neighbours are grouped, so the list still
 * reads in the order the wizard walks through it.
 */
export function groupStepsByRole(pages: readonly WizardPage[]): StepGroup[] {
  const groups: StepGroup[] = [];
  pages.forEach((page, index) => {
    const owner = page.owner ?? null;
    const last = groups.at(-1);
    if (last && last.owner === owner) last.steps.push({ page, index });
    else groups.push({ owner, steps: [{ page, index }] });
  });
  return groups;
}
