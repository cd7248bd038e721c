/** The definition-format schema of this field type (zod): loaded only where definitions are checked. */
import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.schema.js';
import { autocompleteSchema, fieldBase } from './field-base.schema.js';
import { optionSchema } from './radios-field.schema.js';

/**
 * A drop-down list (`sf-select`): one choice among many, for lists too long for radios (regions,
 * districts). Nothing is chosen at first: the list starts on an empty option, which shows the
 * `placeholder` text ("Select a region") when given.
 */
export const selectFieldSchema = z.strictObject({
  type: z.literal('select'),
  ...fieldBase,
  options: z.array(optionSchema).check(z.minLength(2)),
  /** The text of the empty first option, shown while nothing is chosen. */
  placeholder: z.optional(localizedTextSchema),
  /** For lists autofill knows, e.g. `address-level1` for a region (WCAG 1.3.5). */
  autocomplete: autocompleteSchema,
});
