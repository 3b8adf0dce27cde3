import { diffSequences } from './diff-sequences';
import { isSpaceWithinLine, wordTokens } from './word-tokens';

/** A stretch of compared text: kept as it was, added, or removed. */
export interface WordRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The word-level differences between two texts, in reading order: runs of one kind never touch,
 * and where text was replaced the removed run comes before the added one. Spaces alone between
 * two changes on one line join them: « [-le chat noir-]{+un chien blanc+} » reads as one
 * replacement rather than three.
 */
export function diffWords(before: string, after: string): WordRun[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  const runs: WordRun[] = [];
  let x = 0;
  let y = 0;
  for (const edit of diffSequences(a, b)) {
    if (edit.kind === 'same') {
      runs.push({ kind: 'same', text: a.slice(x, x + edit.count).join('') });
      x += edit.count;
      y += edit.count;
    } else if (edit.kind === 'removed') {
      runs.push({ kind: 'removed', text: a.slice(x, x + edit.count).join('') });
      x += edit.count;
    } else {
      runs.push({ kind: 'added', text: b.slice(y, y + edit.count).join('') });
      y += edit.count;
    }
  }
  return joinChangesAcrossSpaces(startChangesAtWords(runs));
}

/** Whether anything was added or removed. */
export function hasChanges(runs: readonly WordRun[]): boolean {
  return runs.some((run) => run.kind !== 'same');
}

/** A text that is all added (or all removed): a clause that is new, or gone. */
export function wholeText(kind: WordRun['kind'], text: string): WordRun[] {
  return text === '' ? [] : [{ kind, text }];
}

const LEADING_SPACE = /^[^\S\n]+/;

/**
 * « peuvent{+ pas+} publier » and « peuvent {+pas +}publier » are the same edit; the second reads
 * as a word added. A lone addition or removal that starts with the space its right neighbour
 * starts with slides one space to the right.
 */
function startChangesAtWords(runs: readonly WordRun[]): WordRun[] {
  const result = runs.map((run) => ({ ...run }));
  result.forEach((change, index) => {
    const before = result[index - 1];
    const after = result[index + 1];
    if (change.kind === 'same' || before?.kind !== 'same' || after?.kind !== 'same') return;
    const space = LEADING_SPACE.exec(change.text)?.[0];
    if (space === undefined || LEADING_SPACE.exec(after.text)?.[0] !== space) return;
    before.text += space;
    change.text = change.text.slice(space.length) + space;
    after.text = after.text.slice(space.length);
  });
  return result.filter((run) => run.text !== '');
}

function joinChangesAcrossSpaces(runs: readonly WordRun[]): WordRun[] {
  const result: WordRun[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed !== '') result.push({ kind: 'removed', text: removed });
    if (added !== '') result.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  runs.forEach((run, index) => {
    const changeBefore = removed !== '' || added !== '';
    const changeAfter = runs[index + 1] !== undefined && runs[index + 1]?.kind !== 'same';
    if (run.kind === 'same' && changeBefore && changeAfter && isSpaceWithinLine(run.text)) {
      removed += run.text;
      added += run.text;
    } else if (run.kind === 'removed') removed += run.text;
    else if (run.kind === 'added') added += run.text;
    else {
      flush();
      result.push(run);
    }
  });
  flush();
  return result;
}
