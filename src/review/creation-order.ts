/** Oldest first, then by id: an order every copy agrees on, whatever order they arrive in. */
export function byCreation(
  a: { createdAt: string; id: string },
  b: { createdAt: string; id: string },
): number {
  const at = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (at !== 0) return at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
