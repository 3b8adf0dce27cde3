/** "1 new reply", "2 new replies": a number and its English noun, for one-line summaries. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** « 0 nouvelle réponse », « 2 nouvelles réponses »: in French, none and one are singular. */
export function countInFrench(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count <= 1 ? one : many}`;
}
