import type { JSONContent } from '@tiptap/core';

/**
 * An ordered list's first number as the model keeps it: a safe whole number from 1. Tiptap keeps
 * whatever a paste or the "12. " input rule gave it (NaN for `<ol start="x">`, -3, 1e20), which
 * the model refuses: any of those becomes 1.
 */
export function listStart(value: unknown): number {
  const whole = Math.trunc(Number(value));
  return Number.isSafeInteger(whole) && whole >= 1 ? whole : 1;
}

/** The editor's JSON with every ordered list's `start` made one the model accepts. */
export function normalizeListStarts(json: JSONContent): JSONContent {
  const normalized: JSONContent = { ...json };
  if (json.content) normalized.content = json.content.map(normalizeListStarts);
  if (json.type === 'orderedList' && json.attrs) {
    normalized.attrs = { ...json.attrs, start: listStart(json.attrs.start) };
  }
  return normalized;
}
