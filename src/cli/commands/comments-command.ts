import { stringify } from 'yaml';
import { anchorComments, type AnchoredComment } from '../../review/anchor-comments';
import { threadClauseId } from '../../review/thread-clause';
import { loadProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

export const commentsCommand: CliCommand = {
  name: 'comments',
  summary: 'List a charter’s review comments as YAML.',
  usage: [
    'FILE.charter',
    '',
    'One entry per thread: id, clause, quote, author, role, anonymous, status, text, replies,',
    'and for a suggestion its wording and, once decided, the decision.',
    '"clause" is where the quote is found now; "anchor" says anchored (where it was), moved',
    '(in another clause or reworded) or orphaned (its passage is gone; the quote is kept).',
  ].join('\n'),
  files: 'one',
  options: {},
  async run({ positionals }, context) {
    const project = await loadProject(fileArgument(positionals, context.cwd));
    context.stdout(stringify(anchorComments(project).map(listed), { lineWidth: 0 }));
    return 0;
  },
};

function listed(result: AnchoredComment) {
  const { comment } = result;
  return {
    id: comment.id,
    clause: threadClauseId(result),
    anchor: result.status,
    quote: comment.anchor.exact,
    author: comment.author.name,
    role: comment.author.role,
    anonymous: comment.anonymous,
    createdAt: comment.createdAt,
    status: comment.status,
    text: comment.text,
    ...(comment.suggestion ? { suggestion: comment.suggestion } : {}),
    replies: comment.replies.map((reply) => ({
      id: reply.id,
      author: reply.author.name,
      role: reply.author.role,
      anonymous: reply.anonymous,
      createdAt: reply.createdAt,
      text: reply.text,
    })),
  };
}
