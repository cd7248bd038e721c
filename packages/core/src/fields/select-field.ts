import type * as z from 'zod/mini';
import { invalid, readText, valid, type FieldValidator } from './field-base.js';
import type { selectFieldSchema } from './select-field.schema.js';


export type SelectField = z.infer<typeof selectFieldSchema>;

export const validateSelectField: FieldValidator<SelectField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  return field.options.some((option) => option.value === text) ? valid(text) : invalid(field, 'invalid_option');
};
