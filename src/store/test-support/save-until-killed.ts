import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { loadProject, parseProject, saveProject } from '../project-file';

/**
 * The saving process of the crash test, built from the real store code. It starts as the app
 * does, opening the file (which clears what the last kill left), says "opened", waits for a line
 * on stdin, then saves the two given versions in turn until it is killed.
 */
const [path = '', ...versionFiles] = process.argv.slice(2);
const versions = await Promise.all(
  versionFiles.map(async (file) => parseProject(await readFile(file, 'utf8'), file)),
);
await loadProject(path);
process.stdout.write('opened\n');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
for (;;) {
  for (const version of versions) await saveProject(path, version);
}
