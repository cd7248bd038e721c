import { valid, type FieldValidator } from './field-base.js';
import type { FieldDefinition } from './field-registry.js';
import { type Condition } from '../conditions/condition-schema.js';


export interface FieldsetField {
  showIf?: Condition | undefined;
  type: 'fieldset';
  name: string;
  label: Record<string, string>;
  hint?: Record<string, string> | undefined;
  fields: FieldDefinition[];
  /** A fieldset has no answer, so no messages; declared so every field reads alike. */
  messages?: undefined;
  required?: undefined;
}

/** A fieldset's own answer is nothing; its fields are validated where they stand. */
export const validateFieldsetField: FieldValidator<FieldsetField> = () => valid(undefined);
