import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../docx/read-docx-parts';
import { commentedProject } from '../../review/test-support/commented-project';
import { saveProject } from '../../store/project-file';
import { runCliIn } from '../test-support/run-cli-in';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-import-comments-'));
  await saveProject(join(folder, 'charte.charter'), await commentedProject());
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const charter = (...args: string[]) => runCliIn(folder, ...args);

describe('charter import-comments', () => {
  it('finds nothing new in the charter’s own export with comments', async () => {
    const exported = await charter(
      ...['export', 'charte.charter', '--format', 'docx', '--comments', '-o', 'relu.docx'],
    );
    expect(exported).toMatchObject({ status: 0, stderr: '' });
    const before = await readFile(join(folder, 'charte.charter'));
    expect(await charter('import-comments', 'charte.charter', 'relu.docx')).toEqual({
      status: 0,
      stdout: `${join(folder, 'charte.charter')}: nothing new in relu.docx: 0 new comments, 0 new replies, 5 already in the charter\n`,
      stderr: '',
    });
    expect(await readFile(join(folder, 'charte.charter'))).toEqual(before);
  });

  it('refuses bad input in one line and leaves the charter byte for byte as it was', async () => {
    const doctype = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><w:document>&b;</w:document>`;
    const comments = `<w:comments><w:comment w:id="0"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:comment></w:comments>`;
    const files: Record<string, Uint8Array> = {
      'notes.docx': strToU8('Mes remarques, en texte.'),
      'odt.docx': zipSync({ 'content.xml': strToU8('<office:document/>') }),
      'entities.docx': zipSync({
        'word/document.xml': strToU8(doctype),
        'word/comments.xml': strToU8(comments),
      }),
      'huge.docx': zipSync({
        'word/document.xml': new Uint8Array(DOCX_LIMITS.entryBytes + 1).fill(32),
      }),
    };
    const messages: Record<string, RegExp> = {
      'notes.docx': /notes\.docx is not a Word document \(\.docx\): it cannot be unzipped\./,
      'odt.docx': /odt\.docx has no word\/document\.xml, so it is not a Word document\./,
      'entities.docx': /holds a DOCTYPE or ENTITY declaration, which Word never writes/,
      'huge.docx': /huge\.docx is too large to read/,
      'missing.docx': /Could not open .*missing\.docx: there is no such file\./,
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(folder, name), bytes);
    const before = await readFile(join(folder, 'charte.charter'));
    for (const [name, message] of Object.entries(messages)) {
      const result = await charter('import-comments', 'charte.charter', name);
      expect(result.status, name).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(await readFile(join(folder, 'charte.charter'))).toEqual(before);
    }
  });

  it('says how to use it', async () => {
    const usage = [
      [
        ['import-comments', 'charte.charter'],
        'expected the charter and the reviewed Word document.',
      ],
      [
        ['import-comments', 'charte.charter', 'relu.docx', '--role', 'boss'],
        '--role must be one of hr, legal, it, communication, employee.',
      ],
      [
        ['export', 'charte.charter', '--format', 'pdf', '--comments', '-o', 'a.pdf'],
        '--comments works with --format docx only.',
      ],
    ] as const;
    for (const [args, message] of usage) {
      const result = await charter(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
