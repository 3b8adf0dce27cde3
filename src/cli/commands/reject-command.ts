import { rejectSuggestion } from '../../review/reject-suggestion';
import { loadProject, saveProject } from '../../store/project-file';
import { authorOption, ROLE_CHOICES } from '../author-option';
import type { CliCommand } from '../cli-command';
import { commentArguments } from '../comment-arguments';
import { requiredOption } from '../required-option';
import { lastEventLine } from '../last-event-line';

export const rejectCommand: CliCommand = {
  name: 'reject',
  summary: 'Reject a suggestion, saying why: the clause keeps its wording.',
  usage: [
    'FILE.charter COMMENT_ID --text WHY --author NAME --role ROLE',
    '',
    '  COMMENT_ID     the suggestion, as "charter comments" lists it',
    '  --text WHY     the reason, added to the thread as a reply',
    '  --author NAME  who rejects',
    `  --role ROLE    ${ROLE_CHOICES}`,
    '',
    'Writes into FILE (the previous one is kept as FILE.bak), resolves the thread and prints what',
    'was done.',
  ].join('\n'),
  files: 'one-or-more',
  options: { text: { type: 'string' }, author: { type: 'string' }, role: { type: 'string' } },
  async run({ values, positionals }, context) {
    const { path, commentId } = commentArguments(positionals, context.cwd);
    const text = requiredOption(values, 'text', 'why the suggestion is rejected');
    const project = rejectSuggestion(await loadProject(path), {
      commentId,
      reply: { text, author: authorOption(values) },
      now: new Date().toISOString(),
    });
    await saveProject(path, project);
    context.stdout(lastEventLine(project));
    return 0;
  },
};
