import { describe, expect, it } from 'vitest';
import { exportHtml } from './html-export';
import { exportFingerprint } from './export-document';
import { exportMarkdown } from './markdown-export';
import { createSampleProject, SAMPLE_COMPANY } from './sample-project.fixture';
import { createSignedOffSample } from './test-support/signed-off-project';
import { expectedClauseLines, normalizeSpace } from './test-support/readable-text';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const hasPandoc = requireTool('pandoc');
const { project: signedOff } = createSignedOffSample();
const fingerprint = exportFingerprint(signedOff);
const markdown = exportMarkdown(signedOff, { fingerprint });

/** The Markdown as a wiki shows it: pandoc's GitHub-flavoured reader, written out as HTML. */
const asWikiHtml = (text: string) =>
  runTool('pandoc', ['--from', 'gfm', '--to', 'html', '--wrap', 'none'], { input: text });

describe('exportMarkdown', () => {
  it('says a draft is a draft, at the top', () => {
    expect(exportMarkdown(createSampleProject())).toMatch(/^> \*\*PROJET\*\* · texte non validé/);
    expect(markdown).not.toContain('PROJET');
  });

  it('ends with the version and the full fingerprint', () => {
    expect(markdown.trimEnd().split('\n').slice(-2)).toEqual([
      `${SAMPLE_COMPANY.replace('<', '\\<')} · Version 2 · Validée  `,
      `Empreinte \`${fingerprint}\``,
    ]);
  });
});

describe.skipIf(!hasPandoc)('exportMarkdown read by pandoc as a wiki would', () => {
  it('has the numbered articles and clauses, each with the anchor of the HTML page', async () => {
    const html = await asWikiHtml(markdown);
    const page = exportHtml(signedOff, { fingerprint });
    const anchors = (text: string) =>
      [...text.matchAll(/ id="((?:section|clause)-[^"]+)"/g)].map(([, id]) => id);
    expect(anchors(html)).toEqual(anchors(page));
    expect([...html.matchAll(/<h2 id="[^"]*">(Article \d+ — [^<]+)<\/h2>/g)].length).toBe(
      signedOff.sections.length,
    );
    // Every contents link leads to an anchor of the page.
    for (const [, target] of html.matchAll(/<li><a href="#([^"]+)"/g))
      expect(html, target).toContain(`id="${target}"`);
  });

  it('reads every clause line, and the approvals as a table', async () => {
    const plain = normalizeSpace(
      await runTool('pandoc', ['--from', 'gfm', '--to', 'plain', '--wrap', 'none'], {
        input: markdown,
      }),
    );
    for (const { clauseId, line } of expectedClauseLines(signedOff))
      expect(plain, clauseId).toContain(line);
    const html = await asWikiHtml(markdown);
    expect(html).toMatch(
      /<th>Fonction<\/th>\s*<th>Nom<\/th>\s*<th>Décision<\/th>\s*<th>Date<\/th>\s*<th>Signature<\/th>/,
    );
    expect(html).toContain('<td>Maître Élodie Fournier</td>');
  });
});
