import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CharterError } from './charter-error';
import { parseOrThrow } from './parse-or-throw';

const Person = z.strictObject({ name: z.string(), age: z.number().int().default(0) });

function thrown(run: () => unknown): CharterError {
  try {
    run();
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('parseOrThrow', () => {
  it('returns the parsed data, defaults filled in', () => {
    expect(parseOrThrow(Person, { name: 'Léa' }, 'invalid-input', (problems) => problems)).toEqual({
      name: 'Léa',
      age: 0,
    });
  });

  it('names each field and its problem in the sentence the caller writes', () => {
    const error = thrown(() =>
      parseOrThrow(
        Person,
        { name: 1, age: 1.5 },
        'invalid-file',
        (problems) => `people.yaml is damaged: ${problems}.`,
      ),
    );
    expect(error.code).toBe('invalid-file');
    expect(error.message).toBe(
      'people.yaml is damaged: name: Invalid input: expected string, received number; age: Invalid input: expected int, received number.',
    );
    expect(error.details).toEqual({});
  });

  it('adds details, fixed or taken from the error', () => {
    const fixed = thrown(() =>
      parseOrThrow(Person, {}, 'invalid-file', (problems) => problems, { file: 'a.yaml' }),
    );
    expect(fixed.details).toEqual({ file: 'a.yaml' });
    const computed = thrown(() =>
      parseOrThrow(
        Person,
        { name: 'Léa', age: 'old' },
        'invalid-file',
        (problems) => problems,
        (error) => ({ field: error.issues[0]?.path.join('.') ?? '' }),
      ),
    );
    expect(computed.details).toEqual({ field: 'age' });
  });
});
