import { countOf } from '../../text/count-of';
import { stringify } from 'yaml';
import type { LintFinding } from '../../lint/lint-finding';
import { lintProject } from '../../lint/lint-project';
import { loadProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

const FORMATS = ['text', 'yaml'] as const;
type LintOutputFormat = (typeof FORMATS)[number];

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'Check a charter: absolute bans, monitoring, sanctions, contacts, formalities.',
  usage: [
    'FILE.charter [--format text|yaml]',
    '',
    '  --format F   text (default): one finding a line, "severity  clause  message", then a',
    '               summary; yaml: the findings as data, with their rule and parameters',
    '',
    'Exits with 1 when there is an error, 0 when there are only warnings or nothing.',
  ].join('\n'),
  files: 'one',
  options: { format: { type: 'string' } },
  async run({ values, positionals }, context) {
    const format = outputFormat(values.format);
    const path = fileArgument(positionals, context.cwd);
    const findings = lintProject(await loadProject(path));
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    if (format === 'yaml') {
      context.stdout(stringify({ file: path, errors, warnings, findings }, { lineWidth: 0 }));
    } else {
      context.stdout(findings.map(findingLine).join(''));
      context.stdout(`${path}: ${summary(errors, warnings)}\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};

function outputFormat(value: unknown): LintOutputFormat {
  if (value === undefined) return 'text';
  const format = FORMATS.find((candidate) => candidate === value);
  if (format === undefined) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  return format;
}

/** `error    worktime.forbidden  Clause "worktime.forbidden" forbids…` */
function findingLine(finding: LintFinding): string {
  return `${finding.severity.padEnd(7)}  ${finding.clauseId ?? '-'}  ${finding.message}\n`;
}

function summary(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'no problems found';
  return `${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}`;
}
