import { createHash } from 'node:crypto';
import { CHARTER_STYLES } from '../export/html-styles';

/**
 * The export preview is the export's own HTML in a sandboxed srcdoc frame, which inherits this
 * policy: its one inline stylesheet is allowed by hash, so no other inline style can run.
 */
const exportStylesHash = `'sha256-${createHash('sha256').update(CHARTER_STYLES).digest('base64')}'`;

/**
 * The renderer's Content Security Policy, sent by the web host and by Electron's app://
 * protocol: no inline or evaluated script anywhere.
 */
export const RENDERER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${exportStylesHash}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
