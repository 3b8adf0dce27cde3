import type { Language } from '../model/language';
import type { BlockNode, RichTextDoc } from '../model/rich-text';
import { parseMarkdown } from '../rich-text/from-markdown';
import { firstSentence } from './first-sentence';
import { localeEntry, templateClauses, templateLocale, type Template } from './template';
import { interpolateVariables } from './template-variables';
import type { OptionalClause } from './wizard-types';

/**
 * The clauses of the template the author may switch off (`optional: true`), in charter order,
 * in one language. They are listed whatever their `when`: the answers may still change.
 */
export function optionalClauses(template: Template, language: Language): OptionalClause[] {
  const locale = templateLocale(template, language);
  return templateClauses(template)
    .filter(({ clause }) => clause.optional)
    .map(({ section, clause }) => {
      const strings = localeEntry(locale.clauses, clause.id, 'clause');
      // Without answers a variable has no value yet: "…" says something goes there.
      const body = interpolateVariables(parseMarkdown(strings.text), () => '…');
      const summary = summaryOf(body, language);
      return {
        clauseId: clause.id,
        sectionId: section.id,
        sectionTitle: localeEntry(locale.sections, section.id, 'section').title,
        ...(strings.title === undefined ? {} : { title: strings.title }),
        ...(summary === '' ? {} : { summary }),
      };
    });
}

/**
 * The first sentence of the clause. One that leads into a list (`Ce qui fonctionne bien :`)
 * says nothing alone: it goes on with the first item, and "…" tells that more follows.
 */
function summaryOf(doc: RichTextDoc, language: Language): string {
  const [lead = '', next] = paragraphTexts(doc.content);
  const sentence = firstSentence(lead, language);
  if (!/:$/.test(sentence)) return sentence;
  const start = sentence.replace(/\s*:$/, '');
  if (next === undefined) return `${start}…`;
  return `${sentence} ${firstSentence(next, language).replace(/[\s.,;:]+$/, '')}…`;
}

/** The text of each paragraph that has any, list items' included, in reading order. */
function paragraphTexts(blocks: readonly BlockNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'paragraph') {
      return block.content.flatMap((item) => paragraphTexts(item.content));
    }
    const text = (block.content ?? [])
      .map((node) => (node.type === 'text' ? node.text : ' '))
      .join('')
      .trim();
    return text === '' ? [] : [text];
  });
}
