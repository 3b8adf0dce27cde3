import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markPng } from '../branding/test-support/drawn-png';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Project } from '../model/project';
import { createComment } from '../review/create-comment';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { feedbackProject } from '../review/test-support/feedback-project';
import { writeHistory } from '../history/write-history';
import { writeFeedbackSummary } from '../review/write-feedback-summary';
import { createUserDataStore } from '../settings/user-data-store';
import { createFileKeyVault } from '../signoff/file-key-vault';
import { createRecoveryStore } from '../recovery/recovery-store';
import { createProjectLocks } from '../store/project-lock';
import {
  fixtureFiles,
  removeTemplateFolder,
  writeTemplateFolder,
} from '../template/template-fixture';
import { commentedProject, REVIEW } from '../review/test-support/commented-project';
import { createHandlers } from './create-handlers';
import { dispatch } from './dispatch';
import { followEdits } from '../signoff/follow-edits';
import { signOffAll } from '../signoff/test-support/sign-off-steps';
import { withClauseBody } from '../review/test-support/sample-project';

const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
// Only the PDF export needs Chromium; these tests never ask for it.
const noPdf: PdfPrinter = {
  print: () => Promise.reject(new Error('no PDF in these tests')),
};

let folder: string;
let call: (operation: unknown, payload?: unknown) => ReturnType<typeof dispatch>;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-api-'));
  const handlers = createHandlers({
    host: { kind: 'web', appVersion: 'test' },
    templatesDir,
    userData: createUserDataStore(join(folder, 'data')),
    keyVault: createFileKeyVault(join(folder, 'data')),
    recovery: createRecoveryStore(join(folder, 'data')),
    locks: createProjectLocks(),
    pdfPrinter: noPdf,
    now: () => new Date('2026-11-21T09:00:00Z'),
  });
  call = (operation, payload) => dispatch(handlers, operation, payload);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function value<T>(operation: string, payload?: unknown): Promise<T> {
  const result = await call(operation, payload);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('dispatch', () => {
  it('refuses unknown operations and invalid payloads with an error envelope', async () => {
    expect(await call('fs.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const invalid = await call('templates.questions', {
      templateId: 'social-media',
      language: 'de',
    });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!invalid.ok && invalid.error.message).toMatch(/language/);
  });

  it('runs the whole path: create, save, refuse a silent overwrite, reopen, export', async () => {
    const project = await value<{ sections: unknown[] }>('project.create', {
      templateId: 'social-media',
      language: 'fr',
      answers: { 'company.name': 'Société Dupré & Fils <SA>' },
    });
    expect(project.sections.length).toBeGreaterThan(0);

    const path = join(folder, 'charte.charter');
    await value('project.save', { path, project });
    const again = await call('project.save', { path, project });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason: 'exists' } },
    });
    await value('project.save', { path, project, overwrite: true });

    const opened = await value<{ project: { answers: Record<string, unknown> } }>('project.open', {
      path,
    });
    expect(opened.project.answers['company.name']).toBe('Société Dupré & Fils <SA>');
    expect(await value<Array<{ path: string }>>('recent.list')).toEqual([
      expect.objectContaining({ path }),
    ]);

    const yamlPath = join(folder, 'charte.yaml');
    const written = await value<{ bytes: number }>('export.write', {
      project: opened.project,
      format: 'yaml',
      path: yamlPath,
    });
    expect(written.bytes).toBeGreaterThan(100);
    const preview = await value<{ html: string }>('export.preview', { project: opened.project });
    expect(preview.html).toContain('Société Dupré &amp; Fils &lt;SA&gt;');
  });

  it('writes a review copy, then reads back what the reviewer added', async () => {
    const project = await value<Project>('project.create', {
      templateId: 'social-media',
      language: 'fr',
      answers: { 'company.name': 'Dupré' },
    });
    const copyPath = join(folder, 'relecture.charter');
    expect(await value('review.writeCopy', { project, path: copyPath })).toEqual({
      path: copyPath,
    });
    expect(await call('review.writeCopy', { project, path: copyPath })).toMatchObject({
      ok: false,
      error: { details: { reason: 'exists' } },
    });

    // The reviewer comments in their copy, as the app or the CLI would.
    const { project: copy } = await value<{ project: Project }>('project.open', {
      path: copyPath,
    });
    const clause = copy.sections[0]?.clauses[0];
    const quote = clause?.body.content[0]?.type === 'paragraph' && clause.body.content[0].content;
    const firstWords = quote && quote[0]?.type === 'text' ? quote[0].text.slice(0, 12) : '';
    const commented = createComment(copy, {
      clauseId: clause?.id ?? '',
      quote: firstWords,
      text: 'Plus simple ?',
      author: { name: 'Inès', role: 'employee' },
      now: '2026-11-21T10:00:00Z',
    }).project;
    await value('project.save', { path: copyPath, project: commented, overwrite: true });

    const { copies } = await value<{ copies: Project[] }>('review.readCopies', {
      projectId: project.id,
      paths: [copyPath],
    });
    expect(copies.map((returned) => returned.comments.map((comment) => comment.text))).toEqual([
      ['Plus simple ?'],
    ]);
  });

  it('refuses a file that is not a review copy of this charter, naming it', async () => {
    const project = await value<Project>('project.create', {
      templateId: 'social-media',
      language: 'fr',
      answers: { 'company.name': 'Dupré' },
    });
    const path = join(folder, 'autre.charter');
    await value('project.save', { path, project });
    const result = await call('review.readCopies', { projectId: project.id, paths: [path] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toMatch(/^autre\.charter is not a review copy/);
  });

  it('writes the feedback summary, never over a file unasked', async () => {
    const project = await feedbackProject();
    const path = join(folder, 'retours.md');
    const written = await value<{ path: string; bytes: number }>('feedback.write', {
      project,
      format: 'md',
      path,
    });
    const markdown = writeFeedbackSummary(project, 'md');
    expect(written).toEqual({ path, bytes: Buffer.byteLength(markdown) });
    expect(await readFile(path, 'utf8')).toBe(markdown);
    expect(await call('feedback.write', { project, format: 'yaml', path })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason: 'exists' } },
    });
    await value('feedback.write', { project, format: 'yaml', path, overwrite: true });
    expect(await readFile(path, 'utf8')).toBe(writeFeedbackSummary(project, 'yaml'));
  });

  it('writes the audit trail in the charter’s language, never over a file unasked', async () => {
    const project = await feedbackProject();
    const path = join(folder, 'journal.csv');
    const written = await value<{ path: string; bytes: number }>('history.write', {
      project,
      format: 'csv',
      path,
    });
    const csv = writeHistory(project, 'csv');
    expect(csv).toContain('Création de la charte');
    expect(written).toEqual({ path, bytes: Buffer.byteLength(csv) });
    expect(await readFile(path, 'utf8')).toBe(csv);
    expect(await call('history.write', { project, format: 'md', path })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason: 'exists' } },
    });
    expect(await readFile(path, 'utf8')).toBe(csv);
  });

  it('says which of an export’s files are there already, a folder not being one', async () => {
    await writeFile(join(folder, 'charte.pdf'), '%PDF-1.7\n');
    await mkdir(join(folder, 'charte.docx'));
    const paths = ['charte.pdf', 'charte.docx', 'charte.yaml'].map((name) => join(folder, name));
    expect(await value('files.existing', { paths })).toEqual({ existing: [paths[0]] });
  });

  it('refuses at once to write an export over a folder, asked to replace or not', async () => {
    const project = await feedbackProject();
    const path = join(folder, 'charte.docx');
    await mkdir(path);
    for (const overwrite of [false, true]) {
      const result = await call('export.write', { project, format: 'docx', path, overwrite });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', details: { reason: 'is-folder' } },
      });
    }
  });

  it('reports a damaged file without a stack trace', async () => {
    const path = join(folder, 'broken.charter');
    await writeFile(path, '{"schemaVersion": 1}');
    const result = await call('project.open', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(!result.ok && result.error.message).not.toMatch(/\bat .*\.ts/);
  });

  it('keeps settings between calls', async () => {
    expect(await value('settings.get')).toEqual({ uiLanguage: 'fr' });
    await value('settings.update', { uiLanguage: 'en' });
    expect(await value('settings.get')).toEqual({ uiLanguage: 'en' });
  });

  it('says the web host has no native dialogs', async () => {
    expect(await value('host.info')).toEqual({
      kind: 'web',
      appVersion: 'test',
      nativeDialogs: false,
    });
    expect(await call('dialog.openFile', { extensions: ['charter'] })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    expect(await call('dialog.openFile', { extensions: ['png', 'jpg'] })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('exports the comments to DOCX when asked, and reads back those of a DOCX', async () => {
    const project = await commentedProject();
    const path = join(folder, 'relu.docx');
    await value('export.write', { project, format: 'docx', path, includeComments: true });
    const read = await value<{ comments: { text: string }[] }>('wordComments.read', { path });
    expect(read.comments.map((comment) => comment.text)).toContain(REVIEW.stagiaires.text);
    await value('export.write', { project, format: 'docx', path, overwrite: true });
    expect(await value('wordComments.read', { path })).toEqual({ comments: [] });
    expect(await call('wordComments.read', { path: join(folder, 'charte.yaml') })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('export options and branding through the API', () => {
  it('writes the owners into the Markdown, and refuses what a format does not take', async () => {
    const project = await commentedProject();
    const path = join(folder, 'charte.md');
    await value('export.write', { project, format: 'markdown', path, includeOwners: true });
    expect(await readFile(path, 'utf8')).toMatch(/^\*Responsable\s: /m);
    expect(
      await call('export.write', {
        project,
        format: 'markdown',
        path: join(folder, 'annexe.md'),
        changesSince: 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reads a logo for the project, and refuses what is not a picture', async () => {
    const path = join(folder, 'logo.png');
    await writeFile(path, markPng(120, 40));
    expect(await value('branding.readLogo', { path })).toMatchObject({
      mediaType: 'image/png',
      width: 120,
      height: 40,
    });
    await writeFile(join(folder, 'logo.svg'), '<svg/>');
    expect(await call('branding.readLogo', { path: join(folder, 'logo.svg') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('exporting a version through the API', () => {
  it('writes the text of the version asked for, and says which versions there are', async () => {
    const signed = signOffAll(await commentedProject(), '2026-12-04T10:00:00.000Z').project;
    const clause = signed.sections[0]?.clauses[0];
    const edited = withClauseBody(signed, clause?.id ?? '', doc(p(text('Texte du brouillon.'))));
    const { project: draft } = followEdits(edited, '2026-12-05T10:00:00.000Z');
    const path = join(folder, 'v1.yaml');
    await value('export.write', { project: draft, format: 'yaml', path, version: 1 });
    const exported = await readFile(path, 'utf8');
    expect(exported).toMatch(/^version:\n {2}number: 1\n {2}status: signed-off\n/m);
    expect(exported).not.toContain('Texte du brouillon.');
    const draftPath = join(folder, 'v2.yaml');
    await value('export.write', {
      project: draft,
      format: 'yaml',
      path: draftPath,
      version: 'draft',
    });
    expect(await readFile(draftPath, 'utf8')).toContain('Texte du brouillon.');
    const missing = { project: draft, format: 'yaml', path: join(folder, 'v7.yaml'), version: 7 };
    expect(await call('export.write', missing)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no version 7: its versions are 1.' },
    });
  });
});

describe('optional clauses through the API', () => {
  // A template of its own, whose `intro.large` the author may switch off.
  let templates: string;
  beforeEach(async () => {
    const files = fixtureFiles();
    const structure = files['template.yaml'] as {
      sections: { clauses: { id: string; optional?: boolean }[] }[];
    };
    const large = structure.sections[0]?.clauses.find((clause) => clause.id === 'intro.large');
    if (large) large.optional = true;
    templates = await writeTemplateFolder(files);
    const handlers = createHandlers({
      host: { kind: 'web', appVersion: 'test' },
      templatesDir: templates,
      userData: createUserDataStore(join(folder, 'data')),
      keyVault: createFileKeyVault(join(folder, 'data')),
      recovery: createRecoveryStore(join(folder, 'data')),
      locks: createProjectLocks(),
      pdfPrinter: noPdf,
      now: () => new Date('2026-11-21T09:00:00Z'),
    });
    call = (operation, payload) => dispatch(handlers, operation, payload);
  });
  afterEach(() => removeTemplateFolder(templates));

  const answers = { 'company.name': 'Acme', 'company.headcount': 80, platforms: ['x'] };
  const clauseIds = (project: Project) =>
    project.sections.flatMap((section) => section.clauses.map((clause) => clause.id));
  type Regenerated = { project: Project; conflicts: { clauseId: string; proposed: unknown }[] };

  it('lists the optional clauses of a template in a language', async () => {
    expect(
      await value('templates.optionalClauses', { templateId: 'mini', language: 'en' }),
    ).toEqual([
      {
        clauseId: 'intro.large',
        sectionId: 'intro',
        sectionTitle: 'Introduction',
        summary: 'More than 50 people.',
      },
    ]);
    expect(await call('templates.optionalClauses', { templateId: 'mini' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('creates a project with clauses switched off, all on by default, refusing others', async () => {
    const create = (disabledClauses?: string[]) =>
      call('project.create', { templateId: 'mini', language: 'fr', answers, disabledClauses });
    const all = await value<Project>('project.create', {
      templateId: 'mini',
      language: 'fr',
      answers,
    });
    expect(all.disabledClauses).toEqual([]);
    expect(clauseIds(all)).toContain('intro.large');

    const without = await create(['intro.large']);
    expect(without.ok && (without.value as Project).disabledClauses).toEqual(['intro.large']);
    expect(without.ok && clauseIds(without.value as Project)).not.toContain('intro.large');

    expect(await create(['intro.hello'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { clause: 'intro.hello' } },
    });
  });

  it('regenerates with clauses switched off or back on, and asks before dropping an edit', async () => {
    const project = await value<Project>('project.create', {
      templateId: 'mini',
      language: 'fr',
      answers,
    });
    const off = await value<Regenerated>('project.regenerate', {
      project,
      answers,
      disabledClauses: ['intro.large'],
    });
    expect(off.conflicts).toEqual([]);
    expect(off.project.disabledClauses).toEqual(['intro.large']);
    expect(clauseIds(off.project)).toEqual(['intro.hello', 'networks.list']);

    // Without disabledClauses the project's own stay as they are.
    const same = await value<Regenerated>('project.regenerate', { project: off.project, answers });
    expect(same.project.disabledClauses).toEqual(['intro.large']);

    const on = await value<Regenerated>('project.regenerate', {
      project: off.project,
      answers,
      disabledClauses: [],
    });
    expect(clauseIds(on.project)).toEqual(['intro.hello', 'intro.large', 'networks.list']);

    const edited = structuredClone(on.project);
    const large = edited.sections[0]?.clauses.find((clause) => clause.id === 'intro.large');
    if (large) large.body = doc(p(text('Nous sommes nombreux, et fiers de l’être.')));
    const asked = await value<Regenerated>('project.regenerate', {
      project: edited,
      answers,
      disabledClauses: ['intro.large'],
    });
    expect(clauseIds(asked.project)).toContain('intro.large');
    expect(asked.conflicts).toEqual([
      expect.objectContaining({ clauseId: 'intro.large', proposed: { type: 'doc', content: [] } }),
    ]);

    expect(
      await call('project.regenerate', { project, answers, disabledClauses: ['nope'] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { clause: 'nope' } } });
  });
});
