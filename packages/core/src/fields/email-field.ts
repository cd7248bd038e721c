import type * as z from 'zod/mini';
import { isEmailAddress } from '../validators/email.js';
import { invalid, readText, valid, type FieldValidator } from './field-base.js';
import type { emailFieldSchema } from './email-field.schema.js';


export type EmailField = z.infer<typeof emailFieldSchema>;

export const validateEmailField: FieldValidator<EmailField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  if (field.maxLength !== undefined && text.length > field.maxLength) return invalid(field, 'too_long', { max: field.maxLength });
  return isEmailAddress(text) ? valid(text) : invalid(field, 'invalid_email');
};
