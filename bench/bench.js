// `npm run bench`: builds the app (so the figures are those of the code as it is), bundles the
// bench's TypeScript for Node, then runs it with the arguments given after `--`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const appBuild = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: true });
if (appBuild.status !== 0) process.exit(appBuild.status ?? 1);

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'bench/run-bench.ts',
    outDir: 'out/bench',
    emptyOutDir: true,
    target: 'node20',
  },
});
await import(pathToFileURL(`${root}/out/bench/run-bench.js`).href);
