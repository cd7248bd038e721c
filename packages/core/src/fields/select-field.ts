import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.js';
import { autocompleteSchema, fieldBase, invalid, readText, valid, type FieldValidator } from './field-base.js';
import { optionSchema } from './radios-field.js';

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

export type SelectField = z.infer<typeof selectFieldSchema>;

export const validateSelectField: FieldValidator<SelectField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  return field.options.some((option) => option.value === text) ? valid(text) : invalid(field, 'invalid_option');
};
