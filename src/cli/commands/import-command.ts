import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CharterError } from '../../errors/charter-error';
import { describeFileSystemError } from '../../store/describe-file-system-error';
import { serializeProject } from '../../store/project-file';
import { importYaml } from '../../export/yaml-import';
import type { CliCommand } from '../cli-command';
import { requiredOption, fileArgument } from '../required-option';
import { writeOutputFile } from '../write-output-file';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Create a project from a YAML export.',
  usage: 'FILE.yaml -o FILE.charter [--force]',
  files: 'one',
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run({ values, positionals }, context) {
    const input = fileArgument(positionals, context.cwd);
    const output = resolve(
      context.cwd,
      requiredOption(values, 'output', 'the project file to write'),
    );
    let text: string;
    try {
      text = await readFile(input, 'utf8');
    } catch (error) {
      throw new CharterError(
        'not-found',
        `Could not read ${basename(input)}: ${describeFileSystemError(error)}`,
      );
    }
    const project = importYaml(text, { now: new Date().toISOString() });
    await writeOutputFile(output, Buffer.from(serializeProject(project)), values.force === true);
    context.stdout(`${output}\n`);
    return 0;
  },
};
