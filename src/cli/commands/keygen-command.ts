import { resolve } from 'node:path';
import { generateSigningKey, publicKeyOf } from '../../signoff/signing-key';
import { CharterError } from '../../errors/charter-error';
import { isFileExistsError, writeFileAtomic } from '../../store/write-file-atomic';
import type { CliCommand } from '../cli-command';
import { requiredOption } from '../required-option';

export const keygenCommand: CliCommand = {
  name: 'keygen',
  summary: 'Create an Ed25519 key to sign approvals with.',
  usage: [
    '-o KEYFILE',
    '',
    '  -o, --output KEYFILE   where to write the private key (PEM, readable by you only)',
    '',
    'Never replaces an existing file: a lost key cannot sign again, a replaced one could not',
    'be told apart. Prints the public key, as a --trust file lists it; share that, never KEYFILE.',
  ].join('\n'),
  files: 'none',
  options: { output: { type: 'string', short: 'o' } },
  async run({ values }, context) {
    const path = resolve(context.cwd, requiredOption(values, 'output', 'the key file to write'));
    const privateKey = generateSigningKey();
    try {
      await writeFileAtomic(path, Buffer.from(privateKey, 'utf8'), {
        overwrite: false,
        keepBackup: false,
        mode: 0o600,
      });
    } catch (error) {
      if (!isFileExistsError(error)) throw error;
      throw new CharterError(
        'invalid-input',
        `${path} already exists, and a key is never replaced: choose another name.`,
      );
    }
    context.stdout(`${path}\npublicKey: ${publicKeyOf(privateKey)}\n`);
    return 0;
  },
};
