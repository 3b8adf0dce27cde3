import { HistoryFormat } from '../../history/history-format';
import { writeHistory } from '../../history/write-history';
import { reportCommand } from '../report-command';

export const historyCommand = reportCommand({
  name: 'history',
  summary: 'Print a charter’s audit trail: who did what, and when.',
  usage: [
    'FILE.charter [--format md|csv|yaml] [--lang fr|en] [-o OUT [--force]]',
    '',
    '  --format F         md (default): a table with dates in words, for people; csv: for a',
    '                     spreadsheet (UTF-8 with a BOM, ISO 8601 times in UTC); yaml: the',
    '                     events as recorded, for other tools',
    '  --lang fr|en       the language of the Markdown and CSV labels (default: the charter’s)',
    '  -o, --output OUT   the file to write (default: standard output)',
    '  --force            replace OUT if it exists',
    '',
    'Every event recorded in the file, in order: creation, edits, comments, sign-off requests,',
    'approvals and rejections, versions signed off and published, exports and imports.',
  ].join('\n'),
  formats: HistoryFormat,
  write: writeHistory,
});
