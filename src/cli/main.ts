import { createChromiumPdfPrinter } from '../export/chromium-pdf-printer';
import { appPaths } from './app-paths';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  ...appPaths(),
  openPdfPrinter: () => createChromiumPdfPrinter(),
});
