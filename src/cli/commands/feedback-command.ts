import { FeedbackSummaryFormat } from '../../review/feedback-summary-format';
import { writeFeedbackSummary } from '../../review/write-feedback-summary';
import { loadProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { languageOption, parseLanguageOption } from '../language-option';
import { fileArgument } from '../required-option';
import { emitText, textOutput, textOutputOptions } from '../text-output';

export const feedbackCommand: CliCommand = {
  name: 'feedback',
  summary: 'Summarize a charter’s review feedback, for the CSE or management.',
  usage: [
    'FILE.charter [--format md|yaml] [--lang fr|en] [-o OUT [--force]]',
    '',
    '  --format F         md (default): Markdown tables and the open comments still without a',
    '                     reply; yaml: the same figures and comments as data',
    '  --lang fr|en       the language of the Markdown labels (default: the charter’s)',
    '  -o, --output OUT   the file to write (default: standard output)',
    '  --force            replace OUT if it exists',
    '',
    'Counts per section, per role (anonymous comments under employee, and on their own), open,',
    'resolved, orphaned (their passage is gone) and awaiting a reply. The same charter always',
    'gives the same bytes.',
  ].join('\n'),
  files: 'one',
  options: {
    format: { type: 'string' },
    ...languageOption,
    ...textOutputOptions,
  },
  async run({ values, positionals }, context) {
    const format = FeedbackSummaryFormat.safeParse(values.format ?? 'md');
    if (!format.success)
      throw new UsageError(`--format must be one of ${FeedbackSummaryFormat.options.join(', ')}.`);
    const language = values.lang === undefined ? undefined : parseLanguageOption(values);
    const output = textOutput(values, context.cwd);
    const project = await loadProject(fileArgument(positionals, context.cwd));
    await emitText(output, writeFeedbackSummary(project, format.data, language), context);
    return 0;
  },
};
