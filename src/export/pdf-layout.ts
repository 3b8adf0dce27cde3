/**
 * The PDF page margins, in inches: the export HTML's `@page` rule, which the PDF printers follow
 * (preferCSSPageSize), and the DOCX page, so that every format has the same page.
 */
export const PDF_MARGINS = { top: 0.9, right: 0.8, bottom: 0.85, left: 0.8 } as const;
