/** YAML that attacks its reader: each must be refused with a clear error, quickly, nothing run. */
export interface HostileYaml {
  name: string;
  text: string;
  /** What the error must say. */
  says: RegExp;
}

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level += 1) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

function manyKeys(count: number, duplicateLast: boolean): string {
  const lines = Array.from({ length: count }, (_, index) => `k${index}: ${index}`);
  if (duplicateLast) lines.push('k0: again');
  return `${lines.join('\n')}\n`;
}

export const HOSTILE_YAML: readonly HostileYaml[] = [
  { name: 'an alias bomb ("billion laughs")', text: billionLaughs(), says: /aliases expand/ },
  { name: 'an alias to nothing', text: 'a: *nowhere\n', says: /alias|nowhere|anchor/i },
  {
    name: '40,000 keys, the last one twice',
    text: manyKeys(40_000, true),
    says: /"k0" appears twice.*line 40001/s,
  },
  {
    name: 'nesting 10,000 flow lists deep',
    text: `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    says: /nested more than 64 levels/,
  },
  {
    name: 'nesting 100 block maps deep',
    text: Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}k:`).join('\n'),
    says: /nested more than 64 levels/,
  },
  { name: 'a JavaScript function tag', text: 'a: !!js/function "function () {}"\n', says: /tag/ },
  { name: 'a custom local tag', text: 'a: !shell "rm -rf /"\n', says: /tag !shell/ },
  { name: 'a binary tag', text: 'a: !!binary aGVsbG8=\n', says: /tag:yaml.org,2002:binary/ },
  { name: 'a map as a key', text: '? {a: 1}\n: x\n', says: /key is not plain text/ },
  { name: 'not YAML at all', text: 'a: [unclosed\n  - b: {\n', says: /line \d+/ },
  { name: 'random bytes', text: '\u0000\u0007\uFFFE%YAML 9\n---\n\t- ]]', says: /./ },
  {
    name: '17 MB of text',
    text: `a: "${'x'.repeat(17 * 1024 * 1024)}"\n`,
    says: /larger than 16 MB/,
  },
];

/** `__proto__` and `constructor` keys: read as plain keys, never as the object's prototype. */
export const PROTOTYPE_KEYS_YAML = [
  '__proto__: { polluted: yes }',
  'constructor: { prototype: { polluted: yes } }',
  'nested: { __proto__: { polluted: yes } }',
  '',
].join('\n');
