import { z } from 'zod';
import { AnswerValue } from '../model/answers';
import { Language } from '../model/language';
import { Role } from '../model/role';

/**
 * What the wizard and `charter questions` show: a template's questions in one language.
 * A `date` answer is a day written YYYY-MM-DD; a `contacts` answer is a list of Contact.
 */
export const QuestionType = z.enum([
  'text',
  'longText',
  'number',
  'boolean',
  'choice',
  'multiChoice',
  'date',
  'contacts',
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const WizardQuestion = z.object({
  id: z.string().min(1),
  type: QuestionType,
  label: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean(),
  owner: Role.optional(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  default: AnswerValue.optional(),
  /** A condition in the template expression language; the question is asked only when it holds. */
  visibleWhen: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Number questions only: whole numbers (a headcount, months), never 1.5. */
  integer: z.boolean().optional(),
});
export type WizardQuestion = z.infer<typeof WizardQuestion>;

export const WizardPage = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  /** The team the page is for, so the wizard can group its steps by role. */
  owner: Role.optional(),
  questions: z.array(WizardQuestion),
});
export type WizardPage = z.infer<typeof WizardPage>;

export const TemplateSummary = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  languages: z.array(Language).min(1),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** A clause the author may switch on or off, as the wizard and the editor offer it. */
export const OptionalClause = z.object({
  clauseId: z.string().min(1),
  sectionId: z.string().min(1),
  sectionTitle: z.string().min(1),
  title: z.string().optional(),
  /** The first sentence of its text, its `{{variables}}` shown as "…". */
  summary: z.string().optional(),
});
export type OptionalClause = z.infer<typeof OptionalClause>;
