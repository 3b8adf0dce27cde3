import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_PAYLOADS, XSS_PAYLOADS } from './fixtures/xss-payloads';
import { EditorPage } from './pages/editor-page';
import { SignOffPanel } from './pages/sign-off-panel';
import { StartPage } from './pages/start-page';
import { pdfText } from './support/readers';
import { runCharter } from './support/run-charter';
import { expect, test } from './support/web-host-fixture';
import { installXssCanary, RUNNABLE_MARKUP } from './support/xss-canary';

/**
 * The XSS corpus (e2e/fixtures/xss-payloads.ts) placed everywhere untrusted text enters: answers
 * substituted into the template, clause bodies, titles and rationales, comments and replies,
 * the journal, pasted HTML, a YAML import and Word comments; loaded in the app in Chromium and
 * in the HTML and PDF exports. Not one payload may run: the canary stays silent, no dialog or
 * window opens, and no runnable markup reaches the page.
 */
const NOW = '2026-03-02T09:00:00.000Z';
const payloadAt = (index: number) => XSS_PAYLOADS[index % XSS_PAYLOADS.length]?.payload ?? '';
const singleLine = (text: string) => text.replace(/\s+/g, ' ');

interface Node {
  type: string;
  text?: string;
  content?: Node[];
}
interface HostileFile {
  meta: { title: string };
  sections: Array<{
    title: string;
    clauses: Array<{ title?: string; rationale?: string; body: Node }>;
  }>;
  comments: unknown[];
  history: unknown[];
}

/** A charter made from the template with every payload as the company's name, then the corpus written into every text field. */
function writeHostileCharter(folder: string): string {
  const path = join(folder, 'hostile.charter');
  const made = runCharter(
    [
      'new',
      '--template',
      'social-media',
      '--set',
      `company.name=${singleLine(ALL_PAYLOADS)}`,
      '-o',
      path,
    ],
    { cwd: folder },
  );
  expect(made.status, made.stderr).toBe(0);
  const project = JSON.parse(readFileSync(path, 'utf8')) as HostileFile;
  project.meta.title = payloadAt(0);
  const clauses = project.sections.flatMap((section, index) => {
    section.title = payloadAt(index);
    return section.clauses;
  });
  clauses.forEach((clause, index) => {
    clause.title = payloadAt(index + 1);
    clause.rationale = payloadAt(index + 2);
  });
  const first = clauses[0];
  if (!first) throw new Error('the template made no clause');
  first.body.content?.push(
    ...XSS_PAYLOADS.map(({ payload }) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: payload }],
    })),
  );
  const clauseId = (first as unknown as { id: string }).id;
  project.comments = XSS_PAYLOADS.map(({ id, payload }) => ({
    id: `comment-${id}`,
    anchor: { clauseId, exact: payload, prefix: '', suffix: '' },
    author: { name: payload.slice(0, 80), role: 'employee' },
    createdAt: NOW,
    text: payload,
    replies: [
      { id: `reply-${id}`, author: { name: 'Léa', role: 'hr' }, createdAt: NOW, text: payload },
    ],
  }));
  project.history.push(
    ...XSS_PAYLOADS.map(({ payload }) => ({
      at: NOW,
      kind: 'edited',
      actor: payload,
      detail: payload,
    })),
  );
  writeFileSync(path, JSON.stringify(project, null, 2));
  return path;
}

test('no payload runs in the app: clauses, titles, answers, comments, journal, preview, paste', async ({
  page,
  context,
  webHost,
}) => {
  const canary = await installXssCanary(context);
  const charter = writeHostileCharter(webHost.workDir);

  await page.goto(webHost.url);
  await new StartPage(page).openCharter(charter);
  const editor = new EditorPage(page);
  // The payloads are there, as text.
  await expect(
    page.getByText(XSS_PAYLOADS[9]?.payload ?? '', { exact: true }).first(),
  ).toBeVisible();
  await page.mouse.move(10, 10);
  await page.mouse.move(700, 500, { steps: 5 });

  await page.getByRole('button', { name: `Commentaires (${XSS_PAYLOADS.length})` }).click();
  await expect(editor.commentsPanel()).toContainText(XSS_PAYLOADS[0]?.payload ?? '');
  const signOff = new SignOffPanel(page);
  await signOff.open();
  await signOff.region().getByRole('button', { name: 'Journal' }).click();
  const journal = page.getByRole('dialog', { name: 'Journal de la charte' });
  await expect(journal).toContainText(XSS_PAYLOADS[1]?.payload ?? '');
  await journal.getByRole('button', { name: 'Fermer' }).first().click();

  const exportDialog = await editor.openExport();
  await expect(exportDialog.dialog().locator('iframe')).toBeVisible();
  await page.mouse.move(600, 400, { steps: 5 });
  await exportDialog.close();

  // Pasted HTML: text alone reaches the clause.
  const clause = page.locator('.ProseMirror').first();
  await clause.click();
  // Real paste events, as the browser fires them: a plain link first, then the corpus as HTML.
  const paste = (html: string) =>
    page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/html', ${JSON.stringify(html)});
      data.setData('text/plain', 'collé');
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('.ProseMirror').dispatchEvent(event);
    })()`);
  await paste('<p>Voir <a href="https://example.org/">un vrai lien</a></p>');
  // Clause text has no links at all (src/model/rich-text.ts): a pasted one arrives as its words.
  await expect(page.locator('.ProseMirror').first()).toContainText('un vrai lien');
  await paste(XSS_PAYLOADS.map(({ payload }) => payload).join('<br>'));
  await expect(editor.status()).toHaveText('Modifications non enregistrées');

  // ProseMirror's own hard-break separators are images without a source.
  expect(await page.locator('.ProseMirror a, .ProseMirror img[src]').count()).toBe(0);
  expect(await page.locator(RUNNABLE_MARKUP).count()).toBe(0);
  expect(canary.fired).toEqual([]);
});

test('no payload runs in the HTML export, and the PDF prints it as text', async ({
  page,
  context,
  webHost,
}) => {
  const canary = await installXssCanary(context);
  const charter = writeHostileCharter(webHost.workDir);
  const html = join(webHost.workDir, 'hostile.html');
  const pdf = join(webHost.workDir, 'hostile.pdf');
  for (const [format, output] of [
    ['html', html],
    ['pdf', pdf],
  ] as const) {
    const run = runCharter(['export', charter, '--format', format, '-o', output], {
      cwd: webHost.workDir,
    });
    expect(run.status, run.stderr).toBe(0);
  }

  // Opened as a user would, from disk, with JavaScript on.
  await page.goto(pathToFileURL(html).href);
  await page.mouse.move(10, 10);
  await page.mouse.move(700, 500, { steps: 5 });
  const text = singleLine(await page.locator('body').innerText());
  for (const { id, payload } of XSS_PAYLOADS) expect(text, id).toContain(singleLine(payload));
  expect(await page.locator(RUNNABLE_MARKUP).count()).toBe(0);

  const printed = singleLine(pdfText(pdf));
  expect(printed).toContain(singleLine(XSS_PAYLOADS[9]?.payload ?? 'missing'));
  expect(canary.fired).toEqual([]);
});

test('no payload runs from a YAML import or from Word comments', async ({
  page,
  context,
  webHost,
}) => {
  const canary = await installXssCanary(context);
  const charter = writeHostileCharter(webHost.workDir);
  const yaml = join(webHost.workDir, 'hostile.yaml');
  const imported = join(webHost.workDir, 'imported.charter');
  const docx = join(webHost.workDir, 'hostile.docx');
  for (const args of [
    ['export', charter, '--format', 'yaml', '-o', yaml],
    ['import', yaml, '-o', imported],
    ['export', charter, '--format', 'docx', '--comments', '-o', docx],
  ]) {
    const run = runCharter(args, { cwd: webHost.workDir });
    expect(run.status, run.stderr).toBe(0);
  }

  await page.goto(webHost.url);
  const start = new StartPage(page);
  // A charter carrying a field no version knows, holding a payload: refused, saying so.
  const refused = join(webHost.workDir, 'refused.charter');
  const project = JSON.parse(readFileSync(charter, 'utf8')) as Record<string, unknown>;
  const refusedText = JSON.stringify({ ...project, onload: payloadAt(35) });
  writeFileSync(refused, refusedText);
  await start.openCharter(refused);
  await expect(page.getByRole('alert')).toContainText(
    'refused.charter has a field this version of Charter Studio does not know (onload)',
  );
  expect(readFileSync(refused, 'utf8')).toBe(refusedText);
  await page.getByRole('button', { name: 'Masquer ce message' }).click();

  // The imported charter has the payloads as clause text, and no comments yet: Word brings them.
  await start.openCharter(imported);
  await expect(
    page.getByText(XSS_PAYLOADS[9]?.payload ?? '', { exact: true }).first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Relecture' }).click();
  await page.getByRole('menuitem', { name: 'Importer les commentaires Word…' }).click();
  const choose = page.getByRole('dialog', { name: 'Importer les commentaires d’un document Word' });
  await choose.getByRole('textbox', { name: 'Chemin du fichier' }).fill(docx);
  await choose.getByRole('button', { name: 'Ouvrir' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Importer les commentaires Word' });
  await importDialog.getByRole('button', { name: 'Importer' }).click();
  await expect(importDialog).toContainText('Commentaires importés');
  await importDialog.getByRole('button', { name: 'Fermer' }).last().click();
  await page.getByRole('button', { name: /^Commentaires \(\d+\)$/ }).click();
  await expect(new EditorPage(page).commentsPanel()).toContainText(XSS_PAYLOADS[0]?.payload ?? '');
  await page.mouse.move(700, 500, { steps: 5 });

  expect(await page.locator(RUNNABLE_MARKUP).count()).toBe(0);
  expect(canary.fired).toEqual([]);
});
