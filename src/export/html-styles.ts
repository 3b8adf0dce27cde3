import { PDF_MARGINS } from './pdf-layout';

// TrueType faces first: Chromium embeds OpenType-CFF ones (such as P052) as unhinted Type 3 fonts.
const SERIF = `Charter, 'Sitka Text', Cambria, Georgia, 'Liberation Serif', 'DejaVu Serif', serif`;
const SANS = `'Helvetica Neue', 'Segoe UI', 'Liberation Sans', Arial, sans-serif`;
/** For fingerprints, whose digits must not be mistaken for one another. */
const MONO = `'SF Mono', Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace`;

/**
 * The export's one stylesheet: a print-first A4 layout (the same page margins as the PDF
 * printers) that shows as a sheet of paper on screen, for the preview.
 */
export const CHARTER_STYLES = `
@page {
  size: A4;
  margin: ${PDF_MARGINS.top}in ${PDF_MARGINS.right}in ${PDF_MARGINS.bottom}in ${PDF_MARGINS.left}in;
}
:root {
  --ink: #1c2127;
  --muted: #687280;
  --accent: #1f4e6b;
  --rule: #d5dbe1;
  color: var(--ink);
  font: 10.5pt/1.55 ${SERIF};
  font-kerning: normal;
  font-variant-ligatures: common-ligatures;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
@media screen {
  body { background: #eceae4; padding: 24px 12px; }
  .charter {
    box-sizing: border-box;
    max-width: 210mm;
    min-height: 297mm;
    margin: 0 auto;
    padding: ${PDF_MARGINS.top}in ${PDF_MARGINS.right}in ${PDF_MARGINS.bottom}in ${PDF_MARGINS.left}in;
    background: #fff;
    box-shadow: 0 1px 3px rgb(0 0 0 / 12%), 0 8px 24px rgb(0 0 0 / 8%);
  }
}
.title-block {
  margin: 0 0 28pt;
  padding: 8pt 0 16pt;
  border-bottom: 1.5pt solid var(--accent);
}
.company {
  margin: 0 0 8pt;
  font: 600 11pt/1.3 ${SANS};
  letter-spacing: 0.02em;
  color: var(--accent);
}
h1 {
  margin: 0 0 12pt;
  font: 600 25pt/1.15 ${SERIF};
  letter-spacing: -0.01em;
}
.version { margin: 0; font: 9pt/1.4 ${SANS}; color: var(--muted); }
h2, h3, .owner, .approvals, .formalities { font-family: ${SANS}; }
h2 {
  margin: 26pt 0 2pt;
  font-size: 14pt;
  line-height: 1.25;
  font-weight: 700;
  color: var(--accent);
  break-after: avoid;
}
h2 .number { margin-right: 0.3em; font-weight: 400; color: var(--muted); }
h3 {
  margin: 14pt 0 4pt;
  font-size: 11pt;
  line-height: 1.3;
  font-weight: 600;
  break-after: avoid;
}
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
.clause > .body { break-before: avoid; }
/* Quiet: a reader who wants the reason finds it, one who does not reads on. */
.rationale {
  margin: 2pt 0 0;
  padding: 1pt 0 1pt 9pt;
  border-left: 1.5pt solid var(--rule);
  font-size: 9pt;
  line-height: 1.45;
  color: var(--muted);
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
.approvals code, .document-footer code { font: 8pt/1.4 ${MONO}; color: var(--ink); }
.formalities .reason { margin: 0 0 8pt; font-size: 9pt; color: var(--muted); }
.formalities .pending { font-style: italic; color: var(--muted); }
.formalities .effective-date { margin: 8pt 0 0; font-size: 9pt; }
/* The marks (html-marks.ts): PROJET across a draft, and which text it is under the sheet. */
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
.draft-mark span {
  transform: rotate(-45deg);
  font: 700 110pt/1 ${SANS};
  letter-spacing: 0.12em;
  white-space: nowrap;
  color: rgb(138 31 31 / 8%);
  /* Blurred by a hair, it prints as a 300 dpi picture, not as letters scattered through the text
     that extraction, copy and paste and search would read in the middle of the clauses. */
  filter: blur(0.2px);
}
.document-footer {
  max-width: 210mm;
  margin: 10px auto 0;
  font: 8pt/1.6 ${SANS};
  text-align: center;
  color: var(--muted);
}
@media print { .document-footer { display: none; } }
`;
