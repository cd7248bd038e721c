import * as z from 'zod/mini';
import { localizedTextSchema } from '../definition/localized-text.js';
import { fieldBase, invalid, nonEmptyString, readText, valid, type FieldValidator } from './field-base.js';

export const optionSchema = z.strictObject({
  value: nonEmptyString,
  label: localizedTextSchema,
  hint: z.optional(localizedTextSchema),
});

export type ChoiceOption = z.infer<typeof optionSchema>;

export const radiosFieldSchema = z.strictObject({
  type: z.literal('radios'),
  ...fieldBase,
  options: z.array(optionSchema).check(z.minLength(2)),
});

export type RadiosField = z.infer<typeof radiosFieldSchema>;

export const validateRadiosField: FieldValidator<RadiosField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  return field.options.some((option) => option.value === text) ? valid(text) : invalid(field, 'invalid_option');
};
