/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { autocompleteSchema, fieldBase, positiveIntSchema } from './field-base.schema.js';

export const emailFieldSchema = z.strictObject({
  type: z.literal('email'),
  ...fieldBase,
  autocomplete: autocompleteSchema,
  maxLength: z.optional(positiveIntSchema),
});
