import type { z } from 'zod';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { loadProject } from '../store/project-file';
import { UsageError, type CliCommand } from './cli-command';
import { languageOption, parseLanguageOption } from './language-option';
import { fileArgument } from './required-option';
import { emitText, textOutput, textOutputOptions } from './text-output';

interface ReportDefinition<Format extends string> {
  name: string;
  summary: string;
  usage: string;
  /** The formats `--format` accepts; the first is the default. */
  formats: z.ZodEnum<{ [Key in Format]: Key }>;
  write(project: Project, format: Format, language: Language | undefined): string;
}

/**
 * A command that reads one charter and prints a report of it, in a `--format`, labelled in the
 * charter's language or `--lang`, to standard output or `-o OUT` (replaced only with --force).
 */
export function reportCommand<Format extends string>({
  formats,
  write,
  ...description
}: ReportDefinition<Format>): CliCommand {
  return {
    ...description,
    files: 'one',
    options: { format: { type: 'string' }, ...languageOption, ...textOutputOptions },
    async run({ values, positionals }, context) {
      const format = formats.safeParse(values.format ?? formats.options[0]);
      if (!format.success)
        throw new UsageError(`--format must be one of ${formats.options.join(', ')}.`);
      const language = values.lang === undefined ? undefined : parseLanguageOption(values);
      const output = textOutput(values, context.cwd);
      const project = await loadProject(fileArgument(positionals, context.cwd));
      await emitText(output, write(project, format.data, language), context);
      return 0;
    },
  };
}
