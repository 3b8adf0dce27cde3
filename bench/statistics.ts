/** The summary of a set of timings, in milliseconds. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * The value below which `fraction` of the samples fall, by the nearest-rank method: always one of
 * the samples, so a p99 over 500 keystrokes is the 5th slowest, not an interpolation.
 */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) throw new Error('No samples to take a percentile of.');
  if (fraction < 0 || fraction > 1) throw new Error(`${fraction} is not a fraction.`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: percentile(samples, 0.5),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
  };
}
