/**
 * Backslash escapes for text written as Markdown: where our reader, a CommonMark renderer or a
 * GFM one downstream would read markup, and nowhere else, so the text stays readable as written.
 */

/**
 * What makes `&` an entity or character reference in CommonMark (`&amp;`, `&#38;`, `&#x26;`).
 * Broader than the spec (any letters and digits before `;`), so nothing that is one slips through.
 */
const ENTITY_AFTER_AMPERSAND = /^(?:[A-Za-z0-9]+|#[0-9]+|#[xX][0-9A-Fa-f]+);/;

/**
 * What makes `<` start raw HTML or an autolink in CommonMark: a letter (a tag, or a URI scheme
 * as in `<https://…>`), `/` (a closing tag), `!` (a comment, declaration or CDATA), `?` (a
 * processing instruction), or the local part of an email autolink (`<1@exemple.fr>`).
 */
const TAG_OR_AUTOLINK_AFTER_ANGLE = /^(?:[A-Za-z/!?]|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@)/;

/**
 * Escapes what starts markup anywhere in a line: emphasis, code, links, strikethrough and code
 * fences (`~`), table cells (`|`), and `&` or `<` where `following`, the rest of the line's text,
 * would make them an entity, a tag or an autolink. The rest of the line is the text as typed:
 * what the writer puts between (delimiters, backslashes) only ever breaks such a pattern.
 */
export function escapeMarkdown(text: string, following: string): string {
  return text.replace(/[\\*_`[\]~|&<]/g, (char, offset: number) => {
    const after = text.slice(offset + 1) + following;
    if (char === '&' && !ENTITY_AFTER_AMPERSAND.test(after)) return char;
    if (char === '<' && !TAG_OR_AUTOLINK_AFTER_ANGLE.test(after)) return char;
    return `\\${char}`;
  });
}

/** Escapes what would start a heading, quote, list or rule at the start of a line. */
export function escapeLineStart(text: string): string {
  return text.replace(/^[#>+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}
