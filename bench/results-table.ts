import type { BenchResult, Target } from './bench-result';

const HEADERS = ['figure', 'pages', 'median', 'min', 'max', 'runs', 'target', ''];

/** The results as an aligned text table, one figure a line, with ✓ or ✗ where a target applies. */
export function resultsTable(results: readonly BenchResult[]): string {
  const rows = results.map((result) => [
    result.label,
    result.pages === undefined ? '' : String(result.pages),
    formatValue(result.value, result.unit),
    result.summary ? formatValue(result.summary.min, result.unit) : '',
    result.summary ? formatValue(result.summary.max, result.unit) : '',
    result.summary ? String(result.summary.runs) : '',
    result.target ? formatTarget(result.target, result.unit) : '',
    result.met === undefined ? '' : result.met ? '✓' : '✗',
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = new Set([1, 2, 3, 4, 5]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...rows.map(line)].join('\n');
}

function formatValue(value: number, unit: BenchResult['unit']): string {
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case '×':
      return `${value.toFixed(2)}×`;
    case 'tasks':
      return String(value);
  }
}

function formatTarget(target: Target, unit: BenchResult['unit']): string {
  const parts = [];
  if (target.min !== undefined) parts.push(`≥ ${formatValue(target.min, unit)}`);
  if (target.max !== undefined) parts.push(`≤ ${formatValue(target.max, unit)}`);
  return parts.join(' ');
}
