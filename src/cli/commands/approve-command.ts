import { resolve } from 'node:path';
import { Role } from '../../model/role';
import { prepareCheckedDecision } from '../../signoff/prepare-checked-decision';
import { recordDecision } from '../../signoff/record-decision';
import { signApproval } from '../../signoff/signing-key';
import { loadProject, saveProject } from '../../store/project-file';
import { UsageError, type CliCommand } from '../cli-command';
import { readTextFile } from '../read-text-file';
import { fileArgument, requiredOption } from '../required-option';

export const approveCommand: CliCommand = {
  name: 'approve',
  summary: 'Approve (or reject) the text waiting for sign-off, signed with your key.',
  usage: [
    'FILE.charter --role ROLE --name NAME [--key KEYFILE] [--reject --reason TEXT]',
    '',
    `  --role ROLE     the role you approve for: ${Role.options.join(', ')}`,
    '  --name NAME     your name, as it will appear in the approvals table',
    '  --key KEYFILE   sign the decision with this Ed25519 key (charter keygen); without it the',
    '                  decision is recorded unsigned, and charter verify will say so',
    '  --reject        reject the text instead; --reason is then required',
    '  --reason TEXT   why',
    '',
    'When every required role has approved, the text becomes the next numbered version.',
  ].join('\n'),
  files: 'one',
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    key: { type: 'string' },
    reject: { type: 'boolean' },
    reason: { type: 'string' },
  },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const role = Role.safeParse(requiredOption(values, 'role', Role.options.join('|')));
    if (!role.success) throw new UsageError(`--role must be one of ${Role.options.join(', ')}.`);
    const name = requiredOption(values, 'name', 'your name');
    const keyPath = typeof values.key === 'string' ? resolve(context.cwd, values.key) : undefined;
    const privateKey = keyPath ? await readTextFile(keyPath) : undefined;
    const project = await loadProject(path);
    const now = new Date().toISOString();
    const prepared = prepareCheckedDecision(
      project,
      {
        role: role.data,
        name,
        decision: values.reject === true ? 'rejected' : 'approved',
        ...(typeof values.reason === 'string' ? { reason: values.reason } : {}),
      },
      now,
    );
    const approval = privateKey ? signApproval(prepared, privateKey, keyPath) : prepared;
    const { project: decided, signedOff } = recordDecision(project, approval, now);
    await saveProject(path, decided);
    const signed = approval.publicKey ? `signed with ${approval.publicKey}` : 'not signed';
    context.stdout(
      `${approval.role}: ${approval.decision} by ${approval.name} (version ${approval.versionNumber}, ${signed}).\n` +
        (signedOff
          ? `Version ${signedOff.number} is signed off.\nfingerprint: ${signedOff.fingerprint}\n`
          : ''),
    );
    return 0;
  },
};
