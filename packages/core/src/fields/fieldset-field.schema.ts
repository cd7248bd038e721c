/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { conditionSchema } from '../conditions/condition-schema.js';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldNameSchema } from './field-name.js';
import { fieldListSchema } from './nested-fields.js';

/**
 * Groups fields under a legend (an address, say). It has no answer of its own: its fields'
 * answers sit beside the others, by their own names.
 */
export const fieldsetFieldSchema = z.strictObject({
  type: z.literal('fieldset'),
  /** Identifies the group (for stories, tests and styling); not an answer key. */
  name: fieldNameSchema,
  /** The legend. */
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  showIf: z.optional(conditionSchema),
  fields: fieldListSchema,
});
