import type { FieldValidator } from './field-base.js';
import { validateTextField, type TextField } from './text-field.js';
import { validateEmailField, type EmailField } from './email-field.js';
import { validateRadiosField, type RadiosField } from './radios-field.js';
import { validateDateField, type DateField } from './date-field.js';
import { validateFieldsetField, type FieldsetField } from './fieldset-field.js';
import { validateRepeatableField, type RepeatableField } from './repeatable-field.js';
import { validateFileField, type FileField } from './file-field.js';
import { validateSelectField, type SelectField } from './select-field.js';
import { validateCheckboxField, type CheckboxField } from './checkbox-field.js';
import { validateCheckboxesField, type CheckboxesField } from './checkboxes-field.js';
import { validateTextareaField, type TextareaField } from './textarea-field.js';
import { validateMoneyField, validateNumberField, type MoneyField, type NumberField } from './number-field.js';

/**
 * Every field type: its schema in the definition format and its validator. A new type is a
 * module in this folder plus one entry in each of the three lists below: the type union, the
 * schema union and the validators (TypeScript checks the three agree).
 *
 * The union is written out rather than inferred because fields nest (a fieldset's fields, an
 * option's revealed fields, a repeatable's item fields), and an inferred recursive type would
 * refer to itself.
 */
export type FieldDefinition = TextField | EmailField | RadiosField | DateField | FieldsetField | RepeatableField | FileField | SelectField | CheckboxField | CheckboxesField | TextareaField | NumberField | MoneyField;


export type FieldType = FieldDefinition['type'];

type Validators = { [T in FieldType]: FieldValidator<Extract<FieldDefinition, { type: T }>> };

export const fieldValidators: Validators = {
  text: validateTextField,
  email: validateEmailField,
  radios: validateRadiosField,
  date: validateDateField,
  fieldset: validateFieldsetField,
  repeatable: validateRepeatableField,
  file: validateFileField,
  select: validateSelectField,
  checkbox: validateCheckboxField,
  checkboxes: validateCheckboxesField,
  textarea: validateTextareaField,
  number: validateNumberField,
  money: validateMoneyField,
};

/** Every field type the format knows, in the order documentation lists them. */
export const FIELD_TYPES = Object.keys(fieldValidators) as FieldType[];
