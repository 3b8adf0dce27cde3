import { z } from 'zod';
import { AnswerValue } from '../model/answers';
import { Language } from '../model/language';
import { Role } from '../model/role';

/** What the wizard and `charter questions` show: a template's questions in one language. */
export const QuestionType = z.enum([
  'text',
  'longText',
  'number',
  'boolean',
  'choice',
  'multiChoice',
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
