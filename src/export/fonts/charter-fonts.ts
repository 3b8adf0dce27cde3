import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff-to-sfnt';

/**
 * The typefaces every human-readable export is set in, shipped with the app under the SIL Open
 * Font License (the @fontsource packages): Source Serif 4 for the text, Source Sans 3 for
 * headings, tables and running heads. Their files are TrueType outlines, which Chromium embeds
 * as TrueType (it embeds OpenType-CFF faces as Type 3), so a PDF carries every font it uses.
 */
export const SERIF_FAMILY = 'Source Serif 4';
export const SANS_FAMILY = 'Source Sans 3';

interface FontFace {
  family: typeof SERIF_FAMILY | typeof SANS_FAMILY;
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
}

/**
 * Every face the stylesheet uses, and only those: a weight or style not listed here would be
 * synthesised by Chromium, and a synthesised face prints as a Type 3 font.
 */
export const FONT_FACES: readonly FontFace[] = [
  { family: SERIF_FAMILY, weight: 400, style: 'normal' },
  { family: SERIF_FAMILY, weight: 400, style: 'italic' },
  { family: SERIF_FAMILY, weight: 600, style: 'normal' },
  { family: SERIF_FAMILY, weight: 700, style: 'normal' },
  { family: SERIF_FAMILY, weight: 700, style: 'italic' },
  { family: SANS_FAMILY, weight: 400, style: 'normal' },
  { family: SANS_FAMILY, weight: 400, style: 'italic' },
  { family: SANS_FAMILY, weight: 600, style: 'normal' },
  { family: SANS_FAMILY, weight: 700, style: 'normal' },
];

/** Western European, then the rest of Latin: the second is only drawn from when a name needs it. */
const SUBSETS = [
  {
    name: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    name: 'latin-ext',
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const;

const requireFontFile = createRequire(import.meta.url);

function fontFile(face: FontFace, subset: string, format: 'woff' | 'woff2' = 'woff2'): Buffer {
  const id = face.family.toLowerCase().replace(/ /g, '-');
  return readFileSync(
    requireFontFile.resolve(
      `@fontsource/${id}/files/${id}-${subset}-${face.weight}-${face.style}.${format}`,
    ),
  );
}

/** A family's faces as Word embeds them: TrueType files for regular, bold, italic, bold italic. */
export interface EmbeddedFont {
  name: string;
  data: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic?: Buffer;
}

/**
 * The faces a Word document embeds, so that Word and LibreOffice set it as the PDF is set where
 * the fonts are not installed: the Western European subset (French and English in full), as
 * TrueType. A character outside it falls back to another font.
 */
export function docxFonts(): EmbeddedFont[] {
  const ttf = (family: FontFace['family'], weight: FontFace['weight'], style: FontFace['style']) =>
    woffToSfnt(fontFile({ family, weight, style }, 'latin', 'woff'));
  return [
    {
      name: SERIF_FAMILY,
      data: ttf(SERIF_FAMILY, 400, 'normal'),
      bold: ttf(SERIF_FAMILY, 700, 'normal'),
      italic: ttf(SERIF_FAMILY, 400, 'italic'),
      boldItalic: ttf(SERIF_FAMILY, 700, 'italic'),
    },
    {
      name: SANS_FAMILY,
      data: ttf(SANS_FAMILY, 400, 'normal'),
      bold: ttf(SANS_FAMILY, 700, 'normal'),
      italic: ttf(SANS_FAMILY, 400, 'italic'),
    },
  ];
}

let cached: string | undefined;

/**
 * The @font-face rules of every face, each file inlined as a data URL: an exported page loads
 * nothing, and prints with the same letters wherever it is opened. Read once per process.
 */
export function fontFaceCss(): string {
  cached ??= FONT_FACES.flatMap((face) =>
    SUBSETS.map(
      (subset) =>
        `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${face.weight}; ` +
        `font-display: block; src: url(data:font/woff2;base64,${fontFile(face, subset.name).toString('base64')}) format('woff2'); ` +
        `unicode-range: ${subset.range}; }`,
    ),
  ).join('\n');
  return cached;
}
