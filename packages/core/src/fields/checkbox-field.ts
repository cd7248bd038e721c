import type * as z from 'zod/mini';
import { invalid, valid, type FieldValidator } from './field-base.js';
import type { checkboxFieldSchema } from './checkbox-field.schema.js';


export type CheckboxField = z.infer<typeof checkboxFieldSchema>;

/** `true` when ticked; an unticked box (`false`, or no answer) is left out of the answers. */
export const validateCheckboxField: FieldValidator<CheckboxField> = (field, answer) => {
  if (answer === true) return valid(true);
  if (answer === false || answer === undefined || answer === null || answer === '') {
    return field.required ? invalid(field, 'required') : valid(undefined);
  }
  return invalid(field, 'invalid_type', { expected: 'boolean' });
};
