import * as z from 'zod/mini';
import { fieldBase, invalid, valid, type FieldValidator } from './field-base.js';

/**
 * A single checkbox for one yes (`sf-checkbox`), such as consent to the processing of personal
 * data. `label` is the checkbox's own text. It is never ticked at first: the format has no
 * default, because consent must be given, not left in place. `required` means it must be ticked.
 */
export const checkboxFieldSchema = z.strictObject({
  type: z.literal('checkbox'),
  ...fieldBase,
});

export type CheckboxField = z.infer<typeof checkboxFieldSchema>;

/** `true` when ticked; an unticked box (`false`, or no answer) is left out of the answers. */
export const validateCheckboxField: FieldValidator<CheckboxField> = (field, answer) => {
  if (answer === true) return valid(true);
  if (answer === false || answer === undefined || answer === null || answer === '') {
    return field.required ? invalid(field, 'required') : valid(undefined);
  }
  return invalid(field, 'invalid_type', { expected: 'boolean' });
};
