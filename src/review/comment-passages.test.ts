// The passages are checked against the editor's own schema; the core itself never imports it.
// eslint-disable-next-line no-restricted-imports
import { getSchema } from '@tiptap/core';
// eslint-disable-next-line no-restricted-imports
import { Node } from '@tiptap/pm/model';
// eslint-disable-next-line no-restricted-imports
import StarterKit from '@tiptap/starter-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { bold, doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { anchorComments } from './anchor-comments';
import { anchoredCommentTracker, commentPassages, commentPassageTracker } from './comment-passages';
import { createComment } from './create-comment';
import { setCommentStatus } from './set-comment-status';
import { sampleProject, withClauseBody } from './test-support/sample-project';

const NOW = '2026-03-02T10:00:00.000Z';
const schema = getSchema([StarterKit]);

let project: Project;
beforeAll(async () => {
  project = await sampleProject();
});

function comment(base: Project, clauseId: string, quote: string, id: string): Project {
  return createComment(base, {
    clauseId,
    quote,
    text: 'À revoir.',
    author: { name: 'Claire Martin', role: 'legal' },
    now: NOW,
    id,
  }).project;
}

/** The text an editor built from the clause shows between the passage's positions. */
function shown(target: Project, clauseId: string, from: number, to: number): string {
  const clause = target.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId);
  return Node.fromJSON(schema, clause?.body).textBetween(from, to, ' ');
}

describe('commentPassages', () => {
  it('places each comment on its passage, as the editor holds it', () => {
    const commented = comment(
      comment(project, 'intro.purpose', 'on y apprend', 'c1'),
      'scope.sites',
      'en télétravail',
      'c2',
    );
    const passages = commentPassages(commented);
    const [first] = passages.get('intro.purpose') ?? [];
    const [second] = passages.get('scope.sites') ?? [];
    expect(first).toMatchObject({ commentId: 'c1', status: 'open' });
    expect(second).toMatchObject({ commentId: 'c2', status: 'open' });
    expect(first && shown(commented, 'intro.purpose', first.from, first.to)).toBe('on y apprend');
    expect(second && shown(commented, 'scope.sites', second.from, second.to)).toBe(
      'en télétravail',
    );
  });

  it('follows the passage through edits and marks, and says when it is resolved', () => {
    const edited = withClauseBody(
      project,
      'intro.purpose',
      doc(p(text('Un préambule.')), p(text('Nous voulons '), bold('protéger'), text(' chacun.'))),
    );
    const resolved = setCommentStatus(comment(edited, 'intro.purpose', 'voulons protéger', 'c1'), {
      commentId: 'c1',
      status: 'resolved',
      now: NOW,
    });
    const [passage] = commentPassages(resolved).get('intro.purpose') ?? [];
    expect(passage?.status).toBe('resolved');
    expect(passage && shown(resolved, 'intro.purpose', passage.from, passage.to)).toBe(
      'voulons protéger',
    );
  });

  it('gives an orphaned comment no passage', () => {
    const commented = comment(project, 'intro.purpose', 'on y apprend', 'c1');
    const rewritten = withClauseBody(commented, 'intro.purpose', doc(p(text('Tout autre chose.'))));
    expect(commentPassages(rewritten).size).toBe(0);
  });
});

describe('commentPassageTracker', () => {
  it('finds what commentPassages finds after each edit, redoing only the edited clause', () => {
    const commented = comment(
      comment(
        comment(project, 'intro.purpose', 'on y apprend', 'c1'),
        'scope.sites',
        'en télétravail',
        'c2',
      ),
      'scope.sites',
      'télétravail',
      'c3',
    );
    const track = commentPassageTracker();
    const steps = [
      commented,
      // c1's words move to another clause: found there, though its own clause changed.
      withClauseBody(
        withClauseBody(commented, 'intro.purpose', doc(p(text('Un autre début.')))),
        'scope.sites',
        doc(p(text('Ici on y apprend, en télétravail aussi.'))),
      ),
      // Back where it was, then gone everywhere: placed again, then orphaned.
      commented,
      withClauseBody(commented, 'intro.purpose', doc(p(text('Rien de commun.')))),
    ];
    for (const step of steps) expect(track(step)).toEqual(commentPassages(step));
  });
});

describe('anchoredCommentTracker', () => {
  it('finds what anchorComments finds after each edit, keeping the results of unedited clauses', () => {
    const commented = comment(
      comment(project, 'intro.purpose', 'on y apprend', 'c1'),
      'scope.sites',
      'télétravail',
      'c2',
    );
    const track = anchoredCommentTracker();
    const first = track(commented);
    expect(first).toEqual(anchorComments(commented));

    const moved = withClauseBody(
      withClauseBody(commented, 'intro.purpose', doc(p(text('Un autre début.')))),
      'scope.sites',
      doc(p(text('Ici on y apprend, en télétravail aussi.'))),
    );
    expect(track(moved)).toEqual(anchorComments(moved));

    const edited = withClauseBody(commented, 'intro.purpose', doc(p(text('Rien de commun.'))));
    const again = track(edited);
    expect(again).toEqual(anchorComments(edited));
    expect(again[0]?.status).toBe('orphaned');
    // c2's clause is unchanged since the last call: its result is the very same object.
    expect(track(commented)[1]).toBe(again[1]);
  });
});
