/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { fieldBase, nonEmptyString } from './field-base.schema.js';
import { fieldListSchema } from './nested-fields.js';

export const optionSchema = z.strictObject({
  value: nonEmptyString,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});

/**
 * A radio or checkbox option that may reveal fields right under it when chosen (GOV.UK
 * conditional reveal). Revealed fields that are hidden are neither validated nor submitted.
 */
export const revealingOptionSchema = z.strictObject({
  value: nonEmptyString,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
  reveals: z.optional(fieldListSchema),
});

export const radiosFieldSchema = z.strictObject({
  type: z.literal('radios'),
  ...fieldBase,
  options: z.array(revealingOptionSchema).check(z.minLength(2)),
});
