import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../model/rich-text';
import { typesetRichText, typesetText } from './french-typography';

describe('typesetText', () => {
  it('keeps « ; : ! ? » on the line of the word before them, and the words inside « »', () => {
    expect(typesetText('Pourquoi ? Parce que : « ainsi » ; voilà !', 'fr')).toBe(
      'Pourquoi\u202f? Parce que\u00a0: «\u00a0ainsi\u00a0»\u202f; voilà\u202f!',
    );
  });

  it('leaves addresses, times and English alone, and never changes the length', () => {
    const text = 'Voir https://exemple.fr/?q=1 à 9:30, écrire à a@b.fr';
    expect(typesetText(text, 'fr')).toBe(text);
    expect(typesetText('Why ? Because : yes', 'en')).toBe('Why ? Because : yes');
    const french = 'Un « essai » : oui ? non !';
    expect(typesetText(french, 'fr')).toHaveLength(french.length);
  });
});

describe('typesetRichText', () => {
  it('typesets across runs and inside lists, each run keeping its length', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'Attention ' },
                    { type: 'text', text: '!', marks: [{ type: 'bold' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(JSON.stringify(typesetRichText(doc, 'fr'))).toContain('"Attention\u202f"');
    expect(typesetRichText(doc, 'en')).toBe(doc);
  });
});
