import * as z from 'zod/mini';
import { checkIin } from '../validators/iin.js';
import { autocompleteSchema, fieldBase, invalid, positiveIntSchema, readText, valid, type FieldValidator } from './field-base.js';

export const textFieldSchema = z.strictObject({
  type: z.literal('text'),
  ...fieldBase,
  format: z.optional(z.enum(['iin'])),
  autocomplete: autocompleteSchema,
  minLength: z.optional(positiveIntSchema),
  maxLength: z.optional(positiveIntSchema),
});

export type TextField = z.infer<typeof textFieldSchema>;

export const validateTextField: FieldValidator<TextField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  if (field.format === 'iin') {
    const iin = checkIin(text);
    if (!iin.valid) return invalid(field, iin.problem === 'format' ? 'iin_format' : 'iin_checksum');
    return valid(iin.digits);
  }
  const length = [...text].length;
  if (field.minLength !== undefined && length < field.minLength) return invalid(field, 'too_short', { min: field.minLength });
  if (field.maxLength !== undefined && length > field.maxLength) return invalid(field, 'too_long', { max: field.maxLength });
  return valid(text);
};
