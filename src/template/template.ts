import { z } from 'zod';
import { CharterError } from '../errors/charter-error';
import { AnswerValue } from '../model/answers';
import { StableId } from '../model/clause';
import { Language } from '../model/language';
import { Role } from '../model/role';
import { QuestionType } from './wizard-types';

/**
 * A charter template as loaded from `templates/<id>/`: the language-neutral structure of
 * `template.yaml` plus one locale file per language. The format is documented in templates/README.md.
 * Objects are strict so that a misspelt key is an error, not a silently ignored setting.
 */

/** Question ids are read by conditions and `{{variables}}`: dotted names, like `company.name`. */
export const QuestionId = z
  .string()
  .regex(
    /^[a-z][A-Za-z0-9_]*(\.[a-z][A-Za-z0-9_]*)*$/,
    'must be dot-separated names of letters, digits or "_", each starting with a lowercase letter',
  );

/** Option values are what answers store; they are kept free of commas for `--set a=x,y`. */
const OptionValue = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'must be letters, digits, "_", "." or "-"');

export const TemplateQuestion = z.strictObject({
  id: QuestionId,
  type: QuestionType,
  required: z.boolean().default(false),
  default: AnswerValue.optional(),
  owner: Role.optional(),
  /** Values of a choice or multiChoice question, in display order; labels live in the locales. */
  options: z.array(OptionValue).min(1).optional(),
  /** A condition (see condition.ts); the question is asked only when it holds. */
  visibleWhen: z.string().min(1).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Number questions only: the answer is a whole number (a headcount, a number of months). */
  integer: z.boolean().optional(),
});
export type TemplateQuestion = z.infer<typeof TemplateQuestion>;

export const TemplatePage = z.strictObject({
  id: StableId,
  /** The team the page is for: the wizard groups its steps by role. */
  owner: Role.optional(),
  questions: z.array(TemplateQuestion).min(1),
});
export type TemplatePage = z.infer<typeof TemplatePage>;

export const TemplateClause = z.strictObject({
  id: StableId,
  /** Defaults to the section's owner. */
  owner: Role.optional(),
  /** A condition; the clause is in the charter only when it holds. */
  when: z.string().min(1).optional(),
  /**
   * The clause limits a freedom of the employees: every locale must give its `rationale`, the
   * justification and proportionality that Code du travail L1121-1 requires.
   */
  restrictive: z.boolean().optional(),
  /** The author may switch the clause off (Project.disabledClauses); it is on by default. */
  optional: z.boolean().optional(),
});
export type TemplateClause = z.infer<typeof TemplateClause>;

export const TemplateSection = z.strictObject({
  id: StableId,
  owner: Role,
  clauses: z.array(TemplateClause).min(1),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/** The version of the format described in templates/README.md. */
export const TEMPLATE_FORMAT = 1;

/** `template.yaml`. */
export const TemplateFile = z.strictObject({
  /** Optional; a template written for another version of the format is refused. */
  format: z.literal(TEMPLATE_FORMAT).optional(),
  id: z.string().min(1),
  version: z.string().min(1),
  languages: z.array(Language).min(1),
  /** Where the template stands in lists, lowest first; ties and unranked ones go by id. */
  rank: z.number().int().min(1).optional(),
  pages: z.array(TemplatePage).min(1),
  sections: z.array(TemplateSection).min(1),
});
export type TemplateFile = z.infer<typeof TemplateFile>;

const Text = z.string().trim().min(1);

/** `<language>.yaml`: every string a reader sees, keyed by the ids of template.yaml. */
export const LocaleFile = z.strictObject({
  title: Text,
  description: Text,
  pages: z.record(z.string(), z.strictObject({ title: Text, description: Text.optional() })),
  questions: z.record(
    z.string(),
    z.strictObject({
      label: Text,
      help: Text.optional(),
      options: z.record(z.string(), Text).optional(),
    }),
  ),
  sections: z.record(z.string(), z.strictObject({ title: Text })),
  /**
   * Clause text is Markdown (docs/rich-text-markdown.md) with `{{question.id}}` variables; the
   * rationale of a restrictive clause is plain text, with variables too.
   */
  clauses: z.record(
    z.string(),
    z.strictObject({ title: Text.optional(), text: Text, rationale: Text.optional() }),
  ),
});
export type LocaleFile = z.infer<typeof LocaleFile>;

/** A loaded, cross-checked template: every language listed has its locale. */
export interface Template extends TemplateFile {
  locales: Partial<Record<Language, LocaleFile>>;
}

export function templateQuestions(template: Template): TemplateQuestion[] {
  return template.pages.flatMap((page) => page.questions);
}

/** Every clause with its section, in charter order. */
export function templateClauses(
  template: Pick<Template, 'sections'>,
): { section: TemplateSection; clause: TemplateClause }[] {
  return template.sections.flatMap((section) =>
    section.clauses.map((clause) => ({ section, clause })),
  );
}

export function templateLocale(template: Template, language: Language): LocaleFile {
  const locale = template.locales[language];
  if (!locale) {
    throw new CharterError(
      'not-found',
      `The template "${template.id}" is not available in "${language}"; it offers ${template.languages.join(', ')}.`,
      { template: template.id, language },
    );
  }
  return locale;
}

/** A locale's strings for one id. Loading checked they exist, so a gap is a template bug. */
export function localeEntry<T>(entries: Record<string, T>, id: string, what: string): T {
  const entry = Object.hasOwn(entries, id) ? entries[id] : undefined;
  if (entry === undefined) {
    throw new CharterError('template-invalid', `The template has no strings for ${what} "${id}".`);
  }
  return entry;
}
