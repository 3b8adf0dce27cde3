import type { Language } from '../model/language';
import type { Project } from '../model/project';
import { summarizeFeedback } from './feedback-summary';
import type { FeedbackSummaryFormat } from './feedback-summary-format';
import { feedbackSummaryMarkdown } from './feedback-summary-markdown';
import { feedbackSummaryYaml } from './feedback-summary-yaml';

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
