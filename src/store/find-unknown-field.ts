/**
 * The path of the first field of `raw` that parsing dropped from `parsed` (zod strips fields a
 * schema does not know), or null. Saving such a file again would lose what the field held.
 */
export function findUnknownField(raw: unknown, parsed: unknown): string | null {
  const stack: Array<{ raw: unknown; parsed: unknown; path: string }> = [{ raw, parsed, path: '' }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (Array.isArray(next.raw) && Array.isArray(next.parsed)) {
      const parsedItems: unknown[] = next.parsed;
      next.raw.forEach((item, index) =>
        stack.push({ raw: item, parsed: parsedItems[index], path: `${next.path}[${index}]` }),
      );
      continue;
    }
    if (!isRecord(next.raw) || !isRecord(next.parsed)) continue;
    for (const [key, value] of Object.entries(next.raw)) {
      const path = next.path === '' ? key : `${next.path}.${key}`;
      if (!Object.hasOwn(next.parsed, key)) return path;
      stack.push({ raw: value, parsed: next.parsed[key], path });
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
