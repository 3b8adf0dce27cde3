import fc, { type Arbitrary } from 'fast-check';
import type { z } from 'zod';

/**
 * A fast-check arbitrary of the values a zod schema accepts, read from the schema itself
 * (object, string with its length, pattern and datetime checks, number, enum, literal, union,
 * array, record, optional, default, lazy), so that a field added to the model is generated
 * without touching the tests. Refinements filter what is generated; a refinement no random
 * value meets (a real calendar date) needs an entry in `overrides`.
 */
export function arbitraryFromSchema<T>(
  schema: z.ZodType<T>,
  overrides: ReadonlyMap<z.ZodType, Arbitrary<unknown>> = new Map(),
): Arbitrary<T> {
  return build(schema, { overrides, depth: 0, built: new Map() }) as Arbitrary<T>;
}

interface Context {
  overrides: ReadonlyMap<z.ZodType, Arbitrary<unknown>>;
  /** How many lazy (recursive) schemas deep: past MAX_DEPTH, unions take their first option. */
  depth: number;
  /** Arbitraries already built, per depth: recursive schemas are built once per level. */
  built: Map<number, Map<z.ZodType, Arbitrary<unknown>>>;
}

const MAX_DEPTH = 4;
const MAX_ITEMS = 2;

/** The part of zod's internal definition this reads; zod 4 exposes it as `_zod.def`. */
interface Definition {
  type: string;
  checks?: Array<{ _zod: { def: CheckDefinition } }>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
  format?: string;
}
interface CheckDefinition {
  check: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: string) => string;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

function build(schema: z.ZodType, context: Context): Arbitrary<unknown> {
  const override = context.overrides.get(schema);
  if (override) return override;
  const level = context.built.get(context.depth) ?? new Map<z.ZodType, Arbitrary<unknown>>();
  context.built.set(context.depth, level);
  const known = level.get(schema);
  if (known) return known;
  const definition = definitionOf(schema);
  const checks = (definition.checks ?? []).map((check) => check._zod.def);
  const base = buildBase(definition, checks, context);
  const arbitrary = checks.some(({ check }) => check === 'custom')
    ? base.filter((value) => schema.safeParse(value).success)
    : base;
  level.set(schema, arbitrary);
  return arbitrary;
}

function buildBase(
  definition: Definition,
  checks: CheckDefinition[],
  context: Context,
): Arbitrary<unknown> {
  const inner = (schema: z.ZodType | undefined) => build(required(schema), context);
  switch (definition.type) {
    case 'object':
      return fc.record(
        Object.fromEntries(
          Object.entries(definition.shape ?? {}).map(([key, value]) => [key, inner(value)]),
        ),
        { requiredKeys: requiredKeys(definition.shape ?? {}) },
      );
    case 'string':
      return stringArbitrary(definition, checks);
    case 'number':
      return numberArbitrary(checks);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(definition.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(definition.entries ?? {}));
    case 'union': {
      const options = definition.options ?? [];
      if (context.depth > MAX_DEPTH) return inner(options[0]);
      return fc.oneof(...options.map((option) => inner(option)));
    }
    case 'array': {
      const minLength = minLengthOf(checks);
      const maxLength = context.depth > MAX_DEPTH ? minLength : minLength + MAX_ITEMS;
      return fc.array(inner(definition.element), { minLength, maxLength });
    }
    case 'record':
      return (
        fc
          .uniqueArray(fc.tuple(inner(definition.keyType), inner(definition.valueType)), {
            maxLength: MAX_ITEMS,
            selector: ([key]) => key,
          })
          // zod leaves a "__proto__" key out of a record (and the loader refuses the file).
          .filter((entries) => entries.every(([key]) => key !== '__proto__'))
          .map((entries) => Object.fromEntries(entries))
      );
    case 'unknown':
      // What a project file can hold there: JSON, which it saves and reads back unchanged. A
      // "-0" would read back as 0, and a "__proto__" key would be left out.
      return fc.jsonValue({ maxDepth: 2, noUnicodeString: false }).filter(isPlainJson);
    case 'optional':
      return fc.option(inner(definition.innerType), { nil: undefined });
    case 'default':
      // After parsing, a default is always there: generate what parsing gives.
      return inner(definition.innerType);
    case 'lazy':
      // Past MAX_DEPTH unions take their first, flat option, so this recursion ends.
      return build(required(definition.getter?.()), { ...context, depth: context.depth + 1 });
    default:
      throw new Error(`arbitraryFromSchema does not know zod's "${definition.type}" yet`);
  }
}

function isPlainJson(value: unknown): boolean {
  if (Object.is(value, -0)) return false;
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([key, item]) => key !== '__proto__' && isPlainJson(item));
  }
  return true;
}

function required(schema: z.ZodType | undefined): z.ZodType {
  if (!schema) throw new Error('a zod definition lacks the schema it wraps');
  return schema;
}

/** Optional fields may be absent rather than undefined, as in a parsed file. */
function requiredKeys(shape: Record<string, z.ZodType>): string[] {
  return Object.entries(shape)
    .filter(([, value]) => definitionOf(value).type !== 'optional')
    .map(([key]) => key);
}

function minLengthOf(checks: CheckDefinition[]): number {
  return checks.find(({ check }) => check === 'min_length')?.minimum ?? 0;
}

function stringArbitrary(definition: Definition, checks: CheckDefinition[]): Arbitrary<string> {
  if (definition.format === 'datetime') {
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString());
  }
  const pattern = checks.find(({ format }) => format === 'regex')?.pattern;
  const minLength = minLengthOf(checks);
  const base = pattern
    ? fc.stringMatching(pattern)
    : fc.string({ unit: 'grapheme', minLength, maxLength: minLength + 12 });
  const transform = checks.find(({ check }) => check === 'overwrite')?.tx;
  const shaped = transform ? base.map(transform) : base;
  return shaped.filter((value) => value.length >= minLength);
}

function numberArbitrary(checks: CheckDefinition[]): Arbitrary<number> {
  const min = checks.find(({ check }) => check === 'greater_than')?.value ?? -1000;
  const max = checks.find(({ check }) => check === 'less_than')?.value ?? 1000;
  return checks.some(({ format }) => format === 'safeint' || format === 'int')
    ? fc.integer({ min, max })
    : // JSON writes -0 as 0.
      fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((value) => value || 0);
}
