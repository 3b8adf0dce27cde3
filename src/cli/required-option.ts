import { resolve } from 'node:path';
import { UsageError } from './cli-command';

/** A string option the command cannot do without. */
export function requiredOption(
  values: Record<string, unknown>,
  name: string,
  hint: string,
): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '')
    throw new UsageError(`--${name} is required (${hint}).`);
  return value;
}

/** The FILE argument of a command (run-cli checked there is one), from the working directory. */
export function fileArgument(positionals: string[], cwd: string): string {
  return resolve(cwd, positionals[0] ?? '');
}
