import { describeEvent } from '../history/describe-event';
import type { Project } from '../model/project';

/** What the command just recorded, as the one line the CLI prints for it (in English, as all its output). */
export function lastEventLine(project: Project): string {
  const event = project.history.at(-1);
  return `${event === undefined ? '' : describeEvent(event, 'en')}\n`;
}
