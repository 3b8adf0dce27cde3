import type { CliContext } from '../cli-command';
import { runCli } from '../run-cli';

/** Runs one command line in `folder` as the `charter` command would, collecting its output. */
export async function runCliIn(folder: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: folder,
    env: {},
    templatesDir: folder,
    rendererDir: folder,
    openPdfPrinter: () => {
      throw new Error('This command prints no PDF.');
    },
  };
  const status = await runCli(args, context);
  return { status, stdout, stderr };
}
