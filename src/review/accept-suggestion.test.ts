import { beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../model/project';
import type { RichTextDoc } from '../model/rich-text';
import {
  bold,
  bullets,
  doc,
  item,
  italic,
  p,
  text,
} from '../rich-text/test-support/rich-text-builders';
import { acceptSuggestion } from './accept-suggestion';
import { anchorComments } from './anchor-comments';
import { anchorText } from './anchor-text';
import { createComment, type NewComment } from './create-comment';
import { makeReviewCopy } from './make-review-copy';
import { rejectSuggestion } from './reject-suggestion';
import { sampleProject, withClauseBody } from './test-support/sample-project';

const CLAUSE = 'scope.sites';
const SUGGESTED = '2026-03-02T10:00:00.000Z';
const NOW = '2026-03-03T10:00:00.000Z';
const LEGAL = { name: 'Claire Martin', role: 'legal' as const };

let base: Project;
beforeAll(async () => {
  base = await sampleProject();
});

/** The sample charter with CLAUSE's text `body` and a suggestion on it. */
function suggested(
  body: RichTextDoc,
  quote: string,
  suggestion: string,
  more: Partial<NewComment> = {},
): Project {
  return createComment(withClauseBody(base, CLAUSE, body), {
    clauseId: CLAUSE,
    quote,
    text: '',
    suggestion,
    author: LEGAL,
    now: SUGGESTED,
    id: 's1',
    ...more,
  }).project;
}

function bodyOf(project: Project, clauseId = CLAUSE): RichTextDoc | undefined {
  return project.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId)?.body;
}

const PRUDENT = doc(p(text('Soyez '), bold('très prudents'), text(' en ligne.')));

describe('acceptSuggestion', () => {
  it('rewords the passage, decides, resolves, re-anchors and records it', () => {
    const accepted = acceptSuggestion(suggested(PRUDENT, 'très', 'bien'), {
      commentId: 's1',
      now: NOW,
      actor: 'Inès Bernard',
    });
    // The new words take the marks of the first one replaced: bold here.
    expect(bodyOf(accepted)).toEqual(
      doc(p(text('Soyez '), bold('bien prudents'), text(' en ligne.'))),
    );
    expect(accepted.comments[0]).toMatchObject({
      suggestion: { text: 'bien', decision: { status: 'accepted', at: NOW, by: 'Inès Bernard' } },
      status: 'resolved',
      statusChangedAt: NOW,
      anchor: { exact: 'bien', prefix: 'Soyez ', suffix: ' prudents en ligne.', offset: 6 },
    });
    expect(anchorComments(accepted)).toMatchObject([{ status: 'anchored', offset: 6, length: 4 }]);
    expect(accepted.meta.updatedAt).toBe(NOW);
    expect(accepted.history.at(-1)).toEqual({
      at: NOW,
      kind: 'edited',
      actor: 'Inès Bernard',
      fact: {
        type: 'suggestion-accepted',
        author: 'Claire Martin',
        clause: CLAUSE,
        before: 'très',
        after: 'bien',
      },
    });
    expect(Project.parse(accepted)).toEqual(accepted);
  });

  it('rewords across text nodes with different marks, keeping the others, for no one named', () => {
    const body = doc(p(italic('Soyez '), bold('très prudents'), text(' en ligne.')));
    const accepted = acceptSuggestion(suggested(body, 'Soyez très', 'Restez'), {
      commentId: 's1',
      now: NOW,
      actor: ' ',
    });
    expect(bodyOf(accepted)).toEqual(
      doc(p(italic('Restez'), bold(' prudents'), text(' en ligne.'))),
    );
    expect(accepted.history.at(-1)).not.toHaveProperty('actor');
    expect(accepted.comments[0]?.suggestion?.decision).toEqual({ status: 'accepted', at: NOW });
  });

  it('rewords a list item, and only the occurrence the comment is anchored on', () => {
    const body = doc(
      p(text('Le mot juste.')),
      bullets(item(p(text('un mot'))), item(p(text('le mot de la fin')))),
    );
    const near = anchorText(body).lastIndexOf('mot');
    const accepted = acceptSuggestion(suggested(body, 'mot', 'terme', { near }), {
      commentId: 's1',
      now: NOW,
    });
    expect(bodyOf(accepted)).toEqual(
      doc(
        p(text('Le mot juste.')),
        bullets(item(p(text('un mot'))), item(p(text('le terme de la fin')))),
      ),
    );
  });

  it('deletes the passage for an empty suggestion, and anchors on where it was', () => {
    const accepted = acceptSuggestion(suggested(PRUDENT, 'très prudents en', ''), {
      commentId: 's1',
      now: NOW,
    });
    expect(bodyOf(accepted)).toEqual(doc(p(text('Soyez  ligne.'))));
    expect(accepted.comments[0]?.anchor).toMatchObject({ exact: '', prefix: 'Soyez ', offset: 6 });
    expect(accepted.history.at(-1)?.fact).toMatchObject({ before: 'très prudents en', after: '' });
  });

  it('rewords the passage where it is now, after the text around it and in it was edited', () => {
    const before = suggested(
      doc(p(text('Soyez très prudents avec vos publications.'))),
      'très prudents avec vos publications',
      'attentifs à vos publications',
    );
    const edited = withClauseBody(
      before,
      CLAUSE,
      doc(p(text('En toute occasion, soyez très prudents avec toutes vos publications.'))),
    );
    expect(anchorComments(edited)).toMatchObject([{ status: 'moved', clauseId: CLAUSE }]);
    const accepted = acceptSuggestion(edited, { commentId: 's1', now: NOW });
    expect(bodyOf(accepted)).toEqual(
      doc(p(text('En toute occasion, soyez attentifs à vos publications.'))),
    );
    expect(accepted.history.at(-1)?.fact).toMatchObject({
      before: 'très prudents avec toutes vos publications',
      after: 'attentifs à vos publications',
    });
  });

  it('refuses when the passage is gone or now runs across paragraphs, and edits nothing', () => {
    const project = suggested(PRUDENT, 'très prudents', 'bien prudents');
    const gone = withClauseBody(project, CLAUSE, doc(p(text('Tout autre chose ici.'))));
    expect(() => acceptSuggestion(gone, { commentId: 's1', now: NOW })).toThrow(
      /passage that suggestion "s1" rewords is gone from the charter: edit the clause by hand/,
    );
    const split = withClauseBody(project, CLAUSE, doc(p(text('Soyez très')), p(text('prudents.'))));
    expect(() => acceptSuggestion(split, { commentId: 's1', now: NOW })).toThrow(
      /now runs across paragraphs of clause "scope\.sites"/,
    );
    for (const [changed, reason] of [
      [gone, 'passage-gone'],
      [split, 'several-paragraphs'],
    ] as const) {
      expect(() => acceptSuggestion(changed, { commentId: 's1', now: NOW })).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ reason }) }),
      );
    }
  });

  it('refuses a decided suggestion, a plain comment and a review copy', () => {
    const project = suggested(PRUDENT, 'très', 'bien');
    const accepted = acceptSuggestion(project, { commentId: 's1', now: NOW });
    expect(() => acceptSuggestion(accepted, { commentId: 's1', now: NOW })).toThrow(
      `The suggestion "s1" was already accepted on ${NOW}; a decision is final.`,
    );
    const rejected = rejectSuggestion(project, {
      commentId: 's1',
      reply: { text: 'Non.', author: LEGAL },
      now: NOW,
    });
    expect(() => acceptSuggestion(rejected, { commentId: 's1', now: NOW })).toThrow(
      /already rejected/,
    );
    const plain = createComment(project, {
      clauseId: CLAUSE,
      quote: 'prudents',
      text: 'Pourquoi ?',
      author: LEGAL,
      now: NOW,
      id: 'c2',
    }).project;
    expect(() => acceptSuggestion(plain, { commentId: 'c2', now: NOW })).toThrow(
      'Comment "c2" suggests no new wording',
    );
    expect(() => acceptSuggestion(plain, { commentId: 'nope', now: NOW })).toThrow(
      'There is no comment "nope" in this charter.',
    );
    const copy = makeReviewCopy(project, { id: 'copy', now: NOW });
    expect(() => acceptSuggestion(copy, { commentId: 's1', now: NOW })).toThrow(
      /in the charter itself/,
    );
  });
});
