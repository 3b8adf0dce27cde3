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
    // Exports open a printer whatever the format; only a PDF would use it.
    openPdfPrinter: () => ({
      print: () => Promise.reject(new Error('These tests print no PDF.')),
      close: async () => undefined,
    }),
  };
  const status = await runCli(args, context);
  return { status, stdout, stderr };
}
