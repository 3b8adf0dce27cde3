import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { findChromium } from './find-chromium';
import { requireTool } from './test-support/require-tool';
import { runTool } from './test-support/run-tool';

const hasChromium =
  requireTool(findChromium() ?? 'chromium', ['--version']) && requireTool('pdftotext', ['-v']);

describe('createChromiumPdfPrinter', () => {
  it('fails with an export error that names the browser it could not start', async () => {
    const printer = createChromiumPdfPrinter({ executablePath: '/nonexistent/chromium' });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(printer.print('<p>x</p>')).rejects.toMatchObject({
        code: 'export-failed',
        message: expect.stringContaining('/nonexistent/chromium'),
      });
    }
    await printer.close();
  });
});

describe.skipIf(!hasChromium)('createChromiumPdfPrinter with Chromium', () => {
  const requests: string[] = [];
  let server: Server;
  let origin = '';
  let folder = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('document.body.append("FETCHED")');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = await mkdtemp(join(tmpdir(), 'charter-printer-'));
  });

  afterAll(async () => {
    server.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  async function textOf(pdf: Uint8Array): Promise<string> {
    const path = join(folder, `print-${Date.now()}-${Math.random()}.pdf`);
    await writeFile(path, pdf);
    return runTool('pdftotext', [path, '-']);
  }

  it('lets the page neither run script nor reach the network', async () => {
    // No Content-Security-Policy here: the printer itself must refuse.
    const html = `<!DOCTYPE html><html><head>
      <link rel="stylesheet" href="${origin}/style.css">
      <style>@import url("${origin}/import.css"); body { background: url("${origin}/background.png"); }</style>
      <script src="${origin}/script.js"></script>
      </head><body><p>Contenu imprimé</p>
      <img src="${origin}/image.png"><iframe src="${origin}/frame.html"></iframe><object data="${origin}/object"></object>
      <script>document.body.append('SCRIPT RAN'); fetch('${origin}/fetch');</script>
      </body></html>`;
    const printer = createChromiumPdfPrinter();
    try {
      const text = await textOf(await printer.print(html));
      expect(text).toContain('Contenu imprimé');
      expect(text).not.toContain('SCRIPT RAN');
      expect(text).not.toContain('FETCHED');
    } finally {
      await printer.close();
    }
    expect(requests).toEqual([]);
    // The server does answer: the page was kept from it, not the other way round.
    await fetch(`${origin}/control`);
    expect(requests).toEqual(['/control']);
  });

  it('starts the browser once for several prints, and again after closing', async () => {
    const printer = createChromiumPdfPrinter();
    try {
      const [first, second] = await Promise.all([
        printer.print('<p>Premier</p>'),
        printer.print('<p>Second</p>'),
      ]);
      expect(await textOf(first)).toContain('Premier');
      expect(await textOf(second)).toContain('Second');
      await printer.close();
      expect(await textOf(await printer.print('<p>Encore</p>'))).toContain('Encore');
    } finally {
      await printer.close();
      await printer.close();
    }
  });
});
