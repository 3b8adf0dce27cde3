import { beforeAll, describe, expect, it } from 'vitest';
import { readWordComments } from '../docx/read-word-comments';
import { exportDocx } from '../export/docx-export';
import type { Project } from '../model/project';
import { anchorComments } from './anchor-comments';
import { createComment } from './create-comment';
import { importWordComments } from './import-word-comments';
import { commentedProject, REVIEW } from './test-support/commented-project';
import type { WordComment } from './word-comment';

const NOW = '2026-04-01T08:00:00.000Z';
const options = { role: 'legal', now: NOW, source: 'relu.docx' } as const;
/** « Où elle s’applique » (scope.sites) is the second titled clause of the second article. */
const SITES_NUMBER = '2.2';
let project: Project;
let exported: WordComment[];

beforeAll(async () => {
  project = await commentedProject();
  exported = readWordComments(await exportDocx(project, { includeComments: true }), 'relu.docx');
});

/** A comment as a reviewer adds it in Word, on `quote` with the text around it in the document. */
function added(fields: Partial<WordComment> & Pick<WordComment, 'quote'>): WordComment {
  return {
    id: '90',
    author: 'Maître Durand',
    date: '2026-03-20T14:30:00Z',
    text: 'À reformuler.',
    before: '',
    after: '',
    done: false,
    ...fields,
  };
}

describe('importWordComments', () => {
  it('finds nothing new in the export of the project itself', () => {
    const result = importWordComments(project, exported, options);
    expect(result.project).toBe(project);
    expect(result.report).toEqual({ newComments: 0, newReplies: 0, alreadyThere: 5, notFound: [] });
  });

  it('still knows them once LibreOffice dropped the threads and shifted the time zone', () => {
    const anHourLater = (date: string | undefined) =>
      date && new Date(Date.parse(date) + 3_600_000).toISOString().replace('.000Z', 'Z');
    const flattened = exported.map(({ parentId: _parent, ...comment }) => ({
      ...comment,
      date: anHourLater(comment.date),
    }));
    expect(importWordComments(project, flattened, options).report.alreadyThere).toBe(5);
  });

  it('knows a comment across list items, whose Word text has no list markers', async () => {
    const across = createComment(project, {
      clauseId: 'intro.stakes',
      quote: 'partagés : - une information confidentielle',
      text: 'Trop vague.',
      author: REVIEW.legal,
      now: '2026-03-02T11:00:00.000Z',
    }).project;
    const words = readWordComments(await exportDocx(across, { includeComments: true }), 'a.docx');
    const onList = words.find((word) => word.text === 'Trop vague.');
    expect(onList?.quote).toMatch(/^partagés\s:\nune information confidentielle$/);
    const shifted = words.map((word) => ({ ...word, date: undefined }));
    expect(importWordComments(across, shifted, options).report.alreadyThere).toBe(6);
  });

  it('adds a new comment on its clause and passage, told apart by the text around it', () => {
    const word = added({
      quote: 'en ligne',
      before: 'concernant l’entreprise suscite de vives réactions ',
      after: ' (publication virale, incident',
    });
    const { project: next, report } = importWordComments(project, [...exported, word], options);
    expect(report).toEqual({ newComments: 1, newReplies: 0, alreadyThere: 5, notFound: [] });
    const comment = next.comments.at(-1);
    expect(comment).toMatchObject({
      author: { name: 'Maître Durand', role: 'legal' },
      anonymous: false,
      createdAt: '2026-03-20T14:30:00.000Z',
      text: 'À reformuler.',
      status: 'open',
      anchor: { clauseId: 'brand.crisis.general', exact: 'en ligne' },
    });
    expect(anchorComments(next).at(-1)).toMatchObject({
      status: 'anchored',
      clauseId: 'brand.crisis.general',
    });
    expect(next.history.at(-1)).toEqual({
      at: NOW,
      kind: 'imported',
      fact: {
        type: 'word-comments-imported',
        source: 'relu.docx',
        newComments: 1,
        newReplies: 0,
        alreadyThere: 5,
      },
    });

    const again = importWordComments(next, [...exported, word], { ...options, now: 'x' });
    expect(again.project).toBe(next);
    expect(again.report).toMatchObject({ newComments: 0, alreadyThere: 6 });
  });

  it('gives a comment the same id in every copy it is imported into', () => {
    const word = added({ quote: 'télétravail' });
    const first = importWordComments(project, [word], options).project.comments.at(-1);
    const second = importWordComments(
      { ...project, comments: [] },
      [{ ...word, id: '7' }],
      options,
    ).project.comments.at(-1);
    expect(first?.id).toMatch(/^word-[0-9a-f]{16}$/);
    expect(second?.id).toBe(first?.id);
  });

  it('adds a Word reply to its thread, whether the thread came from the project or not', () => {
    const reply = added({
      id: '91',
      quote: 'les stagiaires',
      parentId: '0',
      text: 'Et les alternants ?',
    });
    const onNew = added({ id: '92', quote: 'en télétravail' });
    const replyToNew = added({ id: '93', quote: '', parentId: '92', text: 'Oui.', author: 'Inès' });
    const { project: next, report } = importWordComments(
      project,
      [...exported, reply, onNew, replyToNew],
      options,
    );
    expect(report).toMatchObject({ newComments: 1, newReplies: 2, alreadyThere: 5 });
    const thread = next.comments.find((comment) => comment.id === 'stagiaires');
    expect(thread?.replies.map((entry) => entry.text)).toEqual([
      REVIEW.reply,
      'Et les alternants ?',
    ]);
    expect(next.comments.at(-1)?.replies).toMatchObject([
      { author: { name: 'Inès', role: 'legal' }, text: 'Oui.' },
    ]);
    expect(importWordComments(next, [reply, onNew, replyToNew], options).project).toBe(next);
  });

  it.each([
    ['its title', 'Où elle s’applique'],
    ['its number and title, as the DOCX export writes it', `${SITES_NUMBER} Où elle s’applique`],
  ])(
    'never drops a comment whose passage is in no clause: the clause under a heading of %s, quote kept, reported',
    (_form, heading) => {
      const word = added({ quote: 'Version 2 · Brouillon', heading });
      const { project: next, report } = importWordComments(project, [word], options);
      expect(report.notFound).toEqual([
        { clauseId: 'scope.sites', author: 'Maître Durand', quote: 'Version 2 · Brouillon' },
      ]);
      expect(anchorComments(next).at(-1)).toMatchObject({
        status: 'orphaned',
        comment: { anchor: { clauseId: 'scope.sites', exact: 'Version 2 · Brouillon' } },
      });
    },
  );

  it.each(['Où elle s’applique', `${SITES_NUMBER} Où elle s’applique`])(
    'takes a comment on a clause title (%s) for one on the whole clause',
    (quote) => {
      const word = added({ quote });
      const { project: next, report } = importWordComments(project, [word], options);
      expect(report.notFound).toEqual([]);
      expect(next.comments.at(-1)?.anchor).toEqual({
        clauseId: 'scope.sites',
        exact: '',
        prefix: '',
        suffix: '',
      });
    },
  );

  it('files a comment without author as anonymous, without date at the time of import, done as resolved', () => {
    const word = added({ quote: 'télétravail', author: undefined, date: undefined, done: true });
    const comment = importWordComments(project, [word], options).project.comments.at(-1);
    expect(comment).toMatchObject({
      anonymous: true,
      author: { name: 'anonymous', role: 'employee' },
      createdAt: NOW,
      status: 'resolved',
      statusChangedAt: NOW,
    });
  });
});
