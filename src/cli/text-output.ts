import { resolve } from 'node:path';
import { UsageError, type CliIo, type CliOptions } from './cli-command';
import { writeOutputFile } from './write-output-file';

/** `-o OUT [--force]` of a command that prints its text when given no file. */
export const textOutputOptions: CliOptions = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
};

export interface TextOutput {
  /** The file to write, absolute; standard output when undefined. */
  path?: string;
  force: boolean;
}

/** Reads `-o` and `--force`: --force without a file to replace is a misuse. */
export function textOutput(values: Record<string, unknown>, cwd: string): TextOutput {
  const force = values.force === true;
  if (typeof values.output === 'string' && values.output !== '')
    return { path: resolve(cwd, values.output), force };
  if (force) throw new UsageError('--force replaces the file of --output: give one.');
  return { force };
}

/** Prints the text, or writes it to the file (replacing one only with --force) and prints its path. */
export async function emitText(output: TextOutput, text: string, io: CliIo): Promise<void> {
  if (output.path === undefined) {
    io.stdout(text);
    return;
  }
  await writeOutputFile(output.path, new TextEncoder().encode(text), output.force);
  io.stdout(`${output.path}\n`);
}
