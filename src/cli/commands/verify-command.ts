import { basename, resolve } from 'node:path';
import { parseTrustedKeys } from '../../signoff/trusted-keys';
import { verifyExport } from '../../signoff/verify-export';
import type { CliCommand } from '../cli-command';
import { readTextFile } from '../read-text-file';
import { rolesOption } from '../roles-option';
import { fileArgument } from '../required-option';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check that a YAML export is the text its approvers signed, unaltered.',
  usage: [
    'FILE.yaml [--trust KEYS.yaml] [--roles hr,legal,it]',
    '',
    '  --trust KEYS.yaml   only accept signatures by these keys (keys: [{name, role?, publicKey}])',
    '  --roles R,R         a signed-off text must have been approved by each of these roles',
    '',
    'Recomputes the fingerprint from the text and checks every approval’s signature against it.',
    'Exit 0 when all holds; 1 with one line per failure.',
  ].join('\n'),
  files: 'one',
  options: { trust: { type: 'string' }, roles: { type: 'string' } },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const trustPath =
      typeof values.trust === 'string' ? resolve(context.cwd, values.trust) : undefined;
    const trusted = trustPath
      ? parseTrustedKeys(await readTextFile(trustPath), basename(trustPath)).keys
      : undefined;
    const requiredRoles = rolesOption(values);
    const { fingerprint, version, verified, approvedBy, failures } = verifyExport(
      await readTextFile(path),
      { ...(trusted ? { trusted } : {}), ...(requiredRoles ? { requiredRoles } : {}) },
    );
    const heading = `${basename(path)}: version ${version.number} (${version.status}), ${fingerprint}`;
    if (failures.length > 0) {
      context.stderr(
        `${heading}\n${failures.map((failure) => `FAIL ${failure.message}`).join('\n')}\n`,
      );
      return 1;
    }
    const lines = [
      heading,
      ...verified.map((line) => `OK ${line}`),
      'OK the text matches its fingerprint.',
      ...(approvedBy.length > 0 ? [`Approved by: ${approvedBy.join(', ')}.`] : []),
      ...(trusted || verified.length === 0
        ? []
        : [
            'Signatures were checked against the keys in the file itself; add --trust KEYS.yaml to check who holds them.',
          ]),
    ];
    context.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
