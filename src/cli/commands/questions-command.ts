import { stringify } from 'yaml';
import { loadTemplate } from '../../template/load-template';
import { wizardPages } from '../../template/wizard-pages';
import type { CliCommand } from '../cli-command';
import { languageOption, parseLanguageOption } from '../language-option';
import { requiredOption } from '../required-option';

export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: "Print a template's wizard questions as YAML.",
  usage:
    '--template ID [--lang fr|en]\n\n  --template ID   the template (see "charter templates")\n  --lang fr|en    the language of labels (default fr)',
  files: 'none',
  options: { template: { type: 'string' }, ...languageOption },
  async run({ values }, context) {
    const template = await loadTemplate(
      context.templatesDir,
      requiredOption(values, 'template', 'see "charter templates"'),
    );
    const questions = wizardPages(template, parseLanguageOption(values)).flatMap((page) =>
      page.questions.map((question) => ({
        id: question.id,
        type: question.type,
        label: question.label,
        required: question.required,
        ...(question.options ? { options: question.options } : {}),
        ...(question.default !== undefined ? { default: question.default } : {}),
        ...(question.help ? { help: question.help } : {}),
        ...(question.visibleWhen ? { visibleWhen: question.visibleWhen } : {}),
        page: page.id,
      })),
    );
    context.stdout(stringify(questions, { lineWidth: 0 }));
    return 0;
  },
};
