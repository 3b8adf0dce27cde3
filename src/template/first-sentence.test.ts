import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence';

describe('firstSentence', () => {
  it('stops at the end of the first sentence, whatever its punctuation', () => {
    expect(firstSentence('Publiez avec soin. Relisez-vous.', 'fr')).toBe('Publiez avec soin.');
    expect(firstSentence('Pourquoi une charte ? Pour vous aider.', 'fr')).toBe(
      'Pourquoi une charte ?',
    );
    expect(firstSentence('Think first! Then post.', 'en')).toBe('Think first!');
  });

  it('reads on past abbreviations that end with a full stop', () => {
    expect(firstSentence('Voir l’art. L1121-1 du Code du travail. Ensuite…', 'fr')).toBe(
      'Voir l’art. L1121-1 du Code du travail.',
    );
    expect(firstSentence('Ask Mr. Smith, e.g. by e-mail. Or call.', 'en')).toBe(
      'Ask Mr. Smith, e.g. by e-mail.',
    );
  });

  it('collapses white space, line breaks included, but keeps no-break spaces', () => {
    expect(firstSentence('Pourquoi\u00a0?  Pour vous.', 'fr')).toBe('Pourquoi\u00a0?');
    expect(firstSentence('  En déplacement,\névitez   le Wi-Fi public.  Ensuite.', 'fr')).toBe(
      'En déplacement, évitez le Wi-Fi public.',
    );
  });

  it('keeps text without an end mark whole, and gives nothing for nothing', () => {
    expect(firstSentence('Une phrase sans point', 'fr')).toBe('Une phrase sans point');
    expect(firstSentence(' \n ', 'fr')).toBe('');
  });
});
