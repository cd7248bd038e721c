/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { autocompleteSchema, fieldBase } from './field-base.schema.js';

/** A `min` no greater than `max`, when both are given. */
const minNotAboveMax = z.refine<{ min?: number | undefined; max?: number | undefined }>(
  (field) => field.min === undefined || field.max === undefined || field.min <= field.max,
  { message: 'must not be greater than max', path: ['min'] },
);

const boundSchema = z.optional(z.int().check(z.minimum(Number.MIN_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)));

/**
 * A whole number: a count, hours a week, a year. Shown as typed, `2009`, unless `grouping` says
 * it is an amount to show in groups of digits per locale (`12,500`, `12 500`).
 */
export const numberFieldSchema = z
  .strictObject({
    type: z.literal('number'),
    ...fieldBase,
    autocomplete: autocompleteSchema,
    min: boundSchema,
    max: boundSchema,
    grouping: z.optional(z.boolean()),
  })
  .check(minNotAboveMax);

/** An amount of money in whole tenge (a salary, an income). `min` defaults to 0. */
export const moneyFieldSchema = z
  .strictObject({
    type: z.literal('money'),
    ...fieldBase,
    autocomplete: autocompleteSchema,
    min: boundSchema,
    max: boundSchema,
  })
  .check(minNotAboveMax);
