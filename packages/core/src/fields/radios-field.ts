import type * as z from 'zod/mini';
import { invalid, readText, valid, type FieldValidator } from './field-base.js';
import type { FieldDefinition } from './field-registry.js';
import type { optionSchema, radiosFieldSchemaOf } from './radios-field.schema.js';


export type ChoiceOption = z.infer<typeof optionSchema>;


export interface RevealingOption extends ChoiceOption {
  reveals?: FieldDefinition[] | undefined;
}


export interface RadiosField extends Omit<z.infer<ReturnType<typeof radiosFieldSchemaOf>>, 'options'> {
  options: RevealingOption[];
}

export const validateRadiosField: FieldValidator<RadiosField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  return field.options.some((option) => option.value === text) ? valid(text) : invalid(field, 'invalid_option');
};
