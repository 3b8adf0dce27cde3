import { CharterError } from '../errors/charter-error';
import { templateClauses, type Template } from './template';

/**
 * The clauses to switch off, each once, after checking that every one is an optional clause of
 * the template: a typo would otherwise leave a clause on without a word. Throws
 * CharterError('invalid-input') naming the first wrong id.
 */
export function checkDisabledClauses(
  template: Template,
  disabledClauses: readonly string[],
): string[] {
  const optional = templateClauses(template)
    .filter(({ clause }) => clause.optional)
    .map(({ clause }) => clause.id);
  const wrong = disabledClauses.find((clauseId) => !optional.includes(clauseId));
  if (wrong === undefined) return [...new Set(disabledClauses)];
  throw new CharterError(
    'invalid-input',
    `"${wrong}" cannot be switched off: it is not an optional clause of the template "${template.id}" (optional clauses: ${optional.join(', ') || 'none'}).`,
    { clause: wrong },
  );
}
