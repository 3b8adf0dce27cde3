import { checkIntegrity } from '../../signoff/check-integrity';
import type { IntegrityProblem } from '../../signoff/integrity-problem';
import { loadProject } from '../../store/project-file';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

const subjectName = ({ subject }: IntegrityProblem): string =>
  subject === 'request' ? 'text waiting for sign-off' : `version ${subject}`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary:
    'Check that a project file is valid and that its signed-off versions still hold; print what is wrong if not.',
  usage: 'FILE.charter',
  files: 'one',
  options: {},
  async run({ positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const project = await loadProject(path);
    const problems = checkIntegrity(project);
    if (problems.length > 0) {
      const lines = problems.map((problem) => `FAIL ${subjectName(problem)}: ${problem.message}`);
      context.stderr(
        `${path}: readable, but what was signed off no longer holds; restore the file from its .bak copy or a backup.\n${lines.join('\n')}\n`,
      );
      return 1;
    }
    const clauses = project.sections.reduce((count, section) => count + section.clauses.length, 0);
    context.stdout(
      `${path}: valid (${project.sections.length} sections, ${clauses} clauses, ${project.versions.length} signed-off version(s) checked)\n`,
    );
    return 0;
  },
};
