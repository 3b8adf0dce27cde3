import { publishVersion } from '../../signoff/publish-version';
import { loadProject, saveProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';
import { lastEventLine } from '../last-event-line';

export const publishCommand: CliCommand = {
  name: 'publish',
  summary: 'Mark the latest signed-off version as published to employees.',
  usage: [
    'FILE.charter [--author NAME]',
    '',
    '  --author NAME  who publishes, for the history',
  ].join('\n'),
  files: 'one',
  options: { author: { type: 'string' } },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const actor = typeof values.author === 'string' ? values.author : undefined;
    const project = publishVersion(await loadProject(path), new Date().toISOString(), actor);
    await saveProject(path, project);
    context.stdout(lastEventLine(project));
    return 0;
  },
};
