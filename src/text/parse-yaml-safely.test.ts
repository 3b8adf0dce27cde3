import { describe, expect, it } from 'vitest';
import { parseYamlSafely } from './parse-yaml-safely';
import { HOSTILE_YAML, PROTOTYPE_KEYS_YAML } from './test-support/hostile-yaml';

// A hang guard, not a speed test: each reading must end, and far sooner than this.
const HANG_GUARD = { timeout: 20_000 };

describe('parseYamlSafely', () => {
  it.each(HOSTILE_YAML)(
    'refuses $name, saying why',
    ({ text, says }) => {
      const reading = parseYamlSafely(text);
      expect(reading.ok).toBe(false);
      if (reading.ok) return;
      const where = reading.line === undefined ? '' : ` line ${reading.line}`;
      expect(`${reading.problem}${where}`).toMatch(says);
    },
    HANG_GUARD.timeout,
  );

  it(
    'reads 40,000 distinct keys',
    () => {
      const text = Array.from({ length: 40_000 }, (_, index) => `k${index}: ${index}`).join('\n');
      const reading = parseYamlSafely(text);
      expect(reading.ok && Object.keys(reading.data as object).length).toBe(40_000);
    },
    HANG_GUARD.timeout,
  );

  it('reads __proto__ and constructor as plain keys: no prototype is touched', () => {
    const reading = parseYamlSafely(PROTOTYPE_KEYS_YAML);
    expect(reading.ok).toBe(true);
    const data = (reading.ok ? reading.data : {}) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'nested']);
    expect(Object.getPrototypeOf(data.nested)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('reads plain data, a few aliases and standard tags as before', () => {
    const reading = parseYamlSafely('a: &x [1, 2]\nb: *x\nc: !!str 12\nd: yes\ne: 2026-01-01\n');
    expect(reading).toEqual({
      ok: true,
      data: { a: [1, 2], b: [1, 2], c: '12', d: 'yes', e: '2026-01-01' },
    });
  });
});
