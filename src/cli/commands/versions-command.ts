import type { Project } from '../../model/project';
import type { Approval } from '../../model/sign-off';
import { decisionsOn } from '../../signoff/record-decision';
import { isFrozen, nextVersionNumber } from '../../signoff/version-number';
import { loadProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

const decisionLine = (approval: Approval): string =>
  [
    `    ${approval.role.padEnd(13)} ${approval.decision.padEnd(8)} ${approval.name.padEnd(24)}`,
    approval.date,
    approval.signature ? 'signed' : 'not signed',
    approval.reason ? `“${approval.reason}”` : '',
  ]
    .filter(Boolean)
    .join('  ');

function describeVersions(project: Project): string[] {
  return project.versions.flatMap((version) => [
    `Version ${version.number}  ${version.status}  ${version.createdAt}  ${version.fingerprint}`,
    ...project.approvals
      .filter((approval) => approval.fingerprint === version.fingerprint && !approval.invalidatedAt)
      .map(decisionLine),
  ]);
}

function describeDraft(project: Project): string[] {
  if (isFrozen(project)) return [];
  const number = nextVersionNumber(project);
  const { request } = project.signOff;
  if (!request || project.meta.status !== 'sign-off-requested') {
    return [`Draft (would be version ${number})  ${project.meta.status}`];
  }
  const decisions = [...decisionsOn(project, request).values()];
  const approved = decisions.filter((approval) => approval.decision === 'approved').length;
  return [
    `Draft (version ${number})  sign-off requested from ${request.roles.join(', ')}: ${approved} of ${request.roles.length} approved  ${request.fingerprint}`,
    ...decisions.map(decisionLine),
  ];
}

export const versionsCommand: CliCommand = {
  name: 'versions',
  summary: 'List the signed-off versions, their approvals and fingerprints, and the draft.',
  usage: [
    'FILE.charter [--format text|json]',
    '',
    '  --format json   the versions, pending request and next review date for tools',
  ].join('\n'),
  files: 'one',
  options: { format: { type: 'string' } },
  async run({ values, positionals }, context) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format is text or json.');
    const project = await loadProject(fileArgument(positionals, context.cwd));
    if (format === 'json') {
      const { versions, approvals, signOff } = project;
      const listed = versions.map(({ content: _content, ...version }) => ({
        ...version,
        approvals: approvals.filter(
          (approval) => approval.fingerprint === version.fingerprint && !approval.invalidatedAt,
        ),
      }));
      const { request, ...schedule } = signOff;
      const pending = request && { ...request, content: undefined };
      context.stdout(
        `${JSON.stringify({ status: project.meta.status, versions: listed, request: pending, ...schedule }, null, 2)}\n`,
      );
      return 0;
    }
    const lines = [...describeVersions(project), ...describeDraft(project)];
    if (project.versions.length === 0) lines.unshift('No version signed off yet.');
    if (project.signOff.nextReviewDate)
      lines.push(`Next review: ${project.signOff.nextReviewDate}`);
    context.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
