import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../export/docx-export';
import { commentedProject, REVIEW } from '../review/test-support/commented-project';
import { sampleProject } from '../review/test-support/sample-project';
import type { WordComment } from '../review/word-comment';
import { DOCX_LIMITS } from './read-docx-parts';
import { readWordComments } from './read-word-comments';

describe('readWordComments', () => {
  let comments: WordComment[] = [];
  beforeAll(async () => {
    const docx = await exportDocx(await commentedProject(), { includeComments: true });
    comments = readWordComments(docx, 'relecture.docx');
  });

  it('reads each comment with its author, date, text and the passage it covers', () => {
    expect(comments[0]).toEqual({
      id: '0',
      author: REVIEW.legal.name,
      date: '2026-03-02T10:01:00.000Z',
      text: REVIEW.stagiaires.text,
      quote: 'les stagiaires',
      before: expect.stringMatching(/quel que soit leur contrat, ainsi que $/),
      after: expect.stringMatching(/^ et les intérimaires/),
      // As Word shows it: the export numbers clause titles.
      heading: '2.1 À qui s’adresse la charte',
      done: false,
    });
    expect(comments.map((comment) => [comment.author, comment.quote])).toEqual([
      [REVIEW.legal.name, 'les stagiaires'],
      [REVIEW.hr.name, 'les stagiaires'],
      ['Anonyme', 'télétravail'],
      [REVIEW.legal.name, 'chez Atelier Pixel'],
      [REVIEW.legal.name, 'À qui s’adresse la charte'],
    ]);
  });

  it('knows a reply by its parent (commentsExtended)', () => {
    expect(comments[1]).toMatchObject({ text: REVIEW.reply, parentId: '0' });
    expect(comments.filter((comment) => comment.parentId !== undefined)).toHaveLength(1);
  });

  it('keeps a comment’s paragraphs as lines', () => {
    expect(comments[4]?.text).toMatch(
      new RegExp(`^${REVIEW.orphan.text}\\n\\[Passage introuvable`),
    );
  });

  it('gives nothing for a document without comments', async () => {
    expect(readWordComments(await exportDocx(await sampleProject()), 'a.docx')).toEqual([]);
  });
});

describe('readWordComments refuses what is not a safe .docx, in one sentence', () => {
  const refusal = (bytes: Uint8Array) => {
    try {
      readWordComments(bytes, 'relu.docx');
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('nothing was refused');
  };

  it('not a zip', () => {
    expect(refusal(strToU8('Bonjour, voici mes remarques.'))).toBe(
      'relu.docx is not a Word document (.docx): it cannot be unzipped. Open it in Word or LibreOffice and save it as .docx.',
    );
  });

  it('a zip without word/document.xml', () => {
    expect(refusal(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toBe(
      'relu.docx has no word/document.xml, so it is not a Word document. Open it in Word or LibreOffice and save it as .docx.',
    );
  });

  it('an entry larger than the limit, before inflating it', () => {
    const big = new Uint8Array(DOCX_LIMITS.entryBytes + 1).fill(32);
    expect(refusal(zipSync({ 'word/document.xml': big }))).toMatch(
      /^relu\.docx is too large to read: .* remove pictures or attachments from it\.$/,
    );
  });
});
