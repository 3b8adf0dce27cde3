import { parseArgs } from 'node:util';

export const SUITES = ['generation', 'store', 'export', 'renderer'] as const;
export type SuiteName = (typeof SUITES)[number];

export interface BenchOptions {
  /** The groups of figures to take; all of them unless `--only` names some. */
  suites: SuiteName[];
  /** Charter sizes, in pages of about 250 words, that the size-dependent figures are taken at. */
  sizes: number[];
  /** Timed runs of each figure; the table gives their median, min and max. */
  runs: number;
  /** Keystrokes typed in the middle of the charter for the latency percentiles. */
  keystrokes: number;
  /** Where the results go, as JSON. */
  out: string;
  /** Where to write Chromium's CPU profile of the typing, one .cpuprofile a size; none if absent. */
  profile?: string;
}

export const USAGE = `npm run bench [-- [--sizes 10,100,400] [--runs N] [--quick] [--out FILE]]

  --sizes LIST  charter sizes in pages (default 10,100,400)
  --runs N      timed runs per figure, at least 5 for a real result (default 5)
  --only LIST   some of generation,store,export,renderer (default all)
  --quick       a smoke run: 10 pages, 2 runs, 50 keystrokes
  --out FILE    where to write the results (default bench/results.json)
  --profile DIR write Chromium's CPU profile of the typing to DIR (open it in DevTools)`;

const FULL = { sizes: [10, 100, 400], runs: 5, keystrokes: 500 };
const QUICK = { sizes: [10], runs: 2, keystrokes: 50 };

/** Reads the command line; throws an Error whose message says what to write instead. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.json' },
      profile: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const defaults = values.quick ? QUICK : FULL;
  return {
    suites: values.only === undefined ? [...SUITES] : parseSuites(values.only),
    sizes: values.sizes === undefined ? defaults.sizes : parseSizes(values.sizes),
    runs: values.runs === undefined ? defaults.runs : positiveInteger('--runs', values.runs),
    keystrokes: defaults.keystrokes,
    out: values.out,
    ...(values.profile === undefined ? {} : { profile: values.profile }),
  };
}

function parseSuites(text: string): SuiteName[] {
  return text.split(',').map((part) => {
    const name = SUITES.find((suite) => suite === part.trim());
    if (!name) throw new Error(`--only takes ${SUITES.join(', ')}, not "${part.trim()}".`);
    return name;
  });
}

function parseSizes(text: string): number[] {
  return text.split(',').map((part) => positiveInteger('--sizes', part.trim()));
}

function positiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${option} takes whole numbers of at least 1, not "${text}".`);
  }
  return value;
}
