/** The text of each h1, h2 and h3 of an export's HTML, in order, as a reader reads it. */
export function htmlHeadingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) =>
    decodeEntities((inner ?? '').replace(/<[^>]*>/g, ''))
      .replace(/\u00ad/g, '')
      .replace(/[ \t\r\n]+/g, ' ')
      .trim(),
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The entities escapeHtml writes, back to their characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
