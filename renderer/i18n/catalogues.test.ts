import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { interpolate } from './interpolate';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('give every English message the same placeholders as the French one', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('keep French typography: a no-break space before « : ; ! ? » and inside guillemets', () => {
    for (const [key, message] of Object.entries(fr)) {
      expect(message, key).not.toMatch(/ [:;!?]|« | »/);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(interpolate('Étape {current} sur {total}', { current: 2, total: 5 })).toBe(
      'Étape 2 sur 5',
    );
    expect(interpolate('Bonjour {name}', {})).toBe('Bonjour {name}');
  });
});
