import * as z from 'zod/mini';
import type { FieldDefinition } from './field-registry.js';
import { textFieldSchema } from './text-field.schema.js';
import { emailFieldSchema } from './email-field.schema.js';
import { radiosFieldSchemaOf, revealingOptionSchemaOf } from './radios-field.schema.js';
import { dateFieldSchema } from './date-field.schema.js';
import { fieldsetFieldSchemaOf } from './fieldset-field.schema.js';
import { repeatableFieldSchemaOf } from './repeatable-field.schema.js';
import { fileFieldSchema } from './file-field.schema.js';
import { selectFieldSchema } from './select-field.schema.js';
import { checkboxFieldSchema } from './checkbox-field.schema.js';
import { checkboxesFieldSchemaOf } from './checkboxes-field.schema.js';
import { textareaFieldSchema } from './textarea-field.schema.js';
import { numberFieldSchema } from './number-field.schema.js';
import { moneyFieldSchema } from './number-field.schema.js';

/**
 * A non-empty list of fields of any type. Fields nest (a fieldset's fields, an option's revealed
 * fields, a repeatable's item fields), so the schemas of those field types are built here, with
 * this list, and the list reads `fieldSchema` below only when a definition is parsed. The
 * recursion stays in this one module: no import cycle, and nothing registered at import time
 * that a bundler could drop (core is `"sideEffects": false`).
 */
export const fieldListSchema: z.ZodMiniType<FieldDefinition[]> = z
  .array(z.lazy((): z.ZodMiniType<FieldDefinition> => fieldSchema))
  .check(z.minLength(1));

export const revealingOptionSchema = revealingOptionSchemaOf(fieldListSchema);
export const radiosFieldSchema = radiosFieldSchemaOf(revealingOptionSchema);
export const checkboxesFieldSchema = checkboxesFieldSchemaOf(revealingOptionSchema);
export const fieldsetFieldSchema = fieldsetFieldSchemaOf(fieldListSchema);
export const repeatableFieldSchema = repeatableFieldSchemaOf(fieldListSchema);

/** The schema of any field: one of the field types, told apart by `type`. */
export const fieldSchema: z.ZodMiniType<FieldDefinition> = z.discriminatedUnion('type', [
  textFieldSchema,
  emailFieldSchema,
  radiosFieldSchema,
  dateFieldSchema,
  fieldsetFieldSchema,
  repeatableFieldSchema,
  fileFieldSchema,
  selectFieldSchema,
  checkboxFieldSchema,
  checkboxesFieldSchema,
  textareaFieldSchema,
  numberFieldSchema,
  moneyFieldSchema,
]);
