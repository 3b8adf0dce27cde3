import { z } from 'zod';

/** The largest logo a project keeps, decoded: enough for a sharp print, small enough to inline. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** The largest side of a logo, in pixels: a larger picture is a photograph, not a logo. */
export const MAX_LOGO_SIDE = 4096;

/** `#1f4e6b`: the accent colour as the exports write it. */
export const AccentColour = z
  .string()
  .regex(/^#[0-9a-f]{6}$/, 'expected a colour as #rrggbb, in lower case');
export type AccentColour = z.infer<typeof AccentColour>;

/**
 * A logo as a raster picture. SVG is never stored: what can run or fetch in an SVG stays out of
 * the project and its exports (see src/branding/read-logo.ts, which checks every stored logo).
 */
export const Logo = z.strictObject({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  /** The picture's bytes in base64. */
  data: z.string().min(1),
  width: z.number().int().min(1).max(MAX_LOGO_SIDE),
  height: z.number().int().min(1).max(MAX_LOGO_SIDE),
});
export type Logo = z.infer<typeof Logo>;

/** The company's look, carried into the DOCX, PDF and HTML: optional, never fingerprinted. */
export const Branding = z.strictObject({
  logo: Logo.optional(),
  accent: AccentColour.optional(),
});
export type Branding = z.infer<typeof Branding>;
