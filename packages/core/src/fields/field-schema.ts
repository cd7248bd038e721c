import * as z from 'zod/mini';
import type { FieldDefinition } from './field-registry.js';
import { textFieldSchema } from './text-field.schema.js';
import { emailFieldSchema } from './email-field.schema.js';
import { radiosFieldSchema } from './radios-field.schema.js';
import { dateFieldSchema } from './date-field.schema.js';
import { fieldsetFieldSchema } from './fieldset-field.schema.js';
import { repeatableFieldSchema } from './repeatable-field.schema.js';
import { fileFieldSchema } from './file-field.schema.js';
import { selectFieldSchema } from './select-field.schema.js';
import { checkboxFieldSchema } from './checkbox-field.schema.js';
import { checkboxesFieldSchema } from './checkboxes-field.schema.js';
import { textareaFieldSchema } from './textarea-field.schema.js';
import { numberFieldSchema } from './number-field.schema.js';
import { moneyFieldSchema } from './number-field.schema.js';

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
