import { parseArgs } from 'node:util';
import { CharterError } from '../errors/charter-error';
import { UsageError, type CliCommand, type CliContext } from './cli-command';
import { acceptCommand } from './commands/accept-command';
import { approveCommand } from './commands/approve-command';
import { brandCommand } from './commands/brand-command';
import { commentCommand } from './commands/comment-command';
import { commentsCommand } from './commands/comments-command';
import { diffCommand } from './commands/diff-command';
import { exportCommand } from './commands/export-command';
import { feedbackCommand } from './commands/feedback-command';
import { historyCommand } from './commands/history-command';
import { importCommand } from './commands/import-command';
import { importCommentsCommand } from './commands/import-comments-command';
import { keygenCommand } from './commands/keygen-command';
import { lintCommand } from './commands/lint-command';
import { mergeCommand } from './commands/merge-command';
import { newCommand } from './commands/new-command';
import { packCommand } from './commands/pack-command';
import { publishCommand } from './commands/publish-command';
import { questionsCommand } from './commands/questions-command';
import { rejectCommand } from './commands/reject-command';
import { requestSignoffCommand } from './commands/request-signoff-command';
import { reviewCopyCommand } from './commands/review-copy-command';
import { schemaCommand } from './commands/schema-command';
import { serveCommand } from './commands/serve-command';
import { templatesCommand } from './commands/templates-command';
import { validateCommand } from './commands/validate-command';
import { verifyCommand } from './commands/verify-command';
import { versionsCommand } from './commands/versions-command';

export const COMMANDS: readonly CliCommand[] = [
  templatesCommand,
  questionsCommand,
  newCommand,
  exportCommand,
  brandCommand,
  schemaCommand,
  validateCommand,
  lintCommand,
  diffCommand,
  importCommand,
  reviewCopyCommand,
  mergeCommand,
  commentsCommand,
  commentCommand,
  acceptCommand,
  rejectCommand,
  feedbackCommand,
  importCommentsCommand,
  requestSignoffCommand,
  approveCommand,
  publishCommand,
  versionsCommand,
  keygenCommand,
  verifyCommand,
  historyCommand,
  packCommand,
  serveCommand,
];

const OVERVIEW = [
  'charter — write, check and export social-media usage charters.',
  '',
  'Usage: charter <command> [options]',
  '',
  'Commands:',
  ...COMMANDS.map((command) => `  ${command.name.padEnd(15)} ${command.summary}`),
  '',
  'Run "charter <command> --help" for a command\'s options. Add --debug to see stack traces.',
  'Exit codes: 0 success, 1 failure, 2 usage error.',
].join('\n');

/** Runs one command line and returns its exit code; errors go to stderr as one clear line. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined) {
    context.stderr(`${OVERVIEW}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    context.stdout(`${OVERVIEW}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    context.stderr(`charter: unknown command "${name}". Run "charter --help" for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout(`${command.summary}\n\nUsage: charter ${command.name} ${command.usage}\n`);
    return 0;
  }
  try {
    const parsed = parseCommandLine(command, rest);
    return await command.run(parsed, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(
        `charter ${command.name}: ${error.message} Run "charter ${command.name} --help".\n`,
      );
      return 2;
    }
    const message =
      error instanceof CharterError
        ? error.message
        : `unexpected error: ${(error as Error).message}`;
    context.stderr(`charter ${command.name}: ${message}\n`);
    if (debug && error instanceof Error && error.stack) context.stderr(`${error.stack}\n`);
    return 1;
  }
}

function parseCommandLine(command: CliCommand, args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\.?$/, '.'));
  }
  const count = parsed.positionals.length;
  const expected = {
    none: 'no arguments',
    one: 'exactly one file',
    'one-or-more': 'at least one file',
  }[command.files];
  const fits = { none: count === 0, one: count === 1, 'one-or-more': count > 0 }[command.files];
  if (!fits) {
    throw new UsageError(
      `expected ${expected}, got ${count === 0 ? 'none' : `"${parsed.positionals.join(' ')}"`}.`,
    );
  }
  return parsed;
}
