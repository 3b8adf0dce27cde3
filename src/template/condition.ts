import { CharterError } from '../errors/charter-error';
import type { AnswerValue, Answers } from '../model/answers';

/**
 * The template condition language (`visibleWhen`, `when`), e.g.
 * `company.headcount >= 50 and not (personalUse == "forbidden" or platforms includes "x")`.
 * A hand-written parser and evaluator: no eval, no property access on objects, so a template can
 * only read answers. Pure on purpose — the renderer imports it to show questions live.
 */

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'includes';
export type Literal = string | number | boolean;

export type Condition =
  | { kind: 'literal'; value: Literal }
  /** `position` is the 0-based offset of the question id in the expression, for error messages. */
  | { kind: 'answer'; id: string; position: number }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; operator: ComparisonOperator; left: Condition; right: Condition };

export function evaluateCondition(expression: string, answers: Answers): boolean {
  return isTruthy(evaluate(parseCondition(expression), answers));
}

/** Parses an expression; throws CharterError('invalid-input') naming the 1-based position of the problem. */
export function parseCondition(expression: string): Condition {
  return new Parser(expression).parse();
}

/** Every question id the condition reads, in order of appearance. */
export function conditionAnswers(condition: Condition): { id: string; position: number }[] {
  switch (condition.kind) {
    case 'literal':
      return [];
    case 'answer':
      return [{ id: condition.id, position: condition.position }];
    case 'not':
      return conditionAnswers(condition.operand);
    default:
      return [...conditionAnswers(condition.left), ...conditionAnswers(condition.right)];
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

type Value = AnswerValue;

function evaluate(condition: Condition, answers: Answers): Value {
  switch (condition.kind) {
    case 'literal':
      return condition.value;
    case 'answer':
      // Own keys only: `constructor` or `__proto__` are unknown questions, never object internals.
      return Object.hasOwn(answers, condition.id) ? (answers[condition.id] ?? null) : null;
    case 'not':
      return !isTruthy(evaluate(condition.operand, answers));
    case 'and':
      return (
        isTruthy(evaluate(condition.left, answers)) && isTruthy(evaluate(condition.right, answers))
      );
    case 'or':
      return (
        isTruthy(evaluate(condition.left, answers)) || isTruthy(evaluate(condition.right, answers))
      );
    case 'compare':
      return compare(
        condition.operator,
        evaluate(condition.left, answers),
        evaluate(condition.right, answers),
      );
  }
}

/** An unanswered question, `false`, `0`, `""` and `[]` are false; any other answer is true. */
function isTruthy(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== false && value !== 0 && value !== '';
}

function compare(operator: ComparisonOperator, left: Value, right: Value): boolean {
  switch (operator) {
    case '==':
      return sameValue(left, right);
    case '!=':
      return !sameValue(left, right);
    case 'includes':
      // Lists of option values (multiple choice); a list of contacts includes no string.
      return Array.isArray(left) && left.some((item) => item === right);
    default:
      // Order only makes sense between numbers; an unanswered number compares false either way.
      if (typeof left !== 'number' || typeof right !== 'number') return false;
      if (operator === '<') return left < right;
      if (operator === '<=') return left <= right;
      if (operator === '>') return left > right;
      return left >= right;
  }
}

function sameValue(left: Value, right: Value): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => item === right[i]);
  }
  return left === right;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { type: 'answer'; id: string; position: number }
  | { type: 'literal'; value: Literal; position: number }
  | { type: 'operator'; value: ComparisonOperator; position: number }
  | { type: 'and' | 'or' | 'not' | '(' | ')' | 'end'; position: number };

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const SYMBOL_OPERATORS = ['==', '!=', '<=', '>=', '<', '>'] as const;
/** What people coming from other languages type, and what we spell instead. */
const HINTS: Record<string, string> = { '&': 'and', '|': 'or', '!': 'not', '=': '==' };

/** Words with a meaning of their own: a question may not be named after one of them. */
export const CONDITION_KEYWORDS: readonly string[] = [
  'and',
  'or',
  'not',
  'includes',
  'true',
  'false',
];

function tokenize(expression: string, fail: (message: string, position: number) => never): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = position;
    return pattern.exec(expression)?.[0];
  };
  while (position < expression.length) {
    const char = expression.charAt(position);
    if (/\s/.test(char)) {
      position += 1;
      continue;
    }
    const start = position;
    const symbol = SYMBOL_OPERATORS.find((operator) => expression.startsWith(operator, position));
    const number = match(NUMBER);
    const word = match(IDENTIFIER);
    if (symbol) {
      tokens.push({ type: 'operator', value: symbol, position: start });
      position += symbol.length;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char, position: start });
      position += 1;
    } else if (char === '"' || char === "'") {
      const [value, end] = readString(expression, position, fail);
      tokens.push({ type: 'literal', value, position: start });
      position = end;
    } else if (number !== undefined) {
      tokens.push({ type: 'literal', value: Number(number), position: start });
      position += number.length;
    } else if (word !== undefined) {
      tokens.push(wordToken(word, start));
      position += word.length;
    } else {
      const hint = HINTS[char];
      fail(`unexpected character "${char}"${hint ? ` (write "${hint}")` : ''}`, start);
    }
  }
  tokens.push({ type: 'end', position: expression.length });
  return tokens;
}

function wordToken(word: string, position: number): Token {
  switch (word) {
    case 'and':
    case 'or':
    case 'not':
      return { type: word, position };
    case 'includes':
      return { type: 'operator', value: 'includes', position };
    case 'true':
    case 'false':
      return { type: 'literal', value: word === 'true', position };
    default:
      return { type: 'answer', id: word, position };
  }
}

/** Reads a quoted string starting at `start`; returns its value and the offset after it. */
function readString(
  expression: string,
  start: number,
  fail: (message: string, position: number) => never,
): [string, number] {
  const quote = expression.charAt(start);
  let value = '';
  let position = start + 1;
  while (position < expression.length) {
    const char = expression.charAt(position);
    if (char === quote) return [value, position + 1];
    if (char === '\\' && position + 1 < expression.length) {
      value += expression.charAt(position + 1);
      position += 2;
    } else {
      value += char;
      position += 1;
    }
  }
  return fail('unterminated string', start);
}

// ---------------------------------------------------------------------------------------------
// Grammar, loosest binding first:
//   or         := and ("or" and)*
//   and        := not ("and" not)*
//   not        := "not" not | comparison
//   comparison := primary (operator primary)?      -- no chains: `a == b == c` is an error
//   primary    := literal | question-id | "(" or ")"

/** Deep enough for any real template, shallow enough never to exhaust the stack. */
const MAX_DEPTH = 64;

class Parser {
  private readonly expression: string;
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(expression: string) {
    this.expression = expression;
    this.tokens = tokenize(expression, (message, position) => this.fail(message, position));
  }

  parse(): Condition {
    const condition = this.parseOr();
    const next = this.peek();
    if (next.type !== 'end') this.fail(`unexpected ${describe(next)}`, next.position);
    return condition;
  }

  private parseOr(): Condition {
    let left = this.parseAnd();
    while (this.peek().type === 'or') {
      this.index += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Condition {
    let left = this.parseNot();
    while (this.peek().type === 'and') {
      this.index += 1;
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Condition {
    const token = this.peek();
    if (token.type !== 'not') return this.parseComparison();
    this.index += 1;
    return { kind: 'not', operand: this.nested(token.position, () => this.parseNot()) };
  }

  private parseComparison(): Condition {
    const left = this.parsePrimary();
    const token = this.peek();
    if (token.type !== 'operator') return left;
    this.index += 1;
    const right = this.parsePrimary();
    const after = this.peek();
    if (after.type === 'operator') {
      this.fail(`comparisons cannot be chained; use "and" before "${after.value}"`, after.position);
    }
    return { kind: 'compare', operator: token.value, left, right };
  }

  private parsePrimary(): Condition {
    const token = this.peek();
    this.index += 1;
    switch (token.type) {
      case 'literal':
        return { kind: 'literal', value: token.value };
      case 'answer':
        return { kind: 'answer', id: token.id, position: token.position };
      case '(': {
        const inner = this.nested(token.position, () => this.parseOr());
        const close = this.peek();
        if (close.type !== ')') {
          this.fail(
            `expected ")" to close the "(" at position ${token.position + 1}`,
            close.position,
          );
        }
        this.index += 1;
        return inner;
      }
      default:
        return this.fail(
          `expected a question id or a value, found ${describe(token)}`,
          token.position,
        );
    }
  }

  private nested(position: number, parse: () => Condition): Condition {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`, position);
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private peek(): Token {
    // The tokenizer always ends with an 'end' token, and parsing never reads past it.
    return this.tokens[this.index] ?? { type: 'end', position: this.expression.length };
  }

  private fail(message: string, position: number): never {
    throw new CharterError(
      'invalid-input',
      `The condition "${this.expression}" is not valid: ${message} at position ${position + 1}.`,
      { condition: this.expression, position: String(position + 1) },
    );
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case 'end':
      return 'the end of the condition';
    case 'answer':
      return `question id "${token.id}"`;
    case 'literal':
      return typeof token.value === 'string'
        ? `text "${token.value}"`
        : `value ${String(token.value)}`;
    case 'operator':
      return `"${token.value}"`;
    default:
      return `"${token.type}"`;
  }
}
