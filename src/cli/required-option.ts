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

/** The single FILE argument of a command, resolved against the working directory. */
export function singleFileArgument(positionals: string[], cwd: string, what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one ${what}.`);
  return resolve(cwd, positionals[0] as string);
}
