/**
 * The JSON Canonicalization Scheme of RFC 8785: keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings written as ECMAScript's JSON.stringify writes them. The same data always
 * gives the same bytes, whoever serialises it, so a fingerprint can be recomputed anywhere.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`JSON has no ${value}: it cannot be signed`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    // I-JSON (RFC 7493), which RFC 8785 requires, has no lone surrogate.
    if (LONE_SURROGATE.test(value)) throw new TypeError('A string holds a lone surrogate');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      // The default sort compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`JSON has no ${typeof value}`);
}
