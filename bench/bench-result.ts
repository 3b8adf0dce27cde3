import { summarize, type Summary } from './statistics';

/** A limit from issue 8, checked against a figure's median (or its single value). */
export interface Target {
  /** The figure must be at most (`max`) or at least (`min`) this. */
  max?: number;
  min?: number;
}

/** One line of the results: a figure, at a size when it depends on one. */
export interface BenchResult {
  /** Stable across runs, for tools reading results.json: "export.docx", "renderer.keystroke.p95". */
  id: string;
  label: string;
  /** The charter's size in pages, when the figure depends on it. */
  pages?: number;
  unit: 'ms' | 'MB' | '×' | 'tasks';
  /** The median of the runs; for a percentile or a count, the one value measured. */
  value: number;
  /** Over the runs; absent for a ratio, a percentile or a count. */
  summary?: Summary;
  target?: Target;
  /** Whether the value meets the target; absent without one. */
  met?: boolean;
}

type Figure = Pick<BenchResult, 'id' | 'label' | 'pages' | 'target'>;

/** A figure taken over several runs: its median is the value. */
export function timedResult(figure: Figure, samples: readonly number[]): BenchResult {
  const summary = summarize(samples);
  return checked({ ...figure, unit: 'ms', value: summary.median, summary });
}

/** A figure measured once: a percentile over many events, a count, a ratio, a size. */
export function singleResult(
  figure: Figure,
  unit: BenchResult['unit'],
  value: number,
): BenchResult {
  return checked({ ...figure, unit, value });
}

function checked(result: BenchResult): BenchResult {
  const { target, value } = result;
  if (!target) return result;
  const met =
    (target.max === undefined || value <= target.max) &&
    (target.min === undefined || value >= target.min);
  return { ...result, met };
}
