import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/project';
import { commentedProject, REVIEW } from '../review/test-support/commented-project';
import { exportDocx } from './docx-export';
import { EXPORT_LABELS } from './export-labels';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const hasPandoc = requireTool('pandoc');
const hasLibreOffice = requireTool('soffice');
let project: Project;
let folder = '';
let docx = '';

beforeAll(async () => {
  project = await commentedProject();
  folder = await mkdtemp(join(tmpdir(), 'charter-docx-comments-'));
  docx = join(folder, 'relecture.docx');
  await writeFile(docx, await exportDocx(project, { includeComments: true }));
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** The package's parts but the one that holds the time of the export. */
function timelessParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes, { filter: ({ name }) => name !== 'docProps/core.xml' });
  return Object.fromEntries(
    Object.entries(parts).map(([name, data]) => [name, new TextDecoder('latin1').decode(data)]),
  );
}

describe('exportDocx without includeComments', () => {
  it('writes the same document as for a charter without comments', async () => {
    const withComments = timelessParts(await exportDocx(project));
    expect(withComments).toEqual(timelessParts(await exportDocx({ ...project, comments: [] })));
    expect(Object.keys(withComments).filter((name) => name.includes('comments'))).toEqual([]);
  });
});

describe.skipIf(!hasPandoc)('exportDocx with comments, read by pandoc', () => {
  let markdown = '';
  beforeAll(async () => {
    markdown = await runTool('pandoc', [
      ...['--from', 'docx', '--to', 'gfm', '--track-changes=all', '--wrap', 'none', docx],
    ]);
  });

  /** Each comment as pandoc shows it: author, text, and the passage between its start and end. */
  const comments = () =>
    [
      ...markdown.matchAll(
        /<span class="comment-start" id="(\d+)" author="([^"]*)"[^>]*>(.*?)<\/span>/g,
      ),
    ].map((match) => {
      const from = (match.index ?? 0) + match[0].length;
      const to = markdown.indexOf(`<span class="comment-end" id="${match[1]}">`, from);
      const passage = markdown
        .slice(from, to)
        .replace(/<span class="comment-start".*?<\/span>|<\/?span[^>]*>/g, '');
      return { author: match[2], text: match[3], passage };
    });

  it('puts each open comment around exactly its passage, with its author', () => {
    expect(comments()).toEqual(
      expect.arrayContaining([
        { author: REVIEW.legal.name, text: REVIEW.stagiaires.text, passage: 'les stagiaires' },
        { author: REVIEW.hr.name, text: REVIEW.reply, passage: 'les stagiaires' },
        { author: 'Anonyme', text: REVIEW.remote.text, passage: 'télétravail' },
      ]),
    );
  });

  it('splits runs at the range and keeps their bold', () => {
    expect(markdown).toContain(
      `${REVIEW.company.text}</span>chez **Atelier Pixel**<span class="comment-end" id="3"></span> **& Plume**`,
    );
  });

  it('puts a comment whose passage is gone on its clause title, with its quote', () => {
    const note = EXPORT_LABELS.fr.passageNotFound(REVIEW.orphan.quote).replace(/[[\]]/g, '\\$&');
    expect(comments()).toContainEqual({
      author: REVIEW.legal.name,
      text: `${REVIEW.orphan.text} ¶ ${note}`,
      passage: 'À qui s’adresse la charte',
    });
    expect(markdown).toMatch(/^## \d+\.\d+ <span class="comment-start" id="4"/m);
  });

  it('leaves resolved threads out', () => {
    expect(markdown).not.toContain(REVIEW.resolved.text);
    expect(comments()).toHaveLength(5);
  });
});

describe.skipIf(!hasLibreOffice)('exportDocx with comments, opened by LibreOffice', () => {
  it('reads every comment as an annotation on its passage', async () => {
    await runTool('soffice', [
      '--headless',
      `-env:UserInstallation=file://${join(folder, 'libreoffice-profile')}`,
      ...['--convert-to', 'fodt', '--outdir', folder, docx],
    ]);
    const fodt = await readFile(join(folder, 'relecture.fodt'), 'utf8');
    expect(fodt.match(/<office:annotation /g)).toHaveLength(5);
    expect(fodt.match(/<office:annotation-end /g)).toHaveLength(5);
    expect(fodt).toContain(`<dc:creator>${REVIEW.hr.name}</dc:creator>`);
    expect(fodt).toMatch(/<\/office:annotation>télétravail<office:annotation-end /);
  });
});
