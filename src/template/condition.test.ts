import { describe, expect, it } from 'vitest';
import { CharterError } from '../errors/charter-error';
import type { Answers } from '../model/answers';
import { conditionAnswers, evaluateCondition, parseCondition } from './condition';

const answers: Answers = {
  'company.name': 'Dupré & Fils',
  'company.headcount': 120,
  'company.sector': null,
  personalUse: 'breaks',
  advocacy: true,
  monitoring: false,
  platforms: ['linkedin', 'instagram'],
};

const holds = (expression: string, given: Answers = answers): boolean =>
  evaluateCondition(expression, given);

function parseError(expression: string): CharterError {
  try {
    parseCondition(expression);
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error(`"${expression}" parsed without error`);
}

describe('evaluateCondition', () => {
  it('compares answers with literals', () => {
    expect(holds('personalUse == "breaks"')).toBe(true);
    expect(holds("personalUse == 'breaks'")).toBe(true);
    expect(holds('personalUse != "breaks"')).toBe(false);
    expect(holds('company.headcount >= 50')).toBe(true);
    expect(holds('company.headcount > 120')).toBe(false);
    expect(holds('company.headcount <= 120')).toBe(true);
    expect(holds('company.headcount < 120.5')).toBe(true);
    expect(holds('company.headcount > -1')).toBe(true);
    expect(holds('advocacy == true')).toBe(true);
    expect(holds('monitoring == false')).toBe(true);
  });

  it('reads an answer on its own as true or false', () => {
    expect(holds('advocacy')).toBe(true);
    expect(holds('monitoring')).toBe(false);
    expect(holds('company.name')).toBe(true);
    expect(holds('company.sector')).toBe(false);
    expect(holds('platforms')).toBe(true);
    expect(holds('platforms', { platforms: [] })).toBe(false);
    expect(holds('count', { count: 0 })).toBe(false);
    expect(holds('unknown.question')).toBe(false);
  });

  it('tests multiple-choice answers with includes', () => {
    expect(holds('platforms includes "linkedin"')).toBe(true);
    expect(holds('platforms includes "x"')).toBe(false);
    expect(holds('personalUse includes "b"')).toBe(false);
    expect(holds('company.sector includes "a"')).toBe(false);
  });

  it('compares lists and values of different types without surprises', () => {
    expect(holds('platforms == platforms')).toBe(true);
    expect(holds('company.headcount == "120"')).toBe(false);
    expect(holds('company.name > 3')).toBe(false);
    expect(holds('company.sector < 3')).toBe(false);
    expect(holds('company.sector >= 3')).toBe(false);
  });

  it('binds not tighter than and, and and tighter than or', () => {
    expect(holds('true or true and false')).toBe(true);
    expect(holds('(true or true) and false')).toBe(false);
    expect(holds('not false and false')).toBe(false);
    expect(holds('not (false and false)')).toBe(true);
    expect(holds('not not advocacy')).toBe(true);
    expect(holds('not company.headcount < 50')).toBe(true);
    expect(holds('false or not monitoring and company.headcount >= 50')).toBe(true);
  });

  it('is left-associative and accepts any spacing', () => {
    expect(holds('a or b or c', { c: true })).toBe(true);
    expect(holds('a and b and c', { a: true, b: true, c: false })).toBe(false);
    expect(holds('(company.headcount>=50)and(personalUse=="breaks")')).toBe(true);
  });

  it('reads escapes inside strings', () => {
    expect(holds('quote == "say \\"hi\\""', { quote: 'say "hi"' })).toBe(true);
    expect(holds("name == 'l\\'usine'", { name: "l'usine" })).toBe(true);
  });

  it('never reaches object internals or globals', () => {
    for (const name of [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'globalThis',
      'process',
      'prototype',
    ]) {
      expect(holds(name, {})).toBe(false);
      expect(holds(`${name} == ${name}`, {})).toBe(true);
      expect(holds(`${name} != "x"`, {})).toBe(true);
    }
    expect(holds('constructor.name == "Object"', {})).toBe(false);
    expect(holds('__proto__.constructor', {})).toBe(false);
  });

  it('treats an answer explicitly named like an object key as an ordinary answer', () => {
    const tricky: Answers = JSON.parse('{"__proto__": true, "constructor": "yes"}') as Answers;
    expect(holds('__proto__', tricky)).toBe(true);
    expect(holds('constructor == "yes"', tricky)).toBe(true);
  });
});

describe('parseCondition', () => {
  it('builds a tree and lists the answers it reads', () => {
    const condition = parseCondition('a == 1 or not b.c includes "x"');
    expect(condition).toEqual({
      kind: 'or',
      left: {
        kind: 'compare',
        operator: '==',
        left: { kind: 'answer', id: 'a', position: 0 },
        right: { kind: 'literal', value: 1 },
      },
      right: {
        kind: 'not',
        operand: {
          kind: 'compare',
          operator: 'includes',
          left: { kind: 'answer', id: 'b.c', position: 14 },
          right: { kind: 'literal', value: 'x' },
        },
      },
    });
    expect(conditionAnswers(condition)).toEqual([
      { id: 'a', position: 0 },
      { id: 'b.c', position: 14 },
    ]);
  });

  it.each([
    ['', 'expected a question id or a value, found the end of the condition at position 1'],
    ['a ==', 'found the end of the condition at position 5'],
    ['a == b == c', 'comparisons cannot be chained; use "and" before "==" at position 8'],
    ['(a or b', 'expected ")" to close the "(" at position 1 at position 8'],
    ['a or b)', 'unexpected ")" at position 7'],
    ['a b', 'unexpected question id "b" at position 3'],
    ['a 1', 'unexpected value 1 at position 3'],
    ['a && b', 'unexpected character "&" (write "and") at position 3'],
    ['a || b', 'unexpected character "|" (write "or") at position 3'],
    ['!a', 'unexpected character "!" (write "not") at position 1'],
    ['a = 1', 'unexpected character "=" (write "==") at position 3'],
    ['name == "open', 'unterminated string at position 9'],
    ['a.b() == 1', 'unexpected "(" at position 4'],
    ['a[0]', 'unexpected character "[" at position 2'],
    ['and', 'found "and" at position 1'],
    ['a == "x" "y"', 'unexpected text "y" at position 10'],
  ])('rejects %j naming the position', (expression, expected) => {
    const error = parseError(expression);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(`The condition "${expression}" is not valid: `);
    expect(error.message).toContain(expected);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const error = parseError(`${'('.repeat(10_000)}a${')'.repeat(10_000)}`);
    expect(error.message).toContain('nested more than 64 levels deep');
    expect(parseError(`${'not '.repeat(1_000)}a`).message).toContain(
      'nested more than 64 levels deep',
    );
  });

  it('throws the same errors when evaluating', () => {
    expect(() => evaluateCondition('a ==', {})).toThrow(CharterError);
  });
});
