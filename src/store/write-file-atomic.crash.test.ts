import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleProject } from '../export/sample-project.fixture';
import type { Project } from '../model/project';
import { doc, p, text } from '../rich-text/test-support/rich-text-builders';
import { serializeProject } from './project-file';

const KILLS = 100;
const CLAUSES = 400;
/** A few save cycles of the 4.6 MB file (about 60 ms each here): kills fall anywhere in them. */
const KILL_WITHIN_MS = 250;

/** The sample charter grown to a few megabytes, so that a kill lands mid-write, not between saves. */
function largeProject(label: string, paragraphLength: number): Project {
  const sample = createSampleProject();
  const paragraph = `${label} `.repeat(paragraphLength);
  const clauses = Array.from({ length: CLAUSES }, (_, index) => ({
    id: `bulk.${index}`,
    owner: 'hr' as const,
    body: doc(p(text(`${index} ${paragraph}`)), p(text(paragraph))),
  }));
  return {
    ...sample,
    sections: [...sample.sections, { id: 'bulk', title: label, owner: 'hr', clauses }],
  };
}

let folder: string;
let child: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'charter-crash-'));
  // The saving process runs the real store code, bundled on its own so plain Node can run it.
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, 'test-support', 'save-until-killed.ts'),
      outDir: join(folder, 'child'),
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: '[name].mjs' } },
    },
  });
  child = join(folder, 'child', 'save-until-killed.mjs');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function startSaver(
  path: string,
  versionFiles: string[],
): ChildProcessByStdio<Writable, Readable, null> {
  return spawn(process.execPath, [child, path, ...versionFiles], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

async function waitForLine(
  saver: ChildProcessByStdio<Writable, Readable, null>,
  expected: string,
): Promise<void> {
  const lines = createInterface({ input: saver.stdout });
  const exited = once(saver, 'exit').then(([code]) => {
    throw new Error(`the saving process exited (${code}) before saying "${expected}"`);
  });
  await Promise.race([once(lines, 'line'), exited]);
  lines.close();
}

const temporaryFiles = async (inFolder: string) =>
  (await readdir(inFolder)).filter((name) => name.endsWith('.tmp'));

describe('a save killed at a random moment', () => {
  // 100 processes started and killed: on a loaded machine that takes minutes.
  it(`leaves the old or the new version, byte for byte, ${KILLS} times out of ${KILLS}`, async () => {
    const work = join(folder, 'work');
    const path = join(work, 'charte.charter');
    const [oldBytes, newBytes] = [largeProject('ancienne', 600), largeProject('nouvelle', 640)].map(
      (version) => Buffer.from(serializeProject(version)),
    ) as [Buffer, Buffer];
    const [oldFile, newFile] = [join(folder, 'old.json'), join(folder, 'new.json')];
    await writeFile(oldFile, oldBytes);
    await writeFile(newFile, newBytes);
    await mkdir(work);
    await writeFile(path, oldBytes);

    let killedMidSave = 0;
    const survivors = { old: 0, new: 0 };
    for (let kill = 0; kill <= KILLS; kill++) {
      // The version on disk goes second, so that the first save always changes the file.
      const oldOnDisk = (await readFile(path)).equals(oldBytes);
      const saver = startSaver(path, oldOnDisk ? [newFile, oldFile] : [oldFile, newFile]);
      await waitForLine(saver, 'opened');
      // The next start found the last kill's leftovers and cleared them.
      expect(await temporaryFiles(work)).toEqual([]);
      if (kill === KILLS) {
        saver.kill('SIGKILL');
        break;
      }
      saver.stdin.write('go\n');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * KILL_WITHIN_MS));
      saver.kill('SIGKILL');
      await once(saver, 'exit');

      const found = await readFile(path);
      const which = found.equals(oldBytes) ? 'old' : found.equals(newBytes) ? 'new' : null;
      expect(which, `after kill ${kill + 1}, ${found.length} bytes match neither`).not.toBeNull();
      if (which) survivors[which] += 1;
      const backup = await readFile(`${path}.bak`).catch(() => null);
      if (backup) expect(backup.equals(oldBytes) || backup.equals(newBytes)).toBe(true);
      if ((await temporaryFiles(work)).length > 0) killedMidSave += 1;
    }
    console.info(
      `${KILLS} kills of a ${(oldBytes.length / 1e6).toFixed(1)} MB save: ${killedMidSave} mid-save, ` +
        `old version left ${survivors.old} times, new ${survivors.new} times`,
    );
    // A test whose kills all fell between saves would prove nothing (about 30 % land mid-save).
    expect(killedMidSave).toBeGreaterThanOrEqual(KILLS / 10);
    expect(Math.min(survivors.old, survivors.new)).toBeGreaterThan(0);
  }, 600_000);
});
