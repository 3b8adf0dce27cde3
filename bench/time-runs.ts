import { performance } from 'node:perf_hooks';

/**
 * `runs` wall-clock timings of `work`, in milliseconds, after one untimed run that warms the
 * code paths (the JIT, the file cache, a tool's first start) the way a user's session has.
 */
export async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}
