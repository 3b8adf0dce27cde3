import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { makeReviewCopy } from '../../review/make-review-copy';
import { startReview } from '../../signoff/start-review';
import { loadProject, saveProject, serializeProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { fileArgument, requiredOption } from '../required-option';
import { writeOutputFile } from '../write-output-file';

export const reviewCopyCommand: CliCommand = {
  name: 'review-copy',
  summary: 'Write a copy of a charter to send to a reviewer.',
  usage: [
    'FILE.charter -o COPY.charter [--force]',
    '',
    '  -o, --output COPY  the review copy to write',
    '  --force            replace COPY if it exists',
    '',
    'The copy holds the charter and its comments; bring its feedback back with "charter merge".',
    'A draft charter is marked in review.',
  ].join('\n'),
  files: 'one',
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  async run({ values, positionals }, context) {
    const input = fileArgument(positionals, context.cwd);
    const output = resolve(
      context.cwd,
      requiredOption(values, 'output', 'the review copy to write'),
    );
    if (output === input) throw new UsageError('the copy must not replace the charter itself.');
    const project = await loadProject(input);
    const copy = makeReviewCopy(project, { id: randomUUID(), now: new Date().toISOString() });
    await writeOutputFile(output, Buffer.from(serializeProject(copy)), values.force === true);
    // Sent to a reviewer, a draft is in review.
    const inReview = startReview(project);
    if (inReview !== project) await saveProject(input, inReview);
    context.stdout(`${output}\n`);
    return 0;
  },
};
