import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { editSections, signOff } from '../src/diff/test-support/versioned-project';
import type { Section } from '../src/model/clause';
import { loadProject, saveProject } from '../src/store/project-file';
import { useCliFolder } from './support/cli-folder';
import { libreOfficeText, pdfText } from './support/readers';

const cli = useCliFolder('charter-cli-diff-');

const CLAUSE = 'intro.drafting.review';

/** An edit: « tous les salariés » becomes « l’ensemble des salariés ». */
function reword(sections: Section[]): Section[] {
  for (const clause of sections.flatMap((section) => section.clauses)) {
    if (clause.id !== CLAUSE) continue;
    const paragraph = clause.body.content[0];
    const node = paragraph?.type === 'paragraph' ? paragraph.content?.[0] : undefined;
    if (node?.type !== 'text' || !node.text.includes('tous les salariés'))
      throw new Error(`The template's clause ${CLAUSE} no longer says « tous les salariés »`);
    node.text = node.text.replace('tous les salariés', 'l’ensemble des salariés');
  }
  return sections;
}

test('charter diff shows the words changed since version 1, and exports list them', async () => {
  cli.ok(['new', '--template', 'social-media', '--set', 'company.name=Acme', '-o', 'a.charter']);
  const file = join(cli.path, 'a.charter');
  const version1 = signOff(await loadProject(file), '2026-03-01T10:00:00.000Z');
  await saveProject(file, editSections(version1, reword, '2026-03-02T10:00:00.000Z'));

  const lines = cli.ok(['diff', 'a.charter']).stdout.split('\n');
  expect(lines.slice(0, 3)).toEqual([
    'Version 1 → brouillon',
    '',
    '1.3 Une charte écrite avec vous — modifiée (texte)',
  ]);
  expect(lines[3]).toMatch(
    /^ {4}Ce texte a été soumis à \[-tous les-\]\{\+l’ensemble des\+\} salariés avant son adoption/,
  );
  expect(lines[4]).toBe('');
  expect(lines.at(-2)).toMatch(/^Clauses\u00a0: 1 modifiée, \d+ inchangées\.$/);

  const english = cli.ok(['diff', 'a.charter', '--from', '1', '--to', 'draft', '--lang', 'en']);
  expect(english.stdout).toContain('1.3 Une charte écrite avec vous — changed (text)');

  const data = JSON.parse(cli.ok(['diff', 'a.charter', '--format', 'json']).stdout) as {
    clauses: { id: string; kind: string }[];
  };
  expect(data.clauses.map(({ id, kind }) => [id, kind])).toEqual([[CLAUSE, 'changed']]);

  cli.ok(['export', 'a.charter', '--format', 'docx', '--changes-since', '1', '-o', 'a.docx']);
  const docx = libreOfficeText(join(cli.path, 'a.docx'));
  const docxAppendix = docx.slice(docx.indexOf('Modifications depuis la version 1'));
  expect(docxAppendix).toContain('1.3 Une charte écrite avec vous — modifiée (texte)');
  expect(docxAppendix).toContain('soumis à tous lesl’ensemble des salariés');

  cli.ok(['export', 'a.charter', '--format', 'pdf', '--changes-since', '1', '-o', 'a.pdf']);
  const pdf = pdfText(join(cli.path, 'a.pdf')).replace(/\s+/g, ' ');
  const pdfAppendix = pdf.slice(pdf.indexOf('Modifications depuis la version 1'));
  expect(pdfAppendix).toContain('1.3 Une charte écrite avec vous — modifiée (texte)');
  expect(pdfAppendix).toMatch(/soumis à tous les ?l’ensemble des salariés/);
});
