/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { autocompleteSchema, fieldBase, positiveIntSchema } from './field-base.schema.js';

export const textareaFieldSchema = z
  .strictObject({
    type: z.literal('textarea'),
    ...fieldBase,
    autocomplete: autocompleteSchema,
    /** Most characters (code points) accepted; typing past it is never blocked. */
    maxLength: z.optional(positiveIntSchema),
    /** Most words accepted, instead of `maxLength`. */
    maxWords: z.optional(positiveIntSchema),
    /** Visible lines of the box. */
    rows: z.optional(z.int().check(z.minimum(2), z.maximum(40))),
    /** Percent of the limit used from which the count is announced (default 75). */
    threshold: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
  })
  .check(
    z.refine((field) => field.maxLength === undefined || field.maxWords === undefined, {
      message: 'give maxLength or maxWords, not both',
      path: ['maxWords'],
    }),
  );
