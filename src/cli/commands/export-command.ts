import { resolve } from 'node:path';
import { EXPORT_FORMAT_OPTIONS, ExportFormat } from '../../api/contract';
import { exportProject } from '../../export/export-project';
import { selectVersion } from '../../signoff/select-version';
import { loadProject } from '../../store/project-file';
import {
  changesSinceOption,
  formatsTaking,
  parseChangesSinceOption,
} from '../changes-since-option';
import { UsageError, type CliCommand } from '../cli-command';
import { requiredOption, fileArgument } from '../required-option';
import { versionOption } from '../version-option';
import { refuseExistingOutput, writeOutputFile } from '../write-output-file';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a charter to YAML, DOCX, PDF, HTML or Markdown.',
  usage: [
    'FILE.charter --format yaml|docx|pdf|html|markdown -o OUT [--version N|latest|draft]',
    '             [--comments] [--owners] [--changes-since N] [--force]',
    '',
    '  --format F         yaml (the machine-readable contract), docx, pdf, html (the intranet',
    '                     page) or markdown (for a wiki)',
    '  -o, --output OUT   the file to write',
    '  --version V        which text: a signed-off version N, the latest one, or the draft',
    '                     (default: the text as it is now)',
    '  --comments         docx only: the open review comments as Word comments on their passages',
    '  --owners           print the team that owns each section (the YAML always has them)',
    '  --changes-since N  docx, pdf, html: end with an appendix of what changed since version N,',
    '                     word by word',
    '  --force            replace OUT if it exists',
    '',
    'PDF needs Chromium or Chrome (set CHARTER_CHROMIUM to its path if it is not found).',
  ].join('\n'),
  files: 'one',
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    comments: { type: 'boolean' },
    owners: { type: 'boolean' },
    force: { type: 'boolean' },
    version: { type: 'string' },
    ...changesSinceOption,
  },
  async run({ values, positionals }, context) {
    const input = fileArgument(positionals, context.cwd);
    const format = ExportFormat.safeParse(
      requiredOption(values, 'format', ExportFormat.options.join('|')),
    );
    if (!format.success)
      throw new UsageError(`--format must be one of ${ExportFormat.options.join(', ')}.`);
    const includeComments = values.comments === true;
    if (includeComments && !EXPORT_FORMAT_OPTIONS[format.data].includes('includeComments'))
      throw new UsageError(
        `--comments works with --format ${formatsTaking('includeComments')} only.`,
      );
    const includeOwners = values.owners === true;
    if (includeOwners && !EXPORT_FORMAT_OPTIONS[format.data].includes('includeOwners'))
      throw new UsageError(`--owners works with --format ${formatsTaking('includeOwners')} only.`);
    const changes = parseChangesSinceOption(values, format.data);
    const output = resolve(context.cwd, requiredOption(values, 'output', 'the file to write'));
    const project = selectVersion(await loadProject(input), versionOption(values));
    await refuseExistingOutput(output, values.force === true);
    const printer = context.openPdfPrinter();
    try {
      const bytes = await exportProject(
        project,
        format.data,
        { pdfPrinter: printer },
        { includeComments, includeOwners, ...changes },
      );
      await writeOutputFile(output, bytes, values.force === true);
    } finally {
      await printer.close();
    }
    context.stdout(`${output}\n`);
    return 0;
  },
};
