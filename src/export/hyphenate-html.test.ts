import { describe, expect, it } from 'vitest';
import { hyphenateHtml } from './hyphenate-html';

const SOFT = '\u00ad';
const visible = (html: string) => html.replaceAll(SOFT, '-');

describe('hyphenateHtml', () => {
  it('puts soft hyphens where the French patterns allow, in words of seven letters or more', () => {
    const html = hyphenateHtml('<p>La charte des réseaux sociaux de l’entreprise</p>', 'fr');
    expect(visible(html)).toBe('<p>La charte des ré-seaux so-ciaux de l’en-tre-prise</p>');
  });

  it('follows the language of the charter', () => {
    // British English breaks as the Oxford rules do, French by syllables.
    expect(visible(hyphenateHtml('<p>communication</p>', 'en'))).toBe('<p>com-mu-nic-a-tion</p>');
    expect(visible(hyphenateHtml('<p>communication</p>', 'fr'))).toBe('<p>com-mu-ni-ca-tion</p>');
  });

  it('never touches tags, attribute values or entities', () => {
    const html =
      '<a href="#clause-confidentialite" title="confidentialité">confidentialité &amp; entreprise</a>';
    const hyphenated = hyphenateHtml(html, 'fr');
    expect(hyphenated.replaceAll(SOFT, '')).toBe(html);
    expect(hyphenated).toMatch(/^<a href="#clause-confidentialite" title="confidentialité">/);
    expect(hyphenated).toContain('&amp;');
    expect(hyphenated).toContain(SOFT);
  });
});
