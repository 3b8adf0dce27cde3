/** What spreadsheets read as the start of a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What forces RFC 4180 quotes around a field. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe, so
 * a name such as `=HYPERLINK(…)` typed by someone is never run when the file is opened.
 */
function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  const cell = inertCell(value);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Rows as RFC 4180 CSV: commas, CRLF after every record, fields quoted only when they must be.
 * It starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as a legacy code page
 * and garbles every accent.
 */
export function spreadsheetCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}
