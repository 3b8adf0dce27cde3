import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_CONTENT_SECURITY_POLICY } from '../src/host/content-security-policy';
import { resolveStaticPath } from '../src/host/resolve-static-path';

/** The renderer is served from app://charter/ rather than file://, so it has a real origin and a CSP header. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://charter`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url);
    const path = host === 'charter' ? resolveStaticPath(rendererDir, pathname) : null;
    if (path === null) return new Response('Bad request', { status: 400 });
    const response = await net.fetch(pathToFileURL(path).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', RENDERER_CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
