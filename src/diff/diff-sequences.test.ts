import { describe, expect, it } from 'vitest';
import { diffSequences, type SequenceEdit } from './diff-sequences';

/** A small deterministic generator: the same cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Replays the edits: kept and added items must give `after`, kept and removed ones `before`. */
function replay<T>(before: readonly T[], after: readonly T[], edits: readonly SequenceEdit[]) {
  const kept: T[] = [];
  const rebuiltBefore: T[] = [];
  const rebuiltAfter: T[] = [];
  let x = 0;
  let y = 0;
  for (const edit of edits) {
    if (edit.kind === 'same') {
      const items = before.slice(x, x + edit.count);
      expect(items).toEqual(after.slice(y, y + edit.count));
      kept.push(...items);
      rebuiltBefore.push(...items);
      rebuiltAfter.push(...items);
      x += edit.count;
      y += edit.count;
    } else if (edit.kind === 'removed') {
      rebuiltBefore.push(...before.slice(x, x + edit.count));
      x += edit.count;
    } else {
      rebuiltAfter.push(...after.slice(y, y + edit.count));
      y += edit.count;
    }
  }
  return { kept, rebuiltBefore, rebuiltAfter };
}

/** The length of a longest common subsequence, the slow and obvious way. */
function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    let diagonal = 0;
    b.forEach((other, j) => {
      const above = row[j + 1] ?? 0;
      row[j + 1] = item === other ? diagonal + 1 : Math.max(above, row[j] ?? 0);
      diagonal = above;
    });
  }
  return row[b.length] ?? 0;
}

describe('diffSequences', () => {
  it('finds the shortest edit script of the Myers paper’s example', () => {
    const edits = diffSequences([...'ABCABBA'], [...'CBABAC']);
    expect(edits).toEqual([
      { kind: 'removed', count: 1 },
      { kind: 'added', count: 1 },
      { kind: 'same', count: 1 },
      { kind: 'removed', count: 1 },
      { kind: 'same', count: 2 },
      { kind: 'removed', count: 1 },
      { kind: 'same', count: 1 },
      { kind: 'added', count: 1 },
    ]);
  });

  it('keeps identical sequences whole, and says nothing about two empty ones', () => {
    expect(diffSequences([1, 2, 3], [1, 2, 3])).toEqual([{ kind: 'same', count: 3 }]);
    expect(diffSequences([], [])).toEqual([]);
  });

  it('adds everything to an empty sequence, and removes everything to make one', () => {
    expect(diffSequences([], ['a', 'b'])).toEqual([{ kind: 'added', count: 2 }]);
    expect(diffSequences(['a', 'b'], [])).toEqual([{ kind: 'removed', count: 2 }]);
  });

  it('writes sequences with nothing in common as one replacement', () => {
    expect(diffSequences(['a', 'b'], ['c', 'd', 'e'])).toEqual([
      { kind: 'removed', count: 2 },
      { kind: 'added', count: 3 },
    ]);
  });

  it('keeps a longest common subsequence of random sequences, and rebuilds both', () => {
    const next = random(7);
    for (let round = 0; round < 600; round += 1) {
      const alphabet = 1 + Math.floor(next() * 5);
      const draw = () =>
        Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * alphabet));
      const before = draw();
      const after = draw();
      const edits = diffSequences(before, after);
      const { kept, rebuiltBefore, rebuiltAfter } = replay(before, after, edits);
      expect(rebuiltBefore).toEqual(before);
      expect(rebuiltAfter).toEqual(after);
      expect(kept).toHaveLength(lcsLength(before, after));
      edits.forEach((edit, index) => {
        expect(edit.count).toBeGreaterThan(0);
        const previous = edits[index - 1];
        expect(previous?.kind).not.toBe(edit.kind);
        if (edit.kind === 'removed') expect(previous?.kind).not.toBe('added');
      });
    }
  });

  it('compares a hundred pages of words with scattered edits', () => {
    const next = random(11);
    const words = Array.from({ length: 80_000 }, () => `w${Math.floor(next() * 3000)}`);
    const edited = [...words];
    for (let edit = 0; edit < 60; edit += 1) {
      const at = Math.floor(next() * edited.length);
      if (edit % 3 === 0) edited.splice(at, 1);
      else if (edit % 3 === 1) edited.splice(at, 0, 'inserted');
      else edited[at] = 'replaced';
    }
    const edits = diffSequences(words, edited);
    const { rebuiltBefore, rebuiltAfter } = replay(words, edited, edits);
    expect(rebuiltBefore).toEqual(words);
    expect(rebuiltAfter).toEqual(edited);
    const changed = edits
      .filter((edit) => edit.kind !== 'same')
      .reduce((sum, edit) => sum + edit.count, 0);
    // 20 removals, 20 insertions and 20 replacements (one removed and one added word each).
    expect(changed).toBeLessThanOrEqual(80);
  });

  it('compares a long clause rewritten from end to end, sharing only its spaces', () => {
    // The costly case: an edit script as long as both texts. Memory stays linear.
    const words = (prefix: string) =>
      Array.from({ length: 5_000 }, (_, index) => [`${prefix}${index}`, ' ']).flat();
    const before = words('a');
    const after = words('b');
    const edits = diffSequences(before, after);
    const { kept, rebuiltBefore, rebuiltAfter } = replay(before, after, edits);
    expect(rebuiltBefore).toEqual(before);
    expect(rebuiltAfter).toEqual(after);
    expect(kept).toHaveLength(5_000);
  });
});
