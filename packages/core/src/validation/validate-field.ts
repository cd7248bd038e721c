import type { FieldDefinition } from '../fields/field-registry.js';
import { fieldValidators } from '../fields/field-registry.js';
import type { FieldResult, FieldValidator, ValidationOptions } from '../fields/field-base.js';

export type { FieldResult, ValidationOptions } from '../fields/field-base.js';

/**
 * Validates one field's answer and returns the value to submit (trimmed, normalized) or the
 * first error as a code with parameters. An unanswered optional field gives `undefined`.
 */
export function validateField(field: FieldDefinition, answer: unknown, options: ValidationOptions = {}): FieldResult {
  const validator = fieldValidators[field.type] as FieldValidator<FieldDefinition>;
  return validator(field, answer, options);
}
