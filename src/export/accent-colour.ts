import type { Project } from '../model/project';

/** The house accent, when the company has not chosen one. */
export const DEFAULT_ACCENT = '#1f4e6b';

/** WCAG 2.2's contrast for text: headings in the accent must read on white paper. */
const MINIMUM_CONTRAST = 4.5;

/** The project's accent colour as the exports print it (printedAccent). */
export function exportAccent(project: Project): string {
  return printedAccent(project.branding?.accent);
}

/**
 * An accent as the exports print it: the chosen one (the house accent if none), darkened step by
 * step until it reads on white with at least 4.5:1 contrast, so that a pale brand colour still
 * gives legible headings. Returned as `#rrggbb`.
 */
export function printedAccent(accent: string | undefined): string {
  let channels = hexChannels(accent ?? DEFAULT_ACCENT);
  while (contrastOnWhite(channels) < MINIMUM_CONTRAST) {
    channels = channels.map((channel) => Math.floor(channel * 0.92)) as typeof channels;
  }
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

type Channels = [number, number, number];

function hexChannels(hex: string): Channels {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as Channels;
}

/** WCAG's relative luminance of an sRGB colour. */
function luminance(channels: Channels): number {
  const [r, g, b] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastOnWhite(channels: Channels): number {
  return 1.05 / (luminance(channels) + 0.05);
}
