import type * as z from 'zod/mini';
import { invalid, valid, type FieldValidator } from './field-base.js';
import { type RevealingOption } from './radios-field.js';
import type { checkboxesFieldSchemaOf } from './checkboxes-field.schema.js';


export interface CheckboxesField extends Omit<z.infer<ReturnType<typeof checkboxesFieldSchemaOf>>, 'options'> {
  options: RevealingOption[];
}

/** The chosen values as answered: a list of values, one value alone, or nothing yet. */
export function readChoices(answer: unknown): string[] | null {
  if (answer === undefined || answer === null) return [];
  const values = Array.isArray(answer) ? (answer as unknown[]) : [answer];
  if (!values.every((value) => typeof value === 'string')) return null;
  return (values as string[]).map((value) => value.trim()).filter(Boolean);
}

/**
 * Returns the chosen values in option order, each once. An unanswered optional group is left
 * out, whatever its `minSelected`: the limits apply to an answer that was given.
 */
export const validateCheckboxesField: FieldValidator<CheckboxesField> = (field, answer) => {
  const values = readChoices(answer);
  if (values === null) return invalid(field, 'invalid_type', { expected: 'list' });
  if (values.length === 0) return field.required ? invalid(field, 'required') : valid(undefined);
  const known = new Set(field.options.map((option) => option.value));
  if (values.some((value) => !known.has(value))) return invalid(field, 'invalid_option');
  const chosen = field.options.map((option) => option.value).filter((value) => values.includes(value));
  if (field.minSelected !== undefined && chosen.length < field.minSelected) return invalid(field, 'too_few_selected', { min: field.minSelected });
  if (field.maxSelected !== undefined && chosen.length > field.maxSelected) return invalid(field, 'too_many_selected', { max: field.maxSelected });
  return valid(chosen);
};
