import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
  type ParsedNode,
} from 'yaml';

/** What a problem in YAML text is, and where: a sentence and, when known, a line and column. */
export interface YamlProblem {
  problem: string;
  line?: number;
  column?: number;
}

export type YamlReading = { ok: true; data: unknown } | ({ ok: false } & YamlProblem);

/** Far beyond any template, export, answers or key list, far below what would hurt. */
export const YAML_LIMITS = {
  characters: 16 * 1024 * 1024,
  /** Maps and lists inside one another; a charter export needs fewer than ten. */
  depth: 64,
  /** How many times aliases may be expanded in all ("billion laughs"). */
  aliases: 100,
} as const;

/** The tags plain YAML data resolves to; any other (`!!js/function`, `!!binary`, `!foo`) is refused. */
const PLAIN_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * YAML text as plain data (maps, lists, text, numbers, booleans, null), or the first problem:
 * not YAML, too large or deep, an alias expanding too far, a duplicate key, a key that is not
 * text, a custom tag. Every check is linear: the yaml library's own duplicate-key check compares
 * each key with every other one, which takes half a minute on 40,000 keys.
 */
export function parseYamlSafely(text: string): YamlReading {
  if (text.length > YAML_LIMITS.characters) {
    return {
      ok: false,
      problem: `it is larger than ${YAML_LIMITS.characters / 1024 / 1024} MB, far beyond any charter file`,
    };
  }
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const [error] = document.errors;
  if (error) {
    // The library reports a nesting deep enough to exhaust its stack as such: say what it means.
    const problem =
      error.code === 'RESOURCE_EXHAUSTION'
        ? `it is nested more than ${YAML_LIMITS.depth} levels deep`
        : firstSentence(error.message);
    return { ok: false, problem, ...at(error.pos[0]) };
  }
  const found = findUnsafeNode(document.contents);
  if (found) return { ok: false, problem: found.problem, ...at(found.node.range?.[0]) };
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: YAML_LIMITS.aliases }) };
  } catch (cause) {
    return {
      ok: false,
      problem: `its aliases expand too far or point nowhere (${firstSentence((cause as Error).message)})`,
    };
  }
}

/** Walks the document without recursion, so no depth of nesting can exhaust the stack. */
function findUnsafeNode(root: ParsedNode | null): { node: YamlNode; problem: string } | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, depth } = next;
    if (node === null || isAlias(node)) continue;
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      return { node, problem: `the tag ${node.tag} is not plain YAML data: remove it` };
    }
    if (depth > YAML_LIMITS.depth) {
      return { node, problem: `it is nested more than ${YAML_LIMITS.depth} levels deep` };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    if (!isMap(node)) continue;
    const keys = new Set<string>();
    for (const { key, value } of node.items) {
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
        return { node: (key as YamlNode | null) ?? node, problem: 'a key is not plain text' };
      }
      if (key.tag !== undefined && !PLAIN_TAGS.has(key.tag)) {
        return { node: key, problem: `the tag ${key.tag} is not plain YAML data: remove it` };
      }
      const name = String(key.value);
      if (keys.has(name)) return { node: key, problem: `the key "${name}" appears twice` };
      keys.add(name);
      stack.push({ node: value, depth: depth + 1 });
    }
  }
  return null;
}

/** The library's message without its position and code excerpt, which the caller reports. */
function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}
