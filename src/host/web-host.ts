import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ApiResult } from '../api/contract';
import { RENDERER_CONTENT_SECURITY_POLICY } from './content-security-policy';

export interface WebHostOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Runs one API operation; the same dispatcher Electron's IPC uses. */
  call: (operation: string, payload: unknown) => Promise<ApiResult<unknown>>;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The browser face of the app: serves the built renderer and the API on loopback only.
 * Every API call needs the per-run token (sent as a header, which other sites cannot add
 * without a CORS preflight we never grant) and a loopback Host header (against DNS rebinding).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(
        response,
        500,
        'text/plain; charset=utf-8',
        `Internal error: ${(error as Error).message}`,
      );
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackHost(request.headers.host, port())) {
      return send(
        response,
        421,
        'text/plain; charset=utf-8',
        'This server answers on 127.0.0.1 only.',
      );
    }
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}`);
    if (url.pathname.startsWith('/api/'))
      return handleApi(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
    }
    return serveStatic(options.rendererDir, url.pathname, response);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    operation: string,
  ): Promise<void> {
    if (request.method !== 'POST')
      return sendJson(response, 405, apiError('invalid-input', 'Use POST.'));
    if (!hasToken(request.headers.authorization, token)) {
      return sendJson(
        response,
        401,
        apiError('unauthorized', 'Missing or wrong token: open the URL the host printed.'),
      );
    }
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return sendJson(response, 415, apiError('invalid-input', 'Send JSON.'));
    }
    let payload: unknown;
    try {
      payload = JSON.parse((await readBody(request)).toString('utf8') || '{}');
    } catch (error) {
      return sendJson(
        response,
        400,
        apiError('invalid-input', `Unreadable request: ${(error as Error).message}`),
      );
    }
    sendJson(response, 200, await options.call(decodeURIComponent(operation), payload));
  }

  const port = () => (server.address() as AddressInfo).port;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, resolve);
  });
  return {
    url: `http://${LOOPBACK}:${port()}/#token=${token}`,
    port: port(),
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function hasToken(authorization: string | undefined, token: string): boolean {
  const given = Buffer.from(authorization?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
  const path = join(root, relative);
  if (!path.startsWith(root + sep))
    return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden.');
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
  send(response, 200, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function apiError(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message, details: {} } };
}

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Security-Policy': RENDERER_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
