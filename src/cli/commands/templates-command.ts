import { listTemplates } from '../../template/list-templates';
import type { CliCommand } from '../cli-command';

export const templatesCommand: CliCommand = {
  name: 'templates',
  summary: 'List the templates: id, languages and title.',
  usage: '',
  files: 'none',
  options: {},
  async run(_args, context) {
    for (const template of await listTemplates(context.templatesDir)) {
      const title =
        template.title.fr ?? template.title.en ?? Object.values(template.title)[0] ?? '';
      context.stdout(`${template.id}\t${template.languages.join(',')}\t${title}\n`);
    }
    return 0;
  },
};
