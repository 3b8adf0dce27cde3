import type { LintRule } from './lint-rule';
import { absoluteBanRule } from './rules/absolute-ban';
import { cseMissingRule } from './rules/cse-missing';
import { effectiveDateTooEarlyRule } from './rules/effective-date-too-early';
import { formalitiesIncompleteRule } from './rules/formalities-incomplete';
import { missingContactsRule } from './rules/missing-contacts';
import { monitoringWithoutPurposeOrRetentionRule } from './rules/monitoring-without-purpose-or-retention';
import { restrictionWithoutRationaleRule } from './rules/restriction-without-rationale';
import { sanctionsWithoutGraduationRule } from './rules/sanctions-without-graduation';

/** Every check, in the order findings are reported. A new rule is a file in rules/ and a line here. */
export const LINT_RULES: readonly LintRule[] = [
  absoluteBanRule,
  restrictionWithoutRationaleRule,
  monitoringWithoutPurposeOrRetentionRule,
  sanctionsWithoutGraduationRule,
  missingContactsRule,
  formalitiesIncompleteRule,
  effectiveDateTooEarlyRule,
  cseMissingRule,
];
