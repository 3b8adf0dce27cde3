import { resolve } from 'node:path';
import { buildEvidencePack } from '../../pack/build-evidence-pack';
import { loadProject } from '../../store/project-file';
import { type CliCommand } from '../cli-command';
import { fileArgument, requiredOption } from '../required-option';
import { versionOption } from '../version-option';
import { refuseExistingOutput, writeOutputFile } from '../write-output-file';

export const packCommand: CliCommand = {
  name: 'pack',
  summary: 'Make the evidence pack of a signed-off version: documents, approvals, audit trail.',
  usage: [
    'FILE.charter --version N|latest -o PACK.zip [--force]',
    '',
    '  --version N        the signed-off version to pack, or latest',
    '  -o, --output ZIP   the ZIP to write',
    '  --force            replace ZIP if it exists',
    '',
    'The ZIP holds the PDF, DOCX and YAML of that version, its approvals with their signatures,',
    'its adoption formalities, the audit trail (Markdown and CSV), a manifest of every file’s',
    'size and SHA-256, and a README saying how to check them. PDF needs Chromium or Chrome (set',
    'CHARTER_CHROMIUM to its path if it is not found).',
  ].join('\n'),
  files: 'one',
  options: {
    version: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run({ values, positionals }, context) {
    requiredOption(values, 'version', 'a version number, or latest');
    const selector = versionOption(values) ?? 'latest';
    const output = resolve(context.cwd, requiredOption(values, 'output', 'the ZIP to write'));
    const project = await loadProject(fileArgument(positionals, context.cwd));
    await refuseExistingOutput(output, values.force === true);
    const printer = context.openPdfPrinter();
    try {
      const pack = await buildEvidencePack(
        project,
        selector,
        { pdfPrinter: printer },
        new Date().toISOString(),
      );
      await writeOutputFile(output, pack.bytes, values.force === true);
    } finally {
      await printer.close();
    }
    context.stdout(`${output}\n`);
    return 0;
  },
};
