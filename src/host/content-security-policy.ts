import { createHash } from 'node:crypto';
import { fontFaceCss } from '../export/fonts/charter-fonts';
import { CHARTER_STYLES } from '../export/html-styles';

const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

/**
 * The export preview is the export's own HTML in a sandboxed srcdoc frame, which inherits this
 * policy: its two fixed inline stylesheets, the layout and the fonts, are allowed by hash, so no
 * other inline style can run; the fonts they inline are data URLs.
 */
const exportStylesHashes = `${styleHash(CHARTER_STYLES)} ${styleHash(fontFaceCss())}`;

/**
 * The renderer's Content Security Policy, sent by the web host and by Electron's app://
 * protocol: no inline or evaluated script anywhere.
 */
export const RENDERER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${exportStylesHashes}`,
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
