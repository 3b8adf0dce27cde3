import { formatDay } from '../../i18n/format-day';
import type { LintFinding } from '../../../src/lint/lint-finding';
import { FORMALITY_STEP_IDS, type FormalityStepId } from '../../../src/formalities/formalities';
import type { Translate } from '../../i18n/translate';
import { formatList } from '../../i18n/format-list';

const MEDIA_QUESTIONS = new Set(['media.contact', 'media.spokespersons', 'media.spokesperson']);

function isStep(id: string | undefined): id is FormalityStepId {
  return (FORMALITY_STEP_IDS as readonly (string | undefined)[]).includes(id);
}

function formalities(params: Record<string, string>, t: Translate, locale: string): string | null {
  if (params.missing !== undefined) {
    const steps = params.missing.split(',');
    if (!steps.every(isStep)) return null;
    const names = steps.map((step) => t(`checks.step.${step}`));
    const list = formatList(names, locale);
    return t('checks.rule.formalities.missing', { steps: list });
  }
  if (!isStep(params.step)) return null;
  const step = t(`checks.step.${params.step}`);
  if (params.problem === 'before-cse-opinion') {
    return t('checks.rule.formalities.beforeOpinion', { step });
  }
  if (params.problem === 'invalid-date') return t('checks.rule.formalities.invalidDate', { step });
  return null;
}

function missingContacts(params: Record<string, string>, t: Translate): string | null {
  if (params.contact) return t('checks.rule.contacts.unreachable', { contact: params.contact });
  if (params.question === 'crisis.contact') return t('checks.rule.contacts.crisis');
  if (params.question === 'reporting.contacts') return t('checks.rule.contacts.reporting');
  if (MEDIA_QUESTIONS.has(params.question ?? '')) return t('checks.rule.contacts.media');
  return null;
}

/**
 * A finding in the interface language, chosen by its stable `rule` and `params`; null when this
 * version of the app has no wording for it, and the core's English sentence is shown instead.
 */
export function translateFinding(
  finding: LintFinding,
  t: Translate,
  locale: string,
): string | null {
  const { params } = finding;
  switch (finding.rule) {
    case 'absolute-ban':
      if (params.phrase && params.ban === 'subject') {
        return t('checks.rule.absoluteBan.subject', { phrase: params.phrase });
      }
      if (params.phrase) return t('checks.rule.absoluteBan.phrase', { phrase: params.phrase });
      return params.question ? t('checks.rule.absoluteBan.personalUse') : null;
    case 'restriction-without-rationale':
      return params.phrase ? t('checks.rule.restriction', { phrase: params.phrase }) : null;
    case 'monitoring-without-purpose-or-retention':
      if (params.missing === 'purpose') return t('checks.rule.monitoring.purpose');
      if (params.missing === 'retention') return t('checks.rule.monitoring.retention');
      return null;
    case 'sanctions-without-graduation':
      return t('checks.rule.sanctions');
    case 'missing-contacts':
      return missingContacts(params, t);
    case 'formalities-incomplete':
      return formalities(params, t, locale);
    case 'effective-date-too-early':
      if (!params.date || !params.earliest) return null;
      return t('checks.rule.effectiveDate', {
        date: formatDay(params.date, locale),
        earliest: formatDay(params.earliest, locale),
      });
    case 'cse-missing':
      return params.headcount ? t('checks.rule.cse', { headcount: params.headcount }) : null;
    default:
      return null;
  }
}
