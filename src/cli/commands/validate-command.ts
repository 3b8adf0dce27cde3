import { loadProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check that a project file is valid; print what is wrong if not.',
  usage: 'FILE.charter',
  files: 'one',
  options: {},
  async run({ positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const project = await loadProject(path);
    const clauses = project.sections.reduce((count, section) => count + section.clauses.length, 0);
    context.stdout(`${path}: valid (${project.sections.length} sections, ${clauses} clauses)\n`);
    return 0;
  },
};
