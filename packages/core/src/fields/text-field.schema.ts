/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { autocompleteSchema, fieldBase, positiveIntSchema } from './field-base.schema.js';
import { TEXT_FORMATS } from './text-field.js';

export const textFieldSchema = z.strictObject({
  type: z.literal('text'),
  ...fieldBase,
  format: z.optional(z.enum(TEXT_FORMATS)),
  autocomplete: autocompleteSchema,
  /** Ignored by the formats with a fixed shape (all but `person-name`). */
  minLength: z.optional(positiveIntSchema),
  maxLength: z.optional(positiveIntSchema),
});
