import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CharterError } from '../../errors/charter-error';
import type { Answers } from '../../model/answers';
import { AnswerValue } from '../../model/answers';
import { serializeProject } from '../../store/project-file';
import { parseYamlSafely } from '../../text/parse-yaml-safely';
import { createProject } from '../../template/create-project';
import { loadTemplate } from '../../template/load-template';
import { parseAnswerText } from '../../template/parse-answer-text';
import { wizardPages } from '../../template/wizard-pages';
import type { WizardQuestion } from '../../template/wizard-types';
import { UsageError, type CliCommand } from '../cli-command';
import { languageOption, parseLanguageOption } from '../language-option';
import { requiredOption } from '../required-option';
import { writeOutputFile } from '../write-output-file';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Create a charter project from a template and answers.',
  usage: [
    '--template ID [--lang fr|en] [--answers FILE.yaml] [--set KEY=VALUE]... -o FILE.charter [--force]',
    '',
    '  --template ID      the template (see "charter templates")',
    '  --lang fr|en       the charter language (default fr)',
    '  --answers FILE     a YAML map from question id to answer (see "charter questions")',
    '  --set KEY=VALUE    one answer; repeat as needed; wins over --answers',
    '  -o, --output FILE  the project file to write',
    '  --force            replace FILE if it exists',
    '',
    'Unanswered questions take their defaults; a required question without one is an error.',
  ].join('\n'),
  files: 'none',
  options: {
    template: { type: 'string' },
    ...languageOption,
    answers: { type: 'string' },
    set: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run({ values }, context) {
    const output = resolve(
      context.cwd,
      requiredOption(values, 'output', 'the project file to write'),
    );
    const templateId = requiredOption(values, 'template', 'see "charter templates"');
    const language = parseLanguageOption(values);
    const template = await loadTemplate(context.templatesDir, templateId);
    const questions = new Map(
      wizardPages(template, language).flatMap((page) =>
        page.questions.map((question) => [question.id, question] as const),
      ),
    );
    const answers: Answers = {
      ...(typeof values.answers === 'string'
        ? await readAnswersFile(resolve(context.cwd, values.answers))
        : {}),
      ...parseSetOptions((values.set as string[] | undefined) ?? [], questions, templateId),
    };
    const project = createProject({
      template,
      language,
      answers,
      id: randomUUID(),
      now: new Date().toISOString(),
    });
    await writeOutputFile(output, Buffer.from(serializeProject(project)), values.force === true);
    context.stdout(`${output}\n`);
    return 0;
  },
};

function parseSetOptions(
  sets: string[],
  questions: Map<string, WizardQuestion>,
  templateId: string,
): Answers {
  const answers: Answers = {};
  for (const set of sets) {
    const separator = set.indexOf('=');
    if (separator < 1) throw new UsageError(`--set expects KEY=VALUE, got "${set}".`);
    const key = set.slice(0, separator);
    const question = questions.get(key);
    if (!question) {
      throw new UsageError(
        `--set ${key}: no such question in ${templateId} (see "charter questions --template ${templateId}").`,
      );
    }
    try {
      answers[key] = parseAnswerText(question, set.slice(separator + 1));
    } catch (error) {
      throw new UsageError(`--set ${key}: ${(error as Error).message}`);
    }
  }
  return answers;
}

/** Answers may be written flat ("company.name: X") or nested ("company: {name: X}"). */
async function readAnswersFile(path: string): Promise<Answers> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CharterError(
      'invalid-input',
      `Could not read answers from ${path}: ${(error as Error).message}`,
    );
  }
  const reading = parseYamlSafely(text);
  if (!reading.ok) {
    const where = reading.line === undefined ? '' : ` (line ${reading.line})`;
    throw new CharterError(
      'invalid-input',
      `Could not read answers from ${path}: ${reading.problem}${where}. Write it as a YAML map from question id to answer (see "charter questions").`,
    );
  }
  const raw = reading.data;
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CharterError(
      'invalid-input',
      `${path} must be a YAML map from question id to answer.`,
    );
  }
  return flattenAnswers(raw as Record<string, unknown>, '', path);
}

function flattenAnswers(map: Record<string, unknown>, prefix: string, path: string): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(map)) {
    const id = prefix + key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(answers, flattenAnswers(value as Record<string, unknown>, `${id}.`, path));
      continue;
    }
    const parsed = AnswerValue.safeParse(
      value instanceof Date ? value.toISOString().slice(0, 10) : value,
    );
    if (!parsed.success)
      throw new CharterError(
        'invalid-input',
        `${path}: ${id}: not a text, number, yes/no or list.`,
      );
    answers[id] = parsed.data;
  }
  return answers;
}
