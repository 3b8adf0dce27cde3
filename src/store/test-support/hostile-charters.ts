import { randomBytes } from 'node:crypto';
import { createSampleProject } from '../../export/sample-project.fixture';
import { PROJECT_SCHEMA_VERSION } from '../../model/project';
import { serializeProject } from '../project-file';

/** A project file damaged or built to attack its reader: each must be refused, saying what to do. */
export interface HostileCharter {
  name: string;
  content: () => string | Buffer;
  /** What the refusal must say. */
  says: RegExp;
}

/** A sound project file, the base every hostile one is made from. */
export const sample = serializeProject(createSampleProject());

/** The sample project's file with the value at `path` set (any JSON: the point is to break it). */
export function withSample(path: ReadonlyArray<string | number>, value: unknown): string {
  const raw = JSON.parse(sample) as Record<string | number, unknown>;
  let target = raw;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) ?? ''] = value;
  return JSON.stringify(raw);
}

export const HOSTILE_CHARTERS: readonly HostileCharter[] = [
  { name: 'empty', content: () => '', says: /not valid JSON.*backup/s },
  { name: 'truncated', content: () => sample.slice(0, sample.length / 2), says: /not valid JSON/ },
  { name: 'random bytes', content: () => randomBytes(4096), says: /not UTF-8 text|not valid JSON/ },
  {
    name: 'a PNG picture',
    content: () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    says: /not UTF-8|JSON/,
  },
  { name: 'a JSON list', content: () => '[1, 2, 3]', says: /schemaVersion is missing/ },
  { name: 'JSON null', content: () => 'null', says: /schemaVersion is missing/ },
  {
    name: 'a newer schemaVersion',
    content: () => withSample(['schemaVersion'], PROJECT_SCHEMA_VERSION + 1),
    says: /newer Charter Studio.*Update the app/,
  },
  {
    name: 'wrong types',
    content: () => withSample(['sections'], { not: 'a list' }),
    says: /is damaged: sections: .*Correct that field/s,
  },
  {
    name: 'a text where a number goes',
    content: () => withSample(['signOff', 'versionsBefore'], '2'),
    says: /signOff\.versionsBefore/,
  },
  {
    name: 'an unknown field',
    content: () => withSample(['sections', 0, 'clauses', 0, 'script'], '<img onerror>'),
    says: /does not know \(sections\[0\]\.clauses\[0\]\.script\).*update the app/s,
  },
  {
    name: 'a __proto__ key',
    content: () => sample.replace('"meta": {', '"meta": { "__proto__": { "polluted": true },'),
    says: /does not know \(meta\.__proto__\)/,
  },
  {
    name: 'nesting 100,000 lists deep',
    content: () =>
      withSample(['answers'], { deep: 1 }).replace(
        '"deep":1',
        `"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    says: /nested more than 128 levels/,
  },
  {
    name: 'an unknown node in a clause',
    content: () =>
      withSample(['sections', 0, 'clauses', 0, 'body', 'content', 0], {
        type: 'iframe',
        attrs: { src: 'x' },
      }),
    says: /sections\[0\]\.clauses\[0\]\.body\.content/,
  },
];
