#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is installed; otherwise the same UI in the
// browser, served on 127.0.0.1 behind a token (the URL is printed).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const hasElectronBinary = existsSync(new URL('../node_modules/electron/path.txt', import.meta.url));
const electronVite = new URL('../node_modules/electron-vite/bin/electron-vite.js', import.meta.url)
  .pathname;
const charter = fileURLToPath(new URL('./charter.js', import.meta.url));

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

if (hasElectronBinary) {
  process.exitCode = await run([electronVite, 'preview']);
} else {
  process.stdout.write(
    'Electron is not installed here: starting Charter Studio in the browser instead.\n',
  );
  const built = await run([electronVite, 'build']);
  process.exitCode = built === 0 ? await run([charter, 'serve', ...process.argv.slice(2)]) : built;
}
