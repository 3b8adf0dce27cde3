import { createComment } from '../../review/create-comment';
import { loadProject, saveProject } from '../../store/project-file';
import { authorOption, ROLE_CHOICES } from '../author-option';
import type { CliCommand } from '../cli-command';
import { fileArgument, requiredOption } from '../required-option';

export const commentCommand: CliCommand = {
  name: 'comment',
  summary: 'Add a review comment, or suggest new wording, on a passage of a clause.',
  usage: [
    'FILE.charter --clause ID --quote TEXT (--text TEXT | --suggest TEXT [--text WHY])',
    '             --author NAME --role ROLE [--anonymous]',
    '',
    '  --clause ID     the clause commented on (ids as in "charter export --format yaml")',
    '  --quote TEXT    the passage, as the clause reads it now',
    '  --text TEXT     the comment; optional with --suggest',
    '  --suggest TEXT  new wording for the passage, within one paragraph; "" to delete it',
    '  --author NAME   who comments; not needed, and never stored, with --anonymous',
    `  --role ROLE     ${ROLE_CHOICES}; an anonymous comment is always filed as employee`,
    '  --anonymous     comment without a name',
    '',
    'Writes into FILE (the previous one is kept as FILE.bak) and prints the new comment’s id.',
  ].join('\n'),
  files: 'one',
  options: {
    clause: { type: 'string' },
    quote: { type: 'string' },
    text: { type: 'string' },
    suggest: { type: 'string' },
    author: { type: 'string' },
    role: { type: 'string' },
    anonymous: { type: 'boolean' },
  },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const anonymous = values.anonymous === true;
    const clauseId = requiredOption(values, 'clause', 'the clause id');
    const quote = requiredOption(values, 'quote', 'the passage commented on');
    // An empty --suggest is meaningful: it proposes to delete the passage.
    const suggestion = typeof values.suggest === 'string' ? values.suggest : undefined;
    const reason = typeof values.text === 'string' ? values.text : '';
    const text = suggestion === undefined ? requiredOption(values, 'text', 'the comment') : reason;
    const author = anonymous ? undefined : authorOption(values);
    const { project, comment } = createComment(await loadProject(path), {
      clauseId,
      quote,
      text,
      suggestion,
      author,
      anonymous,
      now: new Date().toISOString(),
    });
    await saveProject(path, project);
    context.stdout(`${comment.id}\n`);
    return 0;
  },
};
