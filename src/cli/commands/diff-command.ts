import { compareVersions, type VersionComparison } from '../../diff/compare-versions';
import { DIFF_LABELS } from '../../diff/diff-labels';
import { diffReport } from '../../diff/diff-report';
import { loadProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { languageOption, parseLanguageOption } from '../language-option';
import { fileArgument } from '../required-option';
import { textSelectorOption } from '../text-selector-option';

const FORMATS = ['text', 'json'] as const;

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'Show what changed between two versions of a charter, or since the last one.',
  usage: [
    'FILE.charter [--from N|draft] [--to M|draft] [--lang fr|en] [--format text|json]',
    '',
    '  --from N|draft   the older text (default: the last signed-off version)',
    '  --to M|draft     the newer text (default: the draft, or the last version if there is none)',
    '  --lang fr|en     the language of the report (default: the charter’s)',
    '  --format F       text (default): the charter details that differ (template, company',
    '                   answers, formality dates: old → new), a line for each section and clause',
    '                   that differs, its changed lines below with [-removed-]{+added+} words,',
    '                   then a summary;',
    '                   json: the same comparison as data, for tools',
    '',
    'Clauses are matched by their ids: added, removed, changed (title, text, formatting,',
    'rationale or owner) or moved (another section, or another order). Exits with 0 whatever',
    'differs.',
  ].join('\n'),
  files: 'one',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    ...languageOption,
    format: { type: 'string' },
  },
  async run({ values, positionals }, context) {
    const format = FORMATS.find((candidate) => candidate === (values.format ?? 'text'));
    if (format === undefined)
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const from = textSelectorOption(values, 'from');
    const to = textSelectorOption(values, 'to');
    const path = fileArgument(positionals, context.cwd);
    const project = await loadProject(path);
    const compared = compareVersions(project, {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
    if (format === 'json') {
      context.stdout(`${JSON.stringify(comparisonData(path, compared), null, 2)}\n`);
    } else {
      const language =
        values.lang === undefined ? project.meta.language : parseLanguageOption(values);
      context.stdout(diffReport(compared, DIFF_LABELS[language]));
    }
    return 0;
  },
};

/** What differs, for tools: unchanged sections and clauses are only counted. */
function comparisonData(file: string, { from, to, comparison }: VersionComparison) {
  return {
    file,
    from,
    to,
    identical: comparison.identical,
    summary: comparison.summary,
    title: comparison.title,
    details: comparison.details,
    sections: comparison.sections.filter((diff) => diff.kind !== 'unchanged'),
    clauses: comparison.clauses.filter((diff) => diff.kind !== 'unchanged'),
  };
}
