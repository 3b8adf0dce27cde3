/** A stretch of a sequence diff: items both sides share, or items only one side has. */
export interface SequenceEdit {
  kind: 'same' | 'removed' | 'added';
  count: number;
}

/**
 * A shortest edit script from `before` to `after` (items compared with ===): Myers' O(ND)
 * algorithm in its linear-space form, which finds the middle snake of the edit path and splits
 * the problem there ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b). Time
 * grows with the size of the texts times the size of the change, memory with the texts only, so
 * a long clause rewritten from end to end costs no more memory than one typo.
 *
 * Edits come in order; neighbours never share a kind. Within a change, removals come first.
 */
export function diffSequences<T>(before: readonly T[], after: readonly T[]): SequenceEdit[] {
  const edits: SequenceEdit[] = [];
  diffRange(before, 0, before.length, after, 0, after.length, edits);
  return normalized(edits);
}

/** Appends the edits turning before[aStart, aEnd) into after[bStart, bEnd). */
function diffRange<T>(
  before: readonly T[],
  aStart: number,
  aEnd: number,
  after: readonly T[],
  bStart: number,
  bEnd: number,
  edits: SequenceEdit[],
): void {
  let prefix = 0;
  while (
    aStart + prefix < aEnd &&
    bStart + prefix < bEnd &&
    before[aStart + prefix] === after[bStart + prefix]
  ) {
    prefix += 1;
  }
  let suffix = 0;
  while (
    aEnd - suffix > aStart + prefix &&
    bEnd - suffix > bStart + prefix &&
    before[aEnd - suffix - 1] === after[bEnd - suffix - 1]
  ) {
    suffix += 1;
  }
  edits.push({ kind: 'same', count: prefix });
  const from = { start: aStart + prefix, end: aEnd - suffix };
  const to = { start: bStart + prefix, end: bEnd - suffix };
  const removed = from.end - from.start;
  const added = to.end - to.start;
  if (removed === 0 || added === 0) {
    edits.push({ kind: 'removed', count: removed }, { kind: 'added', count: added });
  } else {
    const split = middleSnake(before, from.start, removed, after, to.start, added);
    if (split === undefined) {
      edits.push({ kind: 'removed', count: removed }, { kind: 'added', count: added });
    } else {
      diffRange(
        before,
        from.start,
        from.start + split.x,
        after,
        to.start,
        to.start + split.y,
        edits,
      );
      diffRange(before, from.start + split.x, from.end, after, to.start + split.y, to.end, edits);
    }
  }
  edits.push({ kind: 'same', count: suffix });
}

/**
 * Where the forward and backward searches for a shortest path meet, relative to the ranges'
 * starts: splitting there keeps the whole path shortest. Both ranges are non-empty and differ at
 * both ends. Undefined only when they share nothing, which the caller writes as one change.
 */
function middleSnake<T>(
  before: readonly T[],
  aStart: number,
  n: number,
  after: readonly T[],
  bStart: number,
  m: number,
): { x: number; y: number } | undefined {
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  // Two spare cells: the searches read one diagonal beyond the widest they write.
  const size = 2 * maxD + 2;
  // forward[k]: furthest x on diagonal k (y = x - k) from the start; backward: from the end.
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  // With an odd delta the paths can only meet after a forward step, with an even one after a
  // backward step.
  const meetForward = delta % 2 !== 0;
  // Diagonals that ran off the grid stop being searched.
  let forwardStart = 0;
  let forwardEnd = 0;
  let backwardStart = 0;
  let backwardEnd = 0;
  const equal = (x: number, y: number) => before[aStart + x] === after[bStart + y];

  for (let d = 0; d < maxD; d += 1) {
    for (let k = -d + forwardStart; k <= d - forwardEnd; k += 2) {
      const at = offset + k;
      let x = oneEditFurther(forward, at, k, d);
      let y = x - k;
      while (x < n && y < m && equal(x, y)) {
        x += 1;
        y += 1;
      }
      forward[at] = x;
      if (x > n) forwardEnd += 2;
      else if (y > m) forwardStart += 2;
      else if (meetForward) {
        const opposite = offset + delta - k;
        const backwardX = backward[opposite] ?? -1;
        if (backwardX !== -1 && x >= n - backwardX) return { x, y };
      }
    }
    for (let k = -d + backwardStart; k <= d - backwardEnd; k += 2) {
      const at = offset + k;
      let x = oneEditFurther(backward, at, k, d);
      let y = x - k;
      while (x < n && y < m && equal(n - x - 1, m - y - 1)) {
        x += 1;
        y += 1;
      }
      backward[at] = x;
      if (x > n) backwardEnd += 2;
      else if (y > m) backwardStart += 2;
      else if (!meetForward) {
        const opposite = offset + delta - k;
        const forwardX = forward[opposite] ?? -1;
        if (forwardX !== -1 && forwardX >= n - x) {
          return { x: forwardX, y: forwardX - (opposite - offset) };
        }
      }
    }
  }
  return undefined;
}

/**
 * The furthest x a path with one more edit reaches on diagonal k, before its snake: down from
 * diagonal k + 1 (an addition) or right from diagonal k - 1 (a removal), whichever went further.
 */
function oneEditFurther(furthest: Int32Array, at: number, k: number, d: number): number {
  const onLower = furthest[at - 1] ?? -1;
  const onHigher = furthest[at + 1] ?? -1;
  return k === -d || (k !== d && onLower < onHigher) ? onHigher : onLower + 1;
}

/** Drops empty edits, joins neighbours of one kind, and puts removals before additions. */
function normalized(edits: readonly SequenceEdit[]): SequenceEdit[] {
  const result: SequenceEdit[] = [];
  let removed = 0;
  let added = 0;
  const flushChange = () => {
    if (removed > 0) result.push({ kind: 'removed', count: removed });
    if (added > 0) result.push({ kind: 'added', count: added });
    removed = 0;
    added = 0;
  };
  for (const edit of edits) {
    if (edit.count === 0) continue;
    if (edit.kind === 'removed') removed += edit.count;
    else if (edit.kind === 'added') added += edit.count;
    else {
      flushChange();
      const last = result.at(-1);
      if (last?.kind === 'same') last.count += edit.count;
      else result.push({ ...edit });
    }
  }
  flushChange();
  return result;
}
