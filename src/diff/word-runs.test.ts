import { describe, expect, it } from 'vitest';
import { textAfter, textBefore } from './test-support/rebuild-texts';
import { diffWords, hasChanges, wholeText } from './word-runs';
import { wordTokens } from './word-tokens';

describe('wordTokens', () => {
  it('cuts words, spaces, line breaks and each punctuation mark apart', () => {
    expect(wordTokens('Les salariés  de l’entreprise,\n\n1. ok')).toEqual([
      'Les',
      ' ',
      'salariés',
      '  ',
      'de',
      ' ',
      'l',
      '’',
      'entreprise',
      ',',
      '\n\n',
      '1',
      '.',
      ' ',
      'ok',
    ]);
  });
});

describe('diffWords', () => {
  it('shows added words as words, with the space that follows them', () => {
    expect(
      diffWords('Les salariés peuvent publier.', 'Les salariés ne peuvent pas publier.'),
    ).toEqual([
      { kind: 'same', text: 'Les salariés ' },
      { kind: 'added', text: 'ne ' },
      { kind: 'same', text: 'peuvent ' },
      { kind: 'added', text: 'pas ' },
      { kind: 'same', text: 'publier.' },
    ]);
  });

  it('shows removed words the same way', () => {
    expect(diffWords('Ne publiez jamais rien.', 'Ne publiez rien.')).toEqual([
      { kind: 'same', text: 'Ne publiez ' },
      { kind: 'removed', text: 'jamais ' },
      { kind: 'same', text: 'rien.' },
    ]);
  });

  it('reads several replaced words in a row as one replacement', () => {
    expect(diffWords('le chat noir dort', 'un chien blanc dort')).toEqual([
      { kind: 'removed', text: 'le chat noir' },
      { kind: 'added', text: 'un chien blanc' },
      { kind: 'same', text: ' dort' },
    ]);
  });

  it('shows a changed punctuation mark alone', () => {
    expect(diffWords('Bonjour, le monde.', 'Bonjour\u202f; le monde.')).toEqual([
      { kind: 'same', text: 'Bonjour' },
      { kind: 'removed', text: ',' },
      { kind: 'added', text: '\u202f;' },
      { kind: 'same', text: ' le monde.' },
    ]);
  });

  it('keeps changes in two paragraphs apart', () => {
    expect(diffWords('Un mot.\n\nDeux mots ici.', 'Un mot changé.\n\nTrois mots ici.')).toEqual([
      { kind: 'same', text: 'Un mot' },
      { kind: 'added', text: ' changé' },
      { kind: 'same', text: '.\n\n' },
      { kind: 'removed', text: 'Deux' },
      { kind: 'added', text: 'Trois' },
      { kind: 'same', text: ' mots ici.' },
    ]);
  });

  it('says nothing changed in identical texts, and nothing at all about empty ones', () => {
    expect(diffWords('Rien ne change.', 'Rien ne change.')).toEqual([
      { kind: 'same', text: 'Rien ne change.' },
    ]);
    expect(hasChanges(diffWords('Rien ne change.', 'Rien ne change.'))).toBe(false);
    expect(diffWords('', '')).toEqual([]);
  });

  it('adds a whole text to an empty one, and removes it all to empty it', () => {
    expect(diffWords('', 'Tout est neuf.')).toEqual([{ kind: 'added', text: 'Tout est neuf.' }]);
    expect(diffWords('Tout part.', '')).toEqual([{ kind: 'removed', text: 'Tout part.' }]);
    expect(wholeText('added', 'Tout est neuf.')).toEqual(diffWords('', 'Tout est neuf.'));
    expect(wholeText('removed', '')).toEqual([]);
  });

  it('rebuilds both texts from the runs, whatever the edits', () => {
    const vocabulary = ['le', 'la', 'salarié', 'publie', ',', '.', ' ', ' ', '\n\n', 'ne', 'pas'];
    let state = 3;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const draw = () =>
      Array.from(
        { length: Math.floor(next() * 30) },
        () => vocabulary[Math.floor(next() * vocabulary.length)],
      ).join('');
    for (let round = 0; round < 500; round += 1) {
      const before = draw();
      const after = next() < 0.2 ? before : draw();
      const runs = diffWords(before, after);
      expect(textBefore(runs)).toBe(before);
      expect(textAfter(runs)).toBe(after);
      expect(hasChanges(runs)).toBe(before !== after);
      runs.forEach((run, index) => {
        expect(run.text).not.toBe('');
        expect(runs[index - 1]?.kind).not.toBe(run.kind);
        if (run.kind === 'removed') expect(runs[index - 1]?.kind).not.toBe('added');
      });
    }
  });
});
