import type { LintContext } from './lint-context';
import type { LintFinding } from './lint-finding';

/** One check of `charter lint`, in its own file under rules/ and listed in lint-rules.ts. */
export interface LintRule {
  /** The stable id findings carry as `rule`. */
  id: string;
  check(context: LintContext): LintFinding[];
}
