import { seededRandom } from './seeded-random';

/**
 * Calls `make` with `Math.random` drawn from `seed`, for libraries that draw ids from it where
 * the same input must give the same bytes. Only the synchronous part of `make` sees the seeded
 * draws: `Math.random` is restored before any other code runs, so nothing else is affected.
 */
export function withSeededRandom<T>(seed: number, make: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return make();
  } finally {
    Math.random = original;
  }
}
