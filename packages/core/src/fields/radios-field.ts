import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.js';
import { fieldBase, invalid, nonEmptyString, readText, valid, type FieldValidator } from './field-base.js';
import type { FieldDefinition } from './field-registry.js';
import { fieldListSchema } from './nested-fields.js';

export const optionSchema = z.strictObject({
  value: nonEmptyString,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});

export type ChoiceOption = z.infer<typeof optionSchema>;

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

export interface RevealingOption extends ChoiceOption {
  reveals?: FieldDefinition[] | undefined;
}

export const radiosFieldSchema = z.strictObject({
  type: z.literal('radios'),
  ...fieldBase,
  options: z.array(revealingOptionSchema).check(z.minLength(2)),
});

export interface RadiosField extends Omit<z.infer<typeof radiosFieldSchema>, 'options'> {
  options: RevealingOption[];
}

export const validateRadiosField: FieldValidator<RadiosField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  return field.options.some((option) => option.value === text) ? valid(text) : invalid(field, 'invalid_option');
};
