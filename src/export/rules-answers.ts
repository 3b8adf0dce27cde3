import type { AnswerValue, Answers } from '../model/answers';
import {
  type CharterRules,
  PERSONAL_USE_RULES,
  PROFESSIONAL_USE_RULES,
  RULE_QUESTIONS as Q,
} from './charter-rules';

/**
 * The answers an export's `rules` were read from, as far as they tell: `charterRules` on them
 * (with the export's clauses) gives the same rules back, so an imported charter exports the same
 * block again, and a signed-off one still reads as its approvers signed it.
 */
export function rulesAnswers(rules: CharterRules): Answers {
  const { personalUse, officialAccounts, contacts, advocacy, monitoring, sanctions } = rules;
  const answers: [string, AnswerValue][] = [
    [Q.personalUse, optionOf(PERSONAL_USE_RULES, personalUse.duringWorkingTime)],
    [Q.companyDevices, personalUse.onCompanyDevices],
    [Q.platforms, rules.platforms],
    [Q.accountManagers, officialAccounts.managers],
    [Q.spokespersons, officialAccounts.spokespersons],
    [Q.professionalUse, optionOf(PROFESSIONAL_USE_RULES, officialAccounts.professionalUse)],
    [Q.mediaContacts, contacts.media],
    // A crisis procedure always names whom to call: no one named means there is none.
    [Q.crisisProcedure, contacts.crisis && contacts.crisis.length > 0],
    [Q.crisisContacts, contacts.crisis?.length ? contacts.crisis : null],
    [Q.reportingContacts, contacts.reporting],
    [Q.privacyContacts, contacts.privacy],
    [Q.advocacyProgramme, advocacy.programme],
    [Q.advocacyContent, advocacy.sharedContent],
    [Q.advocacyRecognition, advocacy.recognition],
    [Q.advocacyAccounts, advocacy.dedicatedAccounts],
    [Q.monitoringTools, monitoring.tools],
    [Q.monitoringPurposes, monitoring.purposes],
    [Q.monitoringRetention, monitoring.retentionMonths],
    [Q.cse, monitoring.staffRepresentatives && monitoring.staffRepresentatives !== 'no-cse'],
    [
      Q.monitoringCseConsulted,
      monitoring.staffRepresentatives === 'no-cse' || monitoring.staffRepresentatives === null
        ? null
        : monitoring.staffRepresentatives === 'consulted',
    ],
    [Q.sanctionsIncluded, sanctions.included],
    [Q.sanctionsScale, sanctions.scale],
    [Q.legalRoute, sanctions.basis],
    [Q.reviewCadence, rules.review.cadence],
  ];
  return Object.fromEntries(answers.filter(([, value]) => value !== null));
}

/** The option whose rule value is `value`: the maps are one to one. */
function optionOf(map: Readonly<Record<string, string>>, value: string | null): string | null {
  return Object.entries(map).find(([, rule]) => rule === value)?.[0] ?? null;
}
