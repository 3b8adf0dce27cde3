import { Role } from '../../model/role';
import { rolesOption } from '../roles-option';
import { requestSignOff } from '../../signoff/request-sign-off';
import { loadProject, saveProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';
import { lastEventLine } from '../last-event-line';

export const requestSignoffCommand: CliCommand = {
  name: 'request-signoff',
  summary: 'Freeze the text and ask the required roles to approve it.',
  usage: [
    'FILE.charter [--roles hr,legal,it] [--author NAME]',
    '',
    '  --roles R,R    whose approval the version needs (default: the charter’s own list,',
    `                 first hr,legal,it); among ${Role.options.join(', ')}`,
    '  --author NAME  who asks, for the history',
    '',
    'Prints the fingerprint approvers decide on. Any later edit withdraws the request.',
  ].join('\n'),
  files: 'one',
  options: { roles: { type: 'string' }, author: { type: 'string' } },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const roles = rolesOption(values);
    const project = requestSignOff(await loadProject(path), {
      ...(roles ? { roles } : {}),
      ...(typeof values.author === 'string' ? { requestedBy: values.author } : {}),
      now: new Date().toISOString(),
    });
    await saveProject(path, project);
    const request = project.signOff.request;
    context.stdout(`${lastEventLine(project)}fingerprint: ${request?.fingerprint ?? ''}\n`);
    return 0;
  },
};
