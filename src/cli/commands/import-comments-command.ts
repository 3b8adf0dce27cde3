import { basename, resolve } from 'node:path';
import { loadWordComments } from '../../docx/load-word-comments';
import { describeWordImport, importWordComments } from '../../review/import-word-comments';
import { loadProject, saveProject } from '../../store/project-file';
import { parseRole, ROLE_CHOICES } from '../author-option';
import { UsageError, type CliCommand } from '../cli-command';

export const importCommentsCommand: CliCommand = {
  name: 'import-comments',
  summary: 'Bring back the comments a reviewer added in Word or LibreOffice.',
  usage: [
    'FILE.charter REVIEWED.docx [--role ROLE]',
    '',
    `  --role ROLE   ${ROLE_CHOICES}: the reviewers' role (default employee)`,
    '',
    'REVIEWED.docx is a DOCX export of FILE (charter export --format docx --comments) that a',
    'reviewer commented on. Each new comment goes on the clause and passage it covers; one whose',
    'passage is in no clause goes on the nearest clause with its quote, and is listed. Comments',
    'FILE already has are not added again, so importing the same document twice adds nothing.',
    'Writes into FILE (the previous one is kept as FILE.bak) and prints what was imported.',
  ].join('\n'),
  files: 'one-or-more',
  options: { role: { type: 'string' } },
  async run({ values, positionals }, context) {
    if (positionals.length !== 2)
      throw new UsageError('expected the charter and the reviewed Word document.');
    const [input, docx] = positionals.map((path) => resolve(context.cwd, path)) as [string, string];
    const role = parseRole(typeof values.role === 'string' ? values.role : 'employee');
    const original = await loadProject(input);
    const { project, report } = importWordComments(original, await loadWordComments(docx), {
      role,
      now: new Date().toISOString(),
      source: basename(docx),
    });
    const changed = project !== original;
    if (changed) await saveProject(input, project);
    context.stdout(
      `${input}: ${changed ? 'imported' : 'nothing new in'} ${basename(docx)}: ${describeWordImport(report)}\n`,
    );
    for (const { clauseId, author, quote } of report.notFound)
      context.stdout(`  passage not found, put on clause "${clauseId}": ${author}: "${quote}"\n`);
    return 0;
  },
};
