/**
 * Whether JSON-like data nests objects and arrays more than `limit` levels deep. Iterative, so
 * that data deep enough to exhaust the stack of every recursive reader after it is found first.
 */
export function exceedsDepth(data: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
