import { SANS_FAMILY, SERIF_FAMILY } from './fonts/charter-fonts';
import { PDF_MARGINS } from './pdf-layout';

// The shipped faces first (fonts/charter-fonts.ts); the others only if a reader blocks fonts.
const SERIF = `'${SERIF_FAMILY}', Georgia, 'Liberation Serif', serif`;
const SANS = `'${SANS_FAMILY}', 'Segoe UI', 'Liberation Sans', Arial, sans-serif`;

/** The height of the cover's content: the A4 page less its margins, less a hair for rounding. */
const COVER_HEIGHT = `calc(297mm - ${PDF_MARGINS.top + PDF_MARGINS.bottom}in - 2mm)`;

/**
 * The export's one stylesheet: a print-first A4 layout (cover, contents, then the articles),
 * shown on screen as sheets of paper, for the preview and the intranet page. What changes from
 * one charter to the next (accent, running head and foot) is in html-page-frame.ts; the accent
 * also comes from the root's data-accent, where the page frame's styles may not apply (the
 * app's preview allows this stylesheet only).
 */
export const CHARTER_STYLES = `
@page {
  size: A4;
  margin: ${PDF_MARGINS.top}in ${PDF_MARGINS.right}in ${PDF_MARGINS.bottom}in ${PDF_MARGINS.left}in;
  @top-left { font: 400 7.5pt/1.3 ${SANS}; letter-spacing: 0.02em; color: #5f6b78; vertical-align: bottom; padding-bottom: 10pt; }
  @top-right { font: 400 7.5pt/1.3 ${SANS}; color: #5f6b78; vertical-align: bottom; padding-bottom: 10pt; text-align: right; }
  @bottom-left { font: 400 7.5pt/1.3 ${SANS}; color: #5f6b78; vertical-align: top; padding-top: 12pt; }
  @bottom-right { font: 400 7.5pt/1.3 ${SANS}; font-variant-numeric: tabular-nums; color: #5f6b78; vertical-align: top; padding-top: 12pt; text-align: right; white-space: nowrap; }
}
:root {
  --ink: #1c2127;
  --muted: #5f6b78;
  --accent: attr(data-accent type(<color>), #1f4e6b);
  --rule: #d5dbe1;
  color: var(--ink);
  font: 10.5pt/1.5 ${SERIF};
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  /* Only the shipped faces: a synthesised bold or italic would print as a Type 3 font. */
  font-synthesis: none;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
@media screen {
  body { background: #eceae4; padding: 24px 12px; }
  .sheet {
    box-sizing: border-box;
    max-width: 210mm;
    margin: 0 auto 18px;
    padding: ${PDF_MARGINS.top}in ${PDF_MARGINS.right}in ${PDF_MARGINS.bottom}in ${PDF_MARGINS.left}in;
    background: #fff;
    box-shadow: 0 1px 3px rgb(0 0 0 / 12%), 0 8px 24px rgb(0 0 0 / 8%);
  }
  .cover { min-height: 240mm; }
  .toc .toc-page { display: none; }
}
@media print {
  .cover, .toc { break-after: page; }
  .cover { height: ${COVER_HEIGHT}; }
  .body p, .body li { text-align: justify; }
}

/* The cover, as the DOCX draws it: the logo, the company under an accent rule, the title, and
   the facts along the foot of the page. */
.cover { display: flex; flex-direction: column; }
.cover-brand img { display: block; max-height: 48pt; max-width: 60mm; width: auto; height: auto; }
.company {
  margin: 10pt 0 0;
  padding-top: 16pt;
  border-top: 4.5pt solid var(--accent);
  font: 700 11pt/1.3 ${SANS};
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--accent);
}
.cover-title { margin: auto 0; padding: 24pt 0; }
.cover h1 {
  margin: 0;
  max-width: 14em;
  font: 400 32pt/1.12 ${SERIF};
  letter-spacing: -0.01em;
  hyphens: manual;
  /* Chromium's PDF outline drops the space where a heading wraps, unless it is kept. */
  white-space: pre-wrap;
}
.cover-facts {
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: 10pt 24pt;
  margin: 0;
  padding-top: 12pt;
  border-top: 0.75pt solid var(--rule);
  font: 400 9.5pt/1.35 ${SANS};
}
.cover-facts div { margin: 0; }
.cover-facts dt {
  margin: 0 0 1pt;
  font-size: 7.5pt;
  font-weight: 600;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--muted);
}
.cover-facts dd { margin: 0; font-variant-numeric: tabular-nums; }

/* The contents: article numbers in a column, titles, dotted leaders to the page numbers in print. */
.toc h2 { margin-top: 0; }
.toc ol { margin: 14pt 0 0; padding: 0; list-style: none; font: 400 10.5pt/1.35 ${SANS}; }
.toc li { margin: 0; padding: 0; }
.toc a {
  display: flex;
  align-items: baseline;
  gap: 8pt;
  padding: 5pt 0;
  border-bottom: 0.5pt solid var(--rule);
  color: inherit;
  text-decoration: none;
}
.toc a:hover .toc-title, .toc a:focus-visible .toc-title { text-decoration: underline; }
.toc .toc-number { flex: 0 0 4.6em; font-weight: 600; color: var(--accent); }
.toc .toc-title { flex: 1 1 auto; }
.toc .toc-page { flex: 0 0 3ch; text-align: right; font-variant-numeric: tabular-nums; }

/* The articles. Headings are set in the serif: Chromium's PDF outline repeats the words of a
   heading in Source Sans 3 that starts a page. */
.owner, .approvals, .formalities { font-family: ${SANS}; }
h2, h3 { font-family: ${SERIF}; }
h2 {
  margin: 28pt 0 6pt;
  font-size: 15pt;
  line-height: 1.25;
  font-weight: 600;
  color: var(--accent);
  break-after: avoid;
}
.charter > section:first-child h2 { margin-top: 0; }
h2 .number { font-weight: 400; }
h3 {
  margin: 14pt 0 4pt;
  font-size: 11pt;
  line-height: 1.3;
  font-weight: 700;
  break-after: avoid;
}
h3 .number { font-weight: 400; color: var(--muted); font-variant-numeric: tabular-nums; }
.owner {
  margin: 0 0 6pt;
  font-size: 7.5pt;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--muted);
  break-after: avoid;
}
h2 + .owner { margin-bottom: 10pt; }
.clause { margin: 0 0 10pt; }
.clause > .body { break-before: avoid; hyphens: auto; }
/* Quiet: a reader who wants the reason finds it, one who does not reads on. */
.rationale {
  margin: 2pt 0 0;
  padding: 1pt 0 1pt 9pt;
  border-left: 1.5pt solid var(--rule);
  font-size: 9pt;
  line-height: 1.45;
  color: var(--muted);
  hyphens: auto;
  break-before: avoid;
  break-inside: avoid;
}
.rationale p { margin: 0; }
.rationale .rationale-title { margin-bottom: 1pt; font-style: italic; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 6pt; padding-left: 1.5em; }
li { margin: 0 0 2pt; padding-left: 0.2em; }
li > p { margin-bottom: 2pt; }
li > ul, li > ol { margin-top: 2pt; }
ul { list-style-type: disc; }
ul ul { list-style-type: circle; }
ul ul ul { list-style-type: square; }
strong { font-weight: 700; }
.approvals, .formalities { margin-top: 30pt; break-inside: avoid; }
.approvals table, .formalities table {
  width: 100%;
  border-collapse: collapse;
  font-size: 8.5pt;
  line-height: 1.4;
}
.approvals th, .formalities th {
  padding: 4pt 6pt;
  border-bottom: 1pt solid var(--ink);
  text-align: left;
  font-weight: 600;
}
.approvals td, .formalities td {
  padding: 4pt 6pt;
  border-bottom: 0.5pt solid var(--rule);
  vertical-align: top;
}
/* A row's role is its heading for assistive technology, and reads as any other cell. */
.approvals th[scope='row'] {
  border-bottom: 0.5pt solid var(--rule);
  font-weight: 400;
  vertical-align: top;
}
.approvals .date, .approvals .signature, .formalities td:last-child { white-space: nowrap; }
.approvals .reason { color: var(--muted); }
.approvals .fingerprint { margin: 8pt 0 0; font-size: 8.5pt; color: var(--muted); }
code { font: inherit; font-variant-numeric: tabular-nums; color: var(--ink); overflow-wrap: anywhere; }
.formalities .reason { margin: 0 0 8pt; font-size: 9pt; color: var(--muted); }
.formalities .pending { font-style: italic; color: var(--muted); }
.formalities .effective-date { margin: 8pt 0 0; font-size: 9pt; }
/* The marks (html-marks.ts): PROJET across a draft, and which text it is under the sheets. */
.draft-mark {
  position: fixed;
  inset: 0;
  z-index: 1;
  display: flex;
  align-items: center;
  justify-content: center;
  pointer-events: none;
  user-select: none;
}
.draft-mark img {
  height: 30mm;
  transform: rotate(-45deg);
}
.document-footer {
  max-width: 210mm;
  margin: 10px auto 0;
  font: 8pt/1.6 ${SANS};
  text-align: center;
  color: #4f5965;
}
@media print { .document-footer { display: none; } }
`;
