import { parseMarkdown } from '../rich-text/from-markdown';
import { conditionAnswers, parseCondition } from './condition';
import { templateClauses, type Template } from './template';
import { findVariables, textsOf } from './template-variables';

/**
 * For every clause of the template, the questions it depends on: those its `when` condition
 * reads and those its text or rationale inserts, in any language. A clause whose set is empty
 * never changes with the answers. The wizard uses it to preview what an answer affects.
 */
export function clauseDependencies(template: Template): Map<string, Set<string>> {
  const dependencies = new Map<string, Set<string>>();
  for (const { clause } of templateClauses(template)) {
    const questions = new Set<string>();
    if (clause.when !== undefined) {
      for (const { id } of conditionAnswers(parseCondition(clause.when))) questions.add(id);
    }
    for (const language of template.languages) {
      const clauses = template.locales[language]?.clauses ?? {};
      const strings = Object.hasOwn(clauses, clause.id) ? clauses[clause.id] : undefined;
      if (!strings) continue;
      const texts = [...textsOf(parseMarkdown(strings.text)), strings.rationale ?? ''];
      for (const text of texts) findVariables(text).names.forEach((name) => questions.add(name));
    }
    dependencies.set(clause.id, questions);
  }
  return dependencies;
}
