#!/usr/bin/env node
// The `charter` command: the built CLI (out/main/cli.js, made by `npm run build` / `npm install`).
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'charter: the command is not built yet. Run "npm run build" in the Charter Studio folder.\n',
  );
  process.exit(1);
}
await import(cli.href);
