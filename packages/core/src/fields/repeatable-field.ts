import { invalid, valid, type FieldValidator } from './field-base.js';
import type { FieldDefinition } from './field-registry.js';
import type { Condition } from '../conditions/condition-schema.js';


export interface RepeatableField {
  showIf?: Condition | undefined;
  type: 'repeatable';
  name: string;
  label: Record<string, string>;
  hint?: Record<string, string> | undefined;
  required?: boolean | undefined;
  messages?: Record<string, Record<string, string>> | undefined;
  itemLabel: Record<string, string>;
  min?: number | undefined;
  max?: number | undefined;
  fields: FieldDefinition[];
}

/** The items as answered: a list, or nothing yet. */
export function readItems(answer: unknown): Record<string, unknown>[] | null {
  if (answer === undefined || answer === null || answer === '') return [];
  if (!Array.isArray(answer)) return null;
  return answer.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item)) ? answer : null;
}

/**
 * Checks the number of items only; each item's fields are validated by `validateFields`, which
 * knows their paths. `required` means at least one item (as `min: 1`).
 */
export const validateRepeatableField: FieldValidator<RepeatableField> = (field, answer) => {
  const items = readItems(answer);
  if (items === null) return invalid(field, 'invalid_type', { expected: 'list' });
  const min = Math.max(field.min ?? 0, field.required ? 1 : 0);
  if (items.length === 0 && min > 0) return invalid(field, 'required', { min });
  if (items.length < min) return invalid(field, 'too_few_items', { min });
  if (field.max !== undefined && items.length > field.max) return invalid(field, 'too_many_items', { max: field.max });
  return valid(undefined);
};
