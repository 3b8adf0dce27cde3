import type { ParseArgsConfig } from 'node:util';
import type { PdfPrinter } from '../export/pdf-printer';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** What every command may use: the io, where templates and the built UI live, a PDF printer. */
export interface CliContext extends CliIo {
  templatesDir: string;
  rendererDir: string;
  openPdfPrinter: () => PdfPrinter & { close(): Promise<void> };
}

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CliCommand {
  name: string;
  summary: string;
  /** Usage lines after "charter <name>", and option descriptions, for --help. */
  usage: string;
  options: CliOptions;
  /** How many FILE arguments the command takes. */
  files: 'none' | 'one' | 'one-or-more';
  /** Returns the exit code. Throw UsageError for a misuse (exit 2), CharterError for a failure (exit 1). */
  run(
    args: { values: Record<string, unknown>; positionals: string[] },
    context: CliContext,
  ): Promise<number>;
}

/** A command line that does not make sense: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
