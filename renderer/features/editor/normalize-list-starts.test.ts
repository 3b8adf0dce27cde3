import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { listStart, normalizeListStarts } from './normalize-list-starts';

const orderedList = (start: unknown): JSONContent => ({
  type: 'orderedList',
  attrs: { start, type: null },
  content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
});

describe('listStart', () => {
  it('keeps a whole number from 1', () => {
    expect(listStart(1)).toBe(1);
    expect(listStart(12)).toBe(12);
    expect(listStart(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('starts at 1 when the number is missing, unreadable, zero or negative', () => {
    expect(listStart(Number.NaN)).toBe(1);
    expect(listStart(undefined)).toBe(1);
    expect(listStart('x')).toBe(1);
    expect(listStart(0)).toBe(1);
    expect(listStart(-5)).toBe(1);
    expect(listStart(Number.NEGATIVE_INFINITY)).toBe(1);
  });

  it('starts at 1 when the number is too large to count exactly', () => {
    expect(listStart(Number('99999999999999999999'))).toBe(1);
    expect(listStart(Number.MAX_SAFE_INTEGER + 2)).toBe(1);
    expect(listStart(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('drops a fraction', () => {
    expect(listStart(2.7)).toBe(2);
    expect(listStart('3')).toBe(3);
  });
});

describe('normalizeListStarts', () => {
  it('fixes nested ordered lists and leaves the input untouched', () => {
    const nested = orderedList(-2);
    const input: JSONContent = {
      type: 'doc',
      content: [
        orderedList(Number.NaN),
        { type: 'bulletList', content: [{ type: 'listItem', content: [nested] }] },
      ],
    };
    const output = normalizeListStarts(input);
    expect(output.content?.[0]?.attrs).toEqual({ start: 1, type: null });
    expect(output.content?.[1]?.content?.[0]?.content?.[0]?.attrs?.start).toBe(1);
    expect(nested.attrs?.start).toBe(-2);
  });

  it('leaves other nodes alone', () => {
    const paragraph: JSONContent = { type: 'paragraph', attrs: { start: -1 } };
    expect(normalizeListStarts(paragraph)).toEqual(paragraph);
  });
});
