import { resolve } from 'node:path';
import { loadReviewCopies } from '../../review/load-review-copies';
import { broughtSomething, describeMerge, mergeFeedback } from '../../review/merge-feedback';
import { loadProject, saveProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'Bring comments, replies, resolutions and decisions back from review copies.',
  usage: [
    'FILE.charter COPY.charter...',
    '',
    'Writes the merged charter into FILE (the previous one is kept as FILE.bak) and prints what',
    'was merged. Merging a copy twice, or copies in another order, gives the same charter.',
  ].join('\n'),
  files: 'one-or-more',
  options: {},
  async run({ positionals }, context) {
    const [input, ...copyPaths] = positionals.map((path) => resolve(context.cwd, path));
    if (input === undefined || copyPaths.length === 0)
      throw new UsageError('expected the charter and at least one review copy.');
    const original = await loadProject(input);
    const copies = await loadReviewCopies(original.id, copyPaths);
    const { project, report } = mergeFeedback(original, copies, { now: new Date().toISOString() });
    const changed = broughtSomething(report);
    if (changed) await saveProject(input, project);
    const copiesWord = `${report.copies} ${report.copies === 1 ? 'copy' : 'copies'}`;
    context.stdout(
      `${input}: ${changed ? 'merged' : 'nothing new in'} ${copiesWord}: ${describeMerge(report)}\n`,
    );
    return 0;
  },
};
