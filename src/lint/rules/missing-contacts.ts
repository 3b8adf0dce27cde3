import type { AnswerValue } from '../../model/answers';
import { isAnswered } from '../answered';
import { CHARTER_CLAUSES, CHARTER_QUESTIONS } from '../charter-questions';
import type { LintContext } from '../lint-context';
import type { LintFinding } from '../lint-finding';
import type { LintRule } from '../lint-rule';

const RULE = 'missing-contacts';

/**
 * The people a charter sends employees to: whoever handles media requests, the crisis contact
 * when there is a crisis procedure, the reporting channel, each with a way to reach them. Only
 * questions the project's template asks are checked.
 */
export const missingContactsRule: LintRule = {
  id: RULE,
  check(context) {
    return [
      ...mediaFindings(context),
      ...crisisFindings(context),
      ...reportingFindings(context),
      ...unreachableFindings(context),
    ];
  },
};

function mediaFindings(context: LintContext): LintFinding[] {
  const questions = [
    CHARTER_QUESTIONS.mediaContact,
    CHARTER_QUESTIONS.spokespersons,
    CHARTER_QUESTIONS.legacySpokesperson,
  ].filter((id) => context.asks(id));
  if (questions.length === 0) return [];
  if (questions.some((id) => isAnswered(context.answer(id)))) return [];
  const clauseId = clauseOf(context, CHARTER_CLAUSES.mediaRequests);
  const named = questions.map((id) => `"${id}"`).join(' or ');
  return [
    {
      rule: RULE,
      severity: 'warning',
      clauseId,
      message: `No one is named to handle media requests (answer ${named} is empty), so clause "${clauseId}" cannot tell employees where to send a journalist: name a media contact in the wizard.`,
      params: { question: questions[0] ?? '' },
    },
  ];
}

function crisisFindings(context: LintContext): LintFinding[] {
  const contact = CHARTER_QUESTIONS.crisisContact;
  if (context.answer(CHARTER_QUESTIONS.crisisProcedure) !== true) return [];
  if (isAnswered(context.answer(contact))) return [];
  const clauseId = clauseOf(context, CHARTER_CLAUSES.crisis);
  return [
    {
      rule: RULE,
      severity: 'error',
      clauseId,
      message: `The charter has a crisis procedure but no crisis contact (answer "${contact}"), so clause "${clauseId}" leaves employees without anyone to alert: name the crisis contact in the wizard.`,
      params: { question: contact },
    },
  ];
}

function reportingFindings(context: LintContext): LintFinding[] {
  const question = CHARTER_QUESTIONS.reportingContacts;
  if (!context.asks(question) || isAnswered(context.answer(question))) return [];
  const clauseId = clauseOf(context, CHARTER_CLAUSES.reporting);
  return [
    {
      rule: RULE,
      severity: 'warning',
      clauseId,
      message: `No reporting channel is named (answer "${question}" is empty), so clause "${clauseId}" only points to departments: name the person or address that receives reports of abusive or illegal content.`,
      params: { question },
    },
  ];
}

/**
 * A contact people are sent to, with neither e-mail nor phone, can be named but not reached.
 * Spokespersons speak for the company; nobody is sent to them.
 */
function unreachableFindings(context: LintContext): LintFinding[] {
  const questions = [
    CHARTER_QUESTIONS.mediaContact,
    CHARTER_QUESTIONS.crisisContact,
    CHARTER_QUESTIONS.reportingContacts,
  ];
  return questions.flatMap((question) =>
    contactsOf(context.answer(question))
      .filter((contact) => isBlank(contact.email) && isBlank(contact.phone))
      .map((contact): LintFinding => ({
        rule: RULE,
        severity: 'warning',
        message: `${contact.name} (answer "${question}") has no e-mail or phone: add one in the wizard so that people can reach them.`,
        params: { question, contact: contact.name },
      })),
  );
}

function contactsOf(value: AnswerValue): { name: string; email?: string; phone?: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => (typeof item === 'string' ? [] : [item]));
}

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** The first of the clauses the charter has, or the first id, to say which one should be there. */
function clauseOf(context: LintContext, clauseIds: readonly string[]): string {
  return context.findClause(...clauseIds)?.clause.id ?? clauseIds[0] ?? '';
}
