import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { serveCharter } from '../e2e/support/serve-charter';
import { createChromiumPdfPrinter } from '../src/export/chromium-pdf-printer';
import { parseBenchOptions, USAGE, type BenchOptions, type SuiteName } from './bench-options';
import type { BenchResult } from './bench-result';
import { charterFixture } from './fixture/charter-fixture';
import { shippedCharter } from './fixture/shipped-charter';
import { resultsTable } from './results-table';
import { exportSuite } from './suites/export-suite';
import { generationSuite } from './suites/generation-suite';
import { rendererSuite } from './suites/renderer-suite';
import { storeSuite } from './suites/store-suite';

/** `npm run bench`: every figure of issue 8, printed as a table and written as JSON. */
async function runBench(options: BenchOptions): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'charter-bench-'));
  const pdfPrinter = createChromiumPdfPrinter();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const host = await serveCharter(folder);
  const results: BenchResult[] = [];
  const failures: string[] = [];
  // A suite that fails says why and the others still run: a long run is never lost to one error.
  const run = async (name: string, suite: () => Promise<BenchResult[]>) => {
    process.stderr.write(`· ${name}\n`);
    try {
      const figures = await suite();
      results.push(...figures);
      // Shown as they come: a long run's figures are seen, and kept, before it ends.
      process.stderr.write(`${resultsTable(figures)}\n`);
    } catch (error) {
      const message = `${name}: ${(error as Error).message.split('\n')[0]}`;
      process.stderr.write(`  failed: ${message}\n`);
      failures.push(message);
    }
  };
  try {
    const shipped = await shippedCharter();
    const wanted = (suite: SuiteName) => options.suites.includes(suite);
    if (wanted('generation')) {
      await run('generation', () => generationSuite(shipped, options.runs));
    }
    for (const pages of options.sizes) {
      const project = charterFixture(shipped.project, pages);
      if (wanted('store')) {
        await run(`${pages} pages: open and save`, () =>
          storeSuite(project, pages, folder, options.runs),
        );
      }
      if (wanted('export')) {
        await run(`${pages} pages: exports and peers`, () =>
          exportSuite(project, pages, {
            folder,
            runs: options.runs,
            pdfPrinter,
            libreOfficeProfile: join(folder, 'libreoffice-profile'),
          }),
        );
      }
      if (wanted('renderer')) {
        await run(`${pages} pages: the editor in Chromium`, () =>
          rendererSuite(project, pages, {
            browser,
            url: host.url,
            folder,
            runs: options.runs,
            keystrokes: options.keystrokes,
            ...(options.profile === undefined ? {} : { profile: options.profile }),
          }),
        );
      }
    }
  } finally {
    await host.stop();
    await browser.close();
    await pdfPrinter.close();
    await rm(folder, { recursive: true, force: true });
  }

  const table = resultsTable(results);
  const failed = failures.map((failure) => `FAILED ${failure}\n`).join('');
  process.stdout.write(`${table}\n\n${failed}${machine()}\n`);
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(
    options.out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), options, results, failures }, null, 2)}\n`,
  );
  process.stdout.write(`Results written to ${options.out}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

function machine(): string {
  const cores = cpus();
  // Other work on the machine slows every figure: the load average says how much there was.
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  return `${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}, load average ${load}`;
}

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
await runBench(options);
