import * as z from 'zod/mini';
import { fieldNameSchema } from '../fields/field-name.js';

/**
 * Conditions: JSON expressions that show or hide fields and skip pages, evaluated without
 * `eval`. Definitions are data, so conditions are data too:
 *
 * - `{ "field": "hasDisability", "equals": "yes" }`, `notEquals`, `oneOf: [...]`
 * - `{ "field": "phone", "answered": true }`
 * - `{ "field": "salary", "lessThan": 85000 }`, `atMost`, `greaterThan`, `atLeast` (numbers)
 * - `{ "field": "startDate", "before": "2026-01-01" }`, `after`, `onOrBefore`, `onOrAfter`
 *   (ISO dates, or `"today"`)
 * - `{ "ageOf": "dateOfBirth", "lessThan": 16 }`: whole years from a date field or an IIN
 * - `{ "all": [...] }`, `{ "any": [...] }`, `{ "not": {...} }`
 *
 * An unanswered (or invalid) field makes every test on it false, except `answered: false`.
 */

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const dateOperand = z.string().check(z.regex(/^(today|\d{4}-\d{2}-\d{2})$/, 'must be an ISO date (YYYY-MM-DD) or "today"'));

export const fieldTestSchema = z.strictObject({
  field: fieldNameSchema,
  equals: z.optional(scalar),
  notEquals: z.optional(scalar),
  oneOf: z.optional(z.array(scalar).check(z.minLength(1))),
  answered: z.optional(z.boolean()),
  lessThan: z.optional(z.number()),
  atMost: z.optional(z.number()),
  greaterThan: z.optional(z.number()),
  atLeast: z.optional(z.number()),
  before: z.optional(dateOperand),
  after: z.optional(dateOperand),
  onOrBefore: z.optional(dateOperand),
  onOrAfter: z.optional(dateOperand),
});

export const ageTestSchema = z.strictObject({
  ageOf: fieldNameSchema,
  lessThan: z.optional(z.number()),
  atMost: z.optional(z.number()),
  greaterThan: z.optional(z.number()),
  atLeast: z.optional(z.number()),
});

export type FieldTest = z.infer<typeof fieldTestSchema>;
export type AgeTest = z.infer<typeof ageTestSchema>;
export type Condition = FieldTest | AgeTest | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** The operators of a field test; exactly one must be given. */
export const FIELD_OPERATORS = ['equals', 'notEquals', 'oneOf', 'answered', 'lessThan', 'atMost', 'greaterThan', 'atLeast', 'before', 'after', 'onOrBefore', 'onOrAfter'] as const;
export const AGE_OPERATORS = ['lessThan', 'atMost', 'greaterThan', 'atLeast'] as const;

const exactlyOne = (operators: readonly string[]) =>
  z.refine((test: unknown) => operators.filter((op) => (test as Record<string, unknown>)[op] !== undefined).length === 1, {
    message: `must have exactly one of ${operators.map((op) => `"${op}"`).join(', ')}`,
  });

export const conditionSchema: z.ZodMiniType<Condition> = z.union([
  /* @__PURE__ */ fieldTestSchema.check(/* @__PURE__ */ exactlyOne(FIELD_OPERATORS)),
  /* @__PURE__ */ ageTestSchema.check(/* @__PURE__ */ exactlyOne(AGE_OPERATORS)),
  z.strictObject({ all: z.array(z.lazy(() => conditionSchema)).check(z.minLength(1)) }),
  z.strictObject({ any: z.array(z.lazy(() => conditionSchema)).check(z.minLength(1)) }),
  z.strictObject({ not: z.lazy(() => conditionSchema) }),
]);

