import { FeedbackSummaryFormat } from '../../review/feedback-summary-format';
import { writeFeedbackSummary } from '../../review/write-feedback-summary';
import { reportCommand } from '../report-command';

export const feedbackCommand = reportCommand({
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
  formats: FeedbackSummaryFormat,
  write: writeFeedbackSummary,
});
