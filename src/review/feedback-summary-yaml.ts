import { portableYamlDocument, writePortableYaml } from '../export/portable-yaml';
import type { FeedbackSummary } from './feedback-summary';

/**
 * The summary as YAML for other tools: the summary's own keys, in their fixed order, role ids
 * rather than names, and no date but the project's own, so one project gives the same bytes.
 * Python and other YAML 1.1 readers read it the same (see portableYamlDocument).
 */
export function feedbackSummaryYaml(summary: FeedbackSummary): string {
  return writePortableYaml(portableYamlDocument(summary));
}
