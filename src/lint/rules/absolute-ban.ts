import { CHARTER_CLAUSES, CHARTER_QUESTIONS } from '../charter-questions';
import { hasRationale, type LintClause } from '../lint-context';
import type { LintFinding } from '../lint-finding';
import type { LintRule } from '../lint-rule';
import { withoutNegatedBans } from './restriction-words';

/** Bans that say they admit no exception. */
const OUTRIGHT_BANS: readonly RegExp[] = [
  /(strictement|formellement|totalement|absolument|rigoureusement|expressément) (interdit|prohibé)/,
  /interdite?s? en toutes? circonstances?/,
  /interdiction (totale|absolue|formelle|générale)/,
  /\b(strictly|absolutely|totally|completely|expressly|formally) (forbidden|prohibited|banned)\b/,
  /\b(total|absolute|complete|blanket|outright) (ban|prohibition)\b/,
  /\bforbidden (at all times|in all circumstances|under any circumstances)\b/,
];

const BAN =
  /(\binterdite?s?\b|\binterdiction\b|\bprohibée?s?|n'est pas autorisée?|ne sont pas autorisée?s|\bforbidden\b|\bprohibited\b|\bbanned\b|\bnot allowed\b|\bnot permitted\b)/;

/** A medium so broad that banning it needs a reason the task gives (personal use at work). */
const WHOLE_MEDIUM = /(réseaux sociaux|\bsocial (media|networks?)\b|\binternet\b)/;

/**
 * Subjects no task can justify banning: politics, religion, unions, any statement, or any
 * mention of the employer (Conseil d'État, 25 January 1989, on a ban of political discussion).
 */
const WHOLE_SUBJECT =
  /(politiques?(?! (de|d'|du|des|interne|commerciale))|\bpolitic|religi|syndica|\bunions?\b|tout propos|toute (publication|expression|prise de parole|opinion)|\bany (post|comment|statement|opinion)|\b(mentionner|citer|nommer|parler de|évoquer) (l'entreprise|votre employeur|son employeur|notre entreprise|la société)|\b(mention(ing)?|nam(e|ing)|talk(ing)? about|refer(ring)? to) (the company|your employer|our company|the employer))/;

/** The words of a sentence that bans `domain` as a whole, or null. */
function domainBanPhrase(text: string, domain: RegExp): string | null {
  for (const sentence of text.split(/(?<=[.;:!?])\s+/)) {
    const ban = BAN.exec(sentence);
    const banned = domain.exec(sentence);
    if (ban && banned) return `${ban[0]} … ${banned[0]}`;
  }
  return null;
}

/** The words of a ban on a whole subject (politics, religion, the employer…), or null. */
function subjectBanPhrase(text: string): string | null {
  return domainBanPhrase(withoutNegatedBans(text), WHOLE_SUBJECT);
}

/**
 * The words of an absolute ban in a text, or null: an outright ban, or a sentence banning a
 * whole subject or medium (social networks, politics, religion…). No rationale is looked at here.
 */
export function absoluteBanPhrase(text: string): string | null {
  const searched = withoutNegatedBans(text);
  for (const pattern of OUTRIGHT_BANS) {
    const match = pattern.exec(searched);
    if (match) return match[0];
  }
  return domainBanPhrase(searched, WHOLE_SUBJECT) ?? domainBanPhrase(searched, WHOLE_MEDIUM);
}

/**
 * Whether the clause's rationale justifies its ban. A rationale is written for the text it came
 * with: once the text is edited, it still covers a ban the generated text had, never a new one.
 */
function justifies(entry: LintClause, phrase: string): boolean {
  if (!hasRationale(entry.clause)) return false;
  return entry.generatedText === null || absoluteBanPhrase(entry.generatedText) === phrase;
}

/**
 * An absolute ban: CE 25 Jan 1989 struck down a ban on all political discussion, and L1121-1
 * wants every restriction justified and proportionate. A ban on a whole subject (politics,
 * religion, unions, the employer) is an error whatever its rationale; other absolute bans need
 * one that fits the text. Forbidding all personal use at work (answer `uses.personal`) without a
 * rationale is one too.
 */
export const absoluteBanRule: LintRule = {
  id: 'absolute-ban',
  check(context) {
    const findings: LintFinding[] = [];
    const personalUse = context.findClause(...CHARTER_CLAUSES.personalUseForbidden);
    const forbidden = context.answer(CHARTER_QUESTIONS.personalUse) === 'forbidden';
    const reported = new Set<string>();
    if (forbidden && personalUse && !hasRationale(personalUse.clause)) {
      reported.add(personalUse.clause.id);
      const clauseId = personalUse.clause.id;
      findings.push({
        rule: 'absolute-ban',
        severity: 'error',
        clauseId,
        message: `Clause "${clauseId}" forbids all personal use of social networks at work (answer "${CHARTER_QUESTIONS.personalUse}") without a rationale. Give the clause a rationale saying why the task requires it and why it is proportionate (Code du travail L1121-1), or allow personal use during breaks in the wizard.`,
        params: { question: CHARTER_QUESTIONS.personalUse },
      });
    }
    for (const entry of context.clauses) {
      if (reported.has(entry.clause.id)) continue;
      const clauseId = entry.clause.id;
      const subject = subjectBanPhrase(entry.text);
      if (subject !== null) {
        findings.push({
          rule: 'absolute-ban',
          severity: 'error',
          clauseId,
          message: `Clause "${clauseId}" bans a whole subject ("${subject}"). No task justifies forbidding employees to speak of politics, religion, unions or their employer (Code du travail L1121-1; a ban on all political discussion was struck down, Conseil d'État, 25 January 1989): ask for care instead — not to speak for the company, to respect confidentiality and courtesy.`,
          // `ban: subject` lets the interface say that no rationale can excuse it.
          params: { phrase: subject, ban: 'subject' },
        });
        continue;
      }
      const phrase = absoluteBanPhrase(entry.text);
      if (phrase === null || justifies(entry, phrase)) continue;
      findings.push({
        rule: 'absolute-ban',
        severity: 'error',
        clauseId,
        message: `Clause "${clauseId}" bans outright ("${phrase}") with no rationale that covers it. Narrow the ban to what the task requires, or give the clause a rationale saying why it is justified and proportionate (Code du travail L1121-1; a ban on all political discussion was struck down, Conseil d'État, 25 January 1989).`,
        params: { phrase },
      });
    }
    return findings;
  },
};
