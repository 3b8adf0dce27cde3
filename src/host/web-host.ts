import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { apiFailure, type ApiResult } from '../api/contract';
import { CharterError } from '../errors/charter-error';
import { RENDERER_CONTENT_SECURITY_POLICY } from './content-security-policy';
import { resolveStaticPath } from './resolve-static-path';
import { isSameSecret } from './same-secret';

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
/** Far above any charter, far below what would hurt: a bigger request is refused with 413. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** How long a request under way when the host stops may take to finish before it is cut. */
const STOP_GRACE_MS = 2_000;
/** A guessable token would open the user's files to any local process or page. */
export const MIN_TOKEN_LENGTH = 16;
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
 * without a CORS preflight we never grant); every request a loopback Host header (against DNS
 * rebinding) and, when the browser names one, our own Origin (against cross-site requests).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new CharterError(
      'invalid-input',
      `The access token must have at least ${MIN_TOKEN_LENGTH} characters.`,
    );
  }
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
    if (!isOwnOrigin(request.headers.origin, port())) {
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Refused: this request comes from another site.',
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
      return sendJson(response, 405, apiFailure('invalid-input', 'Use POST.'));
    if (!hasToken(request.headers.authorization, token)) {
      return sendJson(
        response,
        401,
        apiFailure('unauthorized', 'Missing or wrong token: open the URL the host printed.'),
      );
    }
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return sendJson(response, 415, apiFailure('invalid-input', 'Send JSON.'));
    }
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      return sendJson(response, 413, apiFailure('invalid-input', 'Request too large.'));
    }
    let payload: unknown;
    try {
      const body = await readBody(request);
      if (body === null)
        return sendJson(response, 413, apiFailure('invalid-input', 'Request too large.'));
      payload = JSON.parse(body.toString('utf8') || '{}');
    } catch (error) {
      return sendJson(
        response,
        400,
        apiFailure('invalid-input', `Unreadable request: ${(error as Error).message}`),
      );
    }
    sendJson(response, 200, await options.call(operation, payload));
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
    close: () => closeServer(server),
  };
}

/**
 * Stops listening and resolves once every connection is gone. A connection without a request
 * under way (a browser opens some ahead of need) would otherwise hold the host open until its
 * header timeout, a minute; a request under way gets a moment to finish.
 */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
  });
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

/** Browsers name the page behind a fetch or a form; other clients send no Origin at all. */
function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || isLoopbackHost(origin.replace(/^http:\/\//, ''), port);
}

function hasToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  return isSameSecret(authorization.slice('Bearer '.length), token);
}

async function serveStatic(
  root: string,
  pathname: string,
  response: ServerResponse,
): Promise<void> {
  const path = resolveStaticPath(root, pathname);
  if (path === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad path.');
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
  send(response, 200, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body);
}

/** The request body, or null once it grows past the limit (the rest is read and dropped). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
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
