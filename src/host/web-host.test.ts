import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { startWebHost, type WebHost } from './web-host';

let root: string;
let host: WebHost;
const calls: Array<{ operation: string; payload: unknown }> = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'charter-web-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'export {};');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  host = await startWebHost({
    rendererDir: join(root, 'renderer'),
    token: 'secret-token-0123456789',
    call: async (operation, payload) => {
      calls.push({ operation, payload });
      return { ok: true, value: { echoed: operation } };
    },
  });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** A raw request, so the test controls every header (fetch would rewrite Host). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path,
          method: options.method ?? 'GET',
          headers: options.headers,
        },
        (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const api = { 'content-type': 'application/json', authorization: 'Bearer secret-token-0123456789' };

describe('web host', () => {
  it('listens on loopback and prints a URL with the token in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=secret-token-0123456789`);
  });

  it('serves the renderer with a strict CSP and no sniffing, referrer or caching', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ok</title>');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    expect((await send('/../secret.txt')).body).not.toContain('do not serve');
    expect((await send('/%2e%2e/secret.txt')).body).not.toContain('do not serve');
    expect((await send('/..%2fsecret.txt')).body).not.toContain('do not serve');
  });

  it('answers API calls only with the token', async () => {
    const good = await send('/api/templates.list', { method: 'POST', headers: api, body: '{}' });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { echoed: 'templates.list' } });

    const before = calls.length;
    const noToken = await send('/api/templates.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    const wrongToken = await send('/api/templates.list', {
      method: 'POST',
      headers: { ...api, authorization: 'Bearer secret-token-012345678X' },
      body: '{}',
    });
    expect(wrongToken.status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses a token too short to be secret', async () => {
    const start = startWebHost({
      rendererDir: root,
      token: '',
      call: async () => ({ ok: true, value: null }),
    });
    await expect(start).rejects.toThrow(/at least 16 characters/);
  });

  it('refuses bodies past the limit with 413', async () => {
    const huge = JSON.stringify({ padding: 'x'.repeat(17 * 1024 * 1024) });
    const response = await send('/api/templates.list', {
      method: 'POST',
      headers: api,
      body: huge,
    });
    expect(response.status).toBe(413);
  });

  it('refuses with 413 a body past the limit that never said its length', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port: host.port,
        path: '/api/templates.list',
        method: 'POST',
        headers: { ...api, 'transfer-encoding': 'chunked' },
      });
      req.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      // The host may answer and close while the body is still being sent.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      const megabyte = 'x'.repeat(1024 * 1024);
      for (let sent = 0; sent < 17; sent += 1) req.write(megabyte);
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 400 to a malformed path escape', async () => {
    expect((await send('/%E0%A4%A')).status).toBe(400);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const rebound = await send('/api/templates.list', {
      method: 'POST',
      headers: { ...api, host: 'evil.example:80' },
      body: '{}',
    });
    expect(rebound.status).toBe(421);
  });

  it('refuses requests from another site (Origin), with or without the token', async () => {
    const before = calls.length;
    for (const origin of [
      'http://evil.example',
      'null',
      `https://127.0.0.1:${host.port}`,
      `http://127.0.0.1:${host.port + 1}`,
    ]) {
      const api403 = await send('/api/templates.list', {
        method: 'POST',
        headers: { ...api, origin },
        body: '{}',
      });
      expect(api403.status, origin).toBe(403);
      expect((await send('/', { headers: { origin } })).status, origin).toBe(403);
    }
    expect(calls.length).toBe(before);
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const own = await send('/api/templates.list', {
        method: 'POST',
        headers: { ...api, origin },
        body: '{}',
      });
      expect(own.status, origin).toBe(200);
    }
  });

  it('refuses a token of another length without failing', async () => {
    for (const authorization of ['Bearer ', 'Bearer x', `Bearer ${'x'.repeat(4096)}`, 'Basic a']) {
      const response = await send('/api/templates.list', {
        method: 'POST',
        headers: { ...api, authorization },
        body: '{}',
      });
      expect(response.status, authorization.slice(0, 10)).toBe(401);
    }
  });

  it('refuses request headers past the limit (431)', async () => {
    const response = await send('/', { headers: { 'x-padding': 'x'.repeat(64 * 1024) } });
    expect(response.status).toBe(431);
  });

  it('cannot be reached on any address but loopback', async (context) => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && !address.internal && address.family === 'IPv4');
    if (!outside) return context.skip('this machine has no network address besides loopback');
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: outside.address, port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('refuses non-JSON bodies and GET on the API', async () => {
    expect(
      (
        await send('/api/templates.list', {
          method: 'POST',
          headers: { ...api, 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect((await send('/api/templates.list', { headers: api })).status).toBe(405);
    expect((await send('/api/x', { method: 'POST', headers: api, body: '{oops' })).status).toBe(
      400,
    );
  });
});

describe('stopping the web host', () => {
  const rendererDir = () => join(root, 'renderer');

  it('lets go of a connection that never sent a request (a browser opens some ahead of need)', async () => {
    const stopping = await startWebHost({
      rendererDir: rendererDir(),
      call: async () => ({ ok: true, value: null }),
    });
    const socket = connect(stopping.port, '127.0.0.1');
    await once(socket, 'connect');
    const closed = once(socket, 'close');
    // Without the cut, this waits for the connection's header timeout: a minute.
    await stopping.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });

  it('lets a request under way finish', async () => {
    let started = () => {};
    const underWay = new Promise<void>((resolve) => (started = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const stopping = await startWebHost({
      rendererDir: rendererDir(),
      token: 'secret-token-0123456789',
      call: async () => {
        started();
        await released;
        return { ok: true, value: 'finished' };
      },
    });
    const response = fetch(`http://127.0.0.1:${stopping.port}/api/templates.list`, {
      method: 'POST',
      headers: api,
      body: '{}',
    });
    await underWay;
    const stopped = stopping.close();
    release();
    expect(await (await response).json()).toEqual({ ok: true, value: 'finished' });
    await stopped;
  });
});
