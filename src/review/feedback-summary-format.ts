import { z } from 'zod';
import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { summarizeFeedback } from './feedback-summary';
import { feedbackSummaryMarkdown } from './feedback-summary-markdown';
import { feedbackSummaryYaml } from './feedback-summary-yaml';

/** Markdown to send to the CSE or management; YAML for other tools. */
export const FeedbackSummaryFormat = z.enum(['md', 'yaml']);
export type FeedbackSummaryFormat = z.infer<typeof FeedbackSummaryFormat>;

/** The feedback summary of a project as text; the labels of Markdown in `language`. */
export function writeFeedbackSummary(
  project: Project,
  format: FeedbackSummaryFormat,
  language: Language = project.meta.language,
): string {
  const summary = summarizeFeedback(project);
  return format === 'md'
    ? feedbackSummaryMarkdown(summary, language)
    : feedbackSummaryYaml(summary);
}
