import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_DOCX } from '../src/docx/test-support/hostile-docx';
import { HOSTILE_CHARTERS, sample } from '../src/store/test-support/hostile-charters';
import { HOSTILE_YAML } from '../src/text/test-support/hostile-yaml';
import { runCharter } from './support/run-charter';
import { expect, test } from './support/web-host-fixture';
import { installXssCanary } from './support/xss-canary';

/**
 * The hostile corpus (charters, YAML, Word documents) meets the CLI and the app as a user would
 * bring it: each file is refused with one clear message and nothing else happens — no crash, no
 * stack trace, no file written or changed, no dialog, no window.
 */
const LARGE = {
  name: 'a 50 MB file',
  content: () => Buffer.from(sample),
  says: /larger than 16 MB.*right file/s,
};
const CHARTERS = [...HOSTILE_CHARTERS, LARGE];

/** Every file of `folder` with the SHA-256 of its bytes, to show that nothing changed. */
function contents(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(folder, name)))
        .digest('hex'),
    ]),
  );
}

/** Every file of `folder` with its size and modification time: cheap to take after each run. */
function listing(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder).map((name) => {
      const { size, mtimeMs } = statSync(join(folder, name));
      return [name, `${size} bytes, modified ${mtimeMs}`];
    }),
  );
}

/** Writes the corpus into `folder`, one file per hostile input. */
function writeCorpus(folder: string) {
  const charters = CHARTERS.map(({ name, content, says }, index) => {
    const path = join(folder, `hostile-${index}.charter`);
    writeFileSync(path, content());
    if (name === LARGE.name) truncateSync(path, 50 * 1024 * 1024);
    return { name, path, says };
  });
  const yaml = HOSTILE_YAML.map(({ name, text, says }, index) => {
    const path = join(folder, `hostile-${index}.yaml`);
    writeFileSync(path, text);
    return { name, path, says };
  });
  const docx = HOSTILE_DOCX.map(({ name, bytes, says }, index) => {
    const path = join(folder, `hostile-${index}.docx`);
    writeFileSync(path, bytes());
    return { name, path, says };
  });
  const sound = join(folder, 'sound.charter');
  writeFileSync(sound, sample);
  return { charters, yaml, docx, sound };
}

/** Runs `charter` and expects one clear line on stderr, exit code 1, and no file written. */
function expectRefused(folder: string, args: string[], says: RegExp) {
  const before = listing(folder);
  const run = runCharter(args, { cwd: folder });
  expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(says);
  expect(run.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
  expect(listing(folder)).toEqual(before);
}

test('the CLI refuses each hostile charter, YAML and Word document in one line, touching nothing', () => {
  const folder = mkdtempSync(join(tmpdir(), 'charter-hostile-cli-'));
  try {
    const { charters, yaml, docx, sound } = writeCorpus(folder);
    const before = contents(folder);
    for (const { path, says } of charters) expectRefused(folder, ['validate', path], says);
    const [first] = charters;
    if (first)
      expectRefused(folder, ['export', first.path, '--format', 'pdf', '-o', 'out.pdf'], first.says);
    for (const { path, says } of yaml)
      expectRefused(folder, ['import', path, '-o', 'out.charter'], says);
    for (const { path, says } of docx) {
      expectRefused(folder, ['import-comments', sound, path, '--role', 'legal'], says);
    }
    expect(contents(folder)).toEqual(before);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the app refuses each hostile charter and Word document with its message, touching nothing', async ({
  page,
  context,
  webHost,
}) => {
  const canary = await installXssCanary(context);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { charters, docx, sound } = writeCorpus(webHost.workDir);
  const before = contents(webHost.workDir);
  await page.goto(webHost.url);

  const alert = page.getByRole('alert');
  for (const { name, path, says } of charters) {
    await page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir une charte' });
    await dialog.getByRole('textbox', { name: 'Chemin du fichier' }).fill(path);
    await dialog.getByRole('button', { name: 'Ouvrir' }).click();
    await expect(alert, name).toContainText(says);
    await page.getByRole('button', { name: 'Masquer ce message' }).click();
  }

  await page.getByRole('button', { name: 'Ouvrir une charte…' }).click();
  const open = page.getByRole('dialog', { name: 'Ouvrir une charte' });
  await open.getByRole('textbox', { name: 'Chemin du fichier' }).fill(sound);
  await open.getByRole('button', { name: 'Ouvrir' }).click();
  for (const { name, path, says } of docx) {
    await page.getByRole('button', { name: 'Relecture' }).click();
    await page.getByRole('menuitem', { name: 'Importer les commentaires Word…' }).click();
    const choose = page.getByRole('dialog', {
      name: 'Importer les commentaires d’un document Word',
    });
    await choose.getByRole('textbox', { name: 'Chemin du fichier' }).fill(path);
    await choose.getByRole('button', { name: 'Ouvrir' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Importer les commentaires Word' });
    await expect(importDialog.getByRole('alert'), name).toContainText(says);
    await importDialog.getByRole('button', { name: 'Fermer' }).last().click();
  }

  // The sound charter is open: its lock says so to other users, and goes when it is closed.
  const after = contents(webHost.workDir);
  expect(after.has('.sound.charter.lock')).toBe(true);
  after.delete('.sound.charter.lock');
  expect(after).toEqual(before);
  expect(errors).toEqual([]);
  expect(canary.fired).toEqual([]);
});

const hostileTemplates = mkdtempSync(join(tmpdir(), 'charter-hostile-templates-'));
cpSync(fileURLToPath(new URL('../templates', import.meta.url)), hostileTemplates, {
  recursive: true,
});
const aliasBomb = HOSTILE_YAML[0];
writeFileSync(join(hostileTemplates, 'social-media', 'fr.yaml'), aliasBomb?.text ?? '');

test.describe('a template folder holding a hostile YAML file', () => {
  test.use({ webHostEnv: { CHARTER_TEMPLATES_DIR: hostileTemplates } });

  test.afterAll(() => rmSync(hostileTemplates, { recursive: true, force: true }));

  test('the app names the file and the problem on the start screen, the file left as it was', async ({
    page,
    webHost,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const before = readFileSync(join(hostileTemplates, 'social-media', 'fr.yaml'), 'utf8');
    await page.goto(webHost.url);
    await expect(page.getByRole('alert')).toContainText(/fr\.yaml.*not valid YAML/s);
    await expect(page.getByRole('alert')).toContainText(aliasBomb?.says ?? /never/);
    expect(readFileSync(join(hostileTemplates, 'social-media', 'fr.yaml'), 'utf8')).toBe(before);
    expect(errors).toEqual([]);
  });
});
