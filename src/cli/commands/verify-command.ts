import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CharterError } from '../../errors/charter-error';
import { parseTrustedKeys } from '../../signoff/trusted-keys';
import { verifyExport } from '../../signoff/verify-export';
import { describeFileSystemError } from '../../store/describe-file-system-error';
import type { CliCommand } from '../cli-command';
import { fileArgument } from '../required-option';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CharterError(
      'not-found',
      `Could not read ${path}: ${describeFileSystemError(error)}`,
    );
  }
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check that a YAML export is the text its approvers signed, unaltered.',
  usage: [
    'FILE.yaml [--trust KEYS.yaml]',
    '',
    '  --trust KEYS.yaml   only accept signatures by these keys (keys: [{name, role?, publicKey}])',
    '',
    'Recomputes the fingerprint from the text and checks every approval’s signature against it.',
    'Exit 0 when all holds; 1 with one line per failure.',
  ].join('\n'),
  files: 'one',
  options: { trust: { type: 'string' } },
  async run({ values, positionals }, context) {
    const path = fileArgument(positionals, context.cwd);
    const trustPath =
      typeof values.trust === 'string' ? resolve(context.cwd, values.trust) : undefined;
    const trusted = trustPath
      ? parseTrustedKeys(await readText(trustPath), basename(trustPath)).keys
      : undefined;
    const { fingerprint, version, verified, failures } = verifyExport(
      await readText(path),
      trusted,
    );
    const heading = `${basename(path)}: version ${version.number} (${version.status}), ${fingerprint}`;
    if (failures.length > 0) {
      context.stderr(`${heading}\n${failures.map((failure) => `FAIL ${failure}`).join('\n')}\n`);
      return 1;
    }
    const note = trusted
      ? ''
      : verified.length > 0
        ? 'Signatures were checked against the keys in the file itself; add --trust KEYS.yaml to check who holds them.\n'
        : '';
    context.stdout(
      `${heading}\n${verified.map((line) => `OK ${line}`).join('\n')}${verified.length ? '\n' : ''}OK the text matches its fingerprint.\n${note}`,
    );
    return 0;
  },
};
