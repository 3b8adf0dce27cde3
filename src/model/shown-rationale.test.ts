import { describe, expect, it } from 'vitest';
import { shownRationale } from './shown-rationale';

describe('shownRationale', () => {
  it('gives the rationale trimmed, and none when it is missing or blank', () => {
    expect(shownRationale({ rationale: '  Sécurité des machines.\n' })).toBe(
      'Sécurité des machines.',
    );
    expect(shownRationale({})).toBeUndefined();
    expect(shownRationale({ rationale: ' \u202f\n' })).toBeUndefined();
  });
});
