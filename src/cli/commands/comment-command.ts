import { Author } from '../../model/comment';
import { Role } from '../../model/role';
import { createComment } from '../../review/create-comment';
import { loadProject, saveProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { fileArgument, requiredOption } from '../required-option';

const ROLES = [...Role.options, 'employee'].join('|');

export const commentCommand: CliCommand = {
  name: 'comment',
  summary: 'Add a review comment on a passage of a clause.',
  usage: [
    'FILE.charter --clause ID --quote TEXT --text TEXT --author NAME --role ROLE [--anonymous]',
    '',
    '  --clause ID     the clause commented on (ids as in "charter export --format yaml")',
    '  --quote TEXT    the passage, as the clause reads it now',
    '  --text TEXT     the comment',
    '  --author NAME   who comments; not needed, and never stored, with --anonymous',
    `  --role ROLE     ${ROLES}; an anonymous comment is always filed as employee`,
    '  --anonymous     comment without a name',
    '',
    'Writes into FILE (the previous one is kept as FILE.bak) and prints the new comment’s id.',
  ].join('\n'),
  files: 'one',
  options: {
    clause: { type: 'string' },
    quote: { type: 'string' },
    text: { type: 'string' },
    author: { type: 'string' },
    role: { type: 'string' },
    anonymous: { type: 'boolean' },
  },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const anonymous = values.anonymous === true;
    const clauseId = requiredOption(values, 'clause', 'the clause id');
    const quote = requiredOption(values, 'quote', 'the passage commented on');
    const text = requiredOption(values, 'text', 'the comment');
    const author = anonymous ? undefined : parseAuthor(values);
    const { project, comment } = createComment(await loadProject(path), {
      clauseId,
      quote,
      text,
      author,
      anonymous,
      now: new Date().toISOString(),
    });
    await saveProject(path, project);
    context.stdout(`${comment.id}\n`);
    return 0;
  },
};

function parseAuthor(values: Record<string, unknown>): Author {
  const name = requiredOption(values, 'author', 'your name, or --anonymous');
  const role = Author.shape.role.safeParse(requiredOption(values, 'role', ROLES));
  if (!role.success) throw new UsageError(`--role must be one of ${ROLES.replaceAll('|', ', ')}.`);
  return { name, role: role.data };
}
