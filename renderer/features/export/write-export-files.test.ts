import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../api/api-call-error';
import { writeExportFiles, type ExportedFile, type ExportTarget } from './write-export-files';

const exists = new ApiCallError({
  code: 'invalid-input',
  message: 'The file already exists.',
  details: { reason: 'exists' },
});

const TARGETS: ExportTarget[] = [
  { format: 'pdf', path: '/out/charte.pdf' },
  { format: 'docx', path: '/out/charte.docx' },
  { format: 'yaml', path: '/out/charte.yaml' },
];

/** A writer over an in-memory folder holding `existing`, recording what it was asked. */
function writerOver(
  existing: string[],
  { refuse = '', replace = true }: { refuse?: string; replace?: boolean } = {},
) {
  const progress: (readonly ExportedFile[])[] = [];
  const writer = {
    writeOne: vi.fn(async ({ path }: ExportTarget, overwrite: boolean) => {
      if (path === refuse) throw new Error('Chromium is missing');
      if (existing.includes(path) && !overwrite) throw exists;
      return { path, bytes: path.length };
    }),
    confirmOverwrite: vi.fn(async () => replace),
    replaceConfirmed: (path: string) => path === '/out/charte.pdf',
    onWritten: vi.fn(),
    onProgress: (files: readonly ExportedFile[]) => progress.push(files),
  };
  return { writer, progress };
}

describe('writeExportFiles', () => {
  it('writes each file in turn, telling the progress as each one starts and ends', async () => {
    const { writer, progress } = writerOver([]);
    const files = await writeExportFiles(TARGETS, writer);
    expect(files.map((file) => file.status)).toEqual(['written', 'written', 'written']);
    expect(writer.writeOne.mock.calls.map(([target]) => target.format)).toEqual([
      'pdf',
      'docx',
      'yaml',
    ]);
    const mark = { waiting: '.', writing: '>', written: 'v', kept: 'k', failed: 'x' } as const;
    expect(progress.map((step) => step.map((file) => mark[file.status]).join(''))).toEqual([
      '...',
      '>..',
      'v..',
      'v>.',
      'vv.',
      'vv>',
      'vvv',
    ]);
    expect(writer.onWritten).toHaveBeenCalledTimes(3);
  });

  it('asks before replacing a file, unless the save dialog already did', async () => {
    const { writer } = writerOver(['/out/charte.pdf', '/out/charte.yaml']);
    await writeExportFiles(TARGETS, writer);
    expect(writer.confirmOverwrite.mock.calls).toEqual([['/out/charte.yaml']]);
    expect(
      writer.writeOne.mock.calls.map(([target, overwrite]) => [target.format, overwrite]),
    ).toEqual([
      ['pdf', true],
      ['docx', false],
      ['yaml', false],
      ['yaml', true],
    ]);
  });

  it('keeps a file the user would not replace and goes on with the others', async () => {
    const { writer } = writerOver(['/out/charte.docx'], { replace: false });
    const files = await writeExportFiles(TARGETS, writer);
    expect(files.map((file) => file.status)).toEqual(['written', 'kept', 'written']);
    expect(writer.onWritten.mock.calls.map(([file]) => file.format)).toEqual(['pdf', 'yaml']);
  });

  it('reports a failure on its file and still writes the formats after it', async () => {
    const { writer } = writerOver([], { refuse: '/out/charte.pdf' });
    const files = await writeExportFiles(TARGETS, writer);
    expect(files[0]).toMatchObject({ format: 'pdf', status: 'failed' });
    expect(files[0]?.status === 'failed' && String(files[0].error)).toMatch(/Chromium is missing/);
    expect(files.slice(1).map((file) => file.status)).toEqual(['written', 'written']);
  });

  it('reports as failed a file whose replacement, once agreed to, could not be written', async () => {
    const { writer } = writerOver(['/out/charte.docx']);
    writer.writeOne.mockImplementation(async ({ path }, overwrite) => {
      if (path === '/out/charte.docx' && !overwrite) throw exists;
      if (path === '/out/charte.docx') throw new Error('The disk is full');
      return { path, bytes: 1 };
    });
    const files = await writeExportFiles(TARGETS, writer);
    expect(writer.confirmOverwrite).toHaveBeenCalledWith('/out/charte.docx');
    expect(files.map((file) => file.status)).toEqual(['written', 'failed', 'written']);
    expect(writer.onWritten.mock.calls.map(([file]) => file.format)).toEqual(['pdf', 'yaml']);
  });
});
