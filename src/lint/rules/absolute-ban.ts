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

/** Subjects so broad that banning them bans expression itself (Conseil d'État, 25 Jan 1989). */
const WHOLE_DOMAIN =
  /(réseaux sociaux|\bsocial (media|networks?)\b|\binternet\b|politiques?(?! (de|d'|du|des|interne|commerciale))|\bpolitic|religi|syndica|\bunions?\b|tout propos|toute (publication|expression|prise de parole)|\bany (post|comment|statement|opinion))/;

/**
 * The words of an absolute ban in a clause, or null: an outright ban, or a sentence banning a
 * whole domain (social networks, politics, religion…). The rationale is not looked at here.
 */
export function absoluteBanPhrase(entry: LintClause): string | null {
  const text = withoutNegatedBans(entry.text);
  for (const pattern of OUTRIGHT_BANS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  for (const sentence of text.split(/(?<=[.;:!?])\s+/)) {
    const ban = BAN.exec(sentence);
    const domain = WHOLE_DOMAIN.exec(sentence);
    if (ban && domain) return `${ban[0]} … ${domain[0]}`;
  }
  return null;
}

/**
 * An absolute ban with no justification: CE 25 Jan 1989 struck down a ban on all political
 * discussion, and L1121-1 wants every restriction justified and proportionate. Forbidding all
 * personal use at work (answer `uses.personal`) without a rationale is one too.
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
      if (hasRationale(entry.clause) || reported.has(entry.clause.id)) continue;
      const phrase = absoluteBanPhrase(entry);
      if (phrase === null) continue;
      const clauseId = entry.clause.id;
      findings.push({
        rule: 'absolute-ban',
        severity: 'error',
        clauseId,
        message: `Clause "${clauseId}" bans outright ("${phrase}") with no rationale. Narrow the ban to what the task requires, or give the clause a rationale saying why it is justified and proportionate (Code du travail L1121-1; a ban on all political discussion was struck down, Conseil d'État, 25 January 1989).`,
        params: { phrase },
      });
    }
    return findings;
  },
};
