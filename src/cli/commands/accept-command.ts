import { acceptSuggestion } from '../../review/accept-suggestion';
import { followEdits } from '../../signoff/follow-edits';
import { loadProject, saveProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { commentArguments } from '../comment-arguments';
import { lastEventLine } from '../last-event-line';

export const acceptCommand: CliCommand = {
  name: 'accept',
  summary: 'Accept a suggestion: its wording replaces the passage in the clause.',
  usage: [
    'FILE.charter COMMENT_ID [--author NAME]',
    '',
    '  COMMENT_ID     the suggestion, as "charter comments" lists it',
    '  --author NAME  who accepts, for the history',
    '',
    'Writes into FILE (the previous one is kept as FILE.bak), resolves the thread and prints the',
    'change. A suggestion whose passage is gone is refused: edit the clause by hand.',
  ].join('\n'),
  files: 'one-or-more',
  options: { author: { type: 'string' } },
  async run({ values, positionals }, context) {
    const { path, commentId } = commentArguments(positionals, context.cwd);
    const actor = typeof values.author === 'string' ? values.author : undefined;
    const now = new Date().toISOString();
    const accepted = acceptSuggestion(await loadProject(path), { commentId, now, actor });
    // The text changed: a pending sign-off request no longer holds, a signed-off text is a draft.
    const { project, withdrawn } = followEdits(accepted, now);
    await saveProject(path, project);
    context.stdout(lastEventLine(accepted));
    if (withdrawn) context.stdout(lastEventLine(project));
    return 0;
  },
};
