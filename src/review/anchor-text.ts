import type { RichTextDoc } from '../model/rich-text';
import type { Project } from '../model/project';
import { anchorTextMap } from './anchor-text-map';

/**
 * A clause's text as anchors see it: its plain text with every run of white space (line and
 * paragraph breaks, non-breaking spaces) made one space. Anchor offsets count in this text, so
 * an editor's selection, a CLI quote and a Word comment all find the same passage.
 */
export function anchorText(body: RichTextDoc): string {
  return anchorTextMap(body).text;
}

/** A quote as anchors compare it: white space collapsed and trimmed, like `anchorText`. */
export function normalizeQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text folded for matching, one character for one so offsets stay valid: typographic
 * apostrophes, quotes and dashes match the plain ones a keyboard types.
 */
export function matchKey(text: string): string {
  return text
    .replace(/[‘’‛ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-');
}

export interface ClauseText {
  clauseId: string;
  text: string;
}

/** Every clause's anchor text, in document order. */
export function projectClauseTexts(project: Project): ClauseText[] {
  return project.sections.flatMap((section) =>
    section.clauses.map((clause) => ({ clauseId: clause.id, text: anchorText(clause.body) })),
  );
}
