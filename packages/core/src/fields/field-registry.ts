import * as z from 'zod/mini';
import type { FieldValidator } from './field-base.js';
import { textFieldSchema, validateTextField } from './text-field.js';
import { emailFieldSchema, validateEmailField } from './email-field.js';
import { radiosFieldSchema, validateRadiosField } from './radios-field.js';
import { dateFieldSchema, validateDateField } from './date-field.js';

/**
 * Every field type: its schema in the definition format and its validator. A new type is a
 * module in this folder plus one entry in each list below (TypeScript checks the two agree).
 */
export const fieldSchema = z.discriminatedUnion('type', [textFieldSchema, emailFieldSchema, radiosFieldSchema, dateFieldSchema]);

export type FieldDefinition = z.infer<typeof fieldSchema>;
export type FieldType = FieldDefinition['type'];

type Validators = { [T in FieldType]: FieldValidator<Extract<FieldDefinition, { type: T }>> };

export const fieldValidators: Validators = {
  text: validateTextField,
  email: validateEmailField,
  radios: validateRadiosField,
  date: validateDateField,
};

/** Every field type the format knows, in the order documentation lists them. */
export const FIELD_TYPES = Object.keys(fieldValidators) as FieldType[];
