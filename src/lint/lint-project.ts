import type { Project } from '../model/project';
import { createLintContext } from './lint-context';
import type { LintFinding } from './lint-finding';
import { LINT_RULES } from './lint-rules';

/**
 * The charter checks of `charter lint` and the app's checks panel: what a careful employment
 * lawyer would flag, each finding naming the clause and the fix. Pure: it reads the project only.
 */
export function lintProject(project: Project): LintFinding[] {
  const context = createLintContext(project);
  return LINT_RULES.flatMap((rule) => rule.check(context));
}
