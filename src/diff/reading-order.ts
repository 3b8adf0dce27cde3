/**
 * The ids of both texts in the order a reader of the second expects: its own order, each id only
 * the first text had placed just after the id it used to follow (or first, if it led).
 */
export function readingOrder(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  const goneAfter = new Map<string | undefined, string[]>();
  let previous: string | undefined;
  for (const id of before) {
    if (kept.has(id)) previous = id;
    else goneAfter.set(previous, [...(goneAfter.get(previous) ?? []), id]);
  }
  return [
    ...(goneAfter.get(undefined) ?? []),
    ...after.flatMap((id) => [id, ...(goneAfter.get(id) ?? [])]),
  ];
}
