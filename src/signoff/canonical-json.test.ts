import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('writes the RFC’s own example byte for byte (§3.2.2)', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, as the RFC’s sorting example (§3.2.3)', () => {
    const keys = ['\u20ac', '\r', '\ufb33', '1', '\ud83d\ude00', '\u0080', '\u00f6'];
    const input = Object.fromEntries(keys.map((key, index) => [key, index]));
    // Read the order from the text: a parsed object would put the integer-like key "1" first.
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    expect(canonicalJson(input)).toBe(
      `{${order.map((key) => `${JSON.stringify(key)}:${keys.indexOf(key)}`).join(',')}}`,
    );
  });

  it('sorts nested objects, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }, 'x'], a: undefined, c: { y: true, x: null } })).toBe(
      '{"b":[{"a":2,"z":1},"x"],"c":{"x":null,"y":true}}',
    );
  });

  it('refuses what JSON cannot say the same way everywhere', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ n: Infinity })).toThrow(/Infinity/);
    expect(() => canonicalJson('\ud800')).toThrow(/lone surrogate/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});
