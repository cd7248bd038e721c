import type * as z from 'zod/mini';
import { checkBin, checkIin } from '../validators/iin.js';
import { checkIban } from '../validators/iban.js';
import { mapKeyboardDigits } from '../validators/keyboard-digits.js';
import { isPersonName, normalizePersonName } from '../validators/person-name.js';
import { checkPhone } from '../validators/phone.js';
import { checkPostalCode } from '../validators/postal-code.js';
import { invalid, readText, valid, type FieldResult, type FieldValidator } from './field-base.js';
import type { textFieldSchema } from './text-field.schema.js';

/** The formats a text field can have; each checks and normalizes the answer its own way. */
export const TEXT_FORMATS = ['iin', 'bin', 'phone', 'postal-code', 'iban', 'person-name'] as const;

export type TextFormat = (typeof TEXT_FORMATS)[number];

/**
 * Formats typed on digit keys: Kazakh top-row letters in them are read as the digits of their
 * keys (`mapKeyboardDigits`). Not postal codes, whose Kazpost form holds letters.
 */
export function readsKeyboardDigits(format: string | undefined): boolean {
  return format === 'iin' || format === 'bin' || format === 'phone';
}


export type TextField = z.infer<typeof textFieldSchema>;

function checkLength(field: TextField, text: string): FieldResult {
  const length = [...text].length;
  if (field.minLength !== undefined && length < field.minLength) return invalid(field, 'too_short', { min: field.minLength });
  if (field.maxLength !== undefined && length > field.maxLength) return invalid(field, 'too_long', { max: field.maxLength });
  return valid(text);
}

export const validateTextField: FieldValidator<TextField> = (field, answer) => {
  const text = readText(answer);
  if (text === null) return invalid(field, 'invalid_type', { expected: 'string' });
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  const typed = readsKeyboardDigits(field.format) ? mapKeyboardDigits(text) : text;
  switch (field.format) {
    case 'iin': {
      const iin = checkIin(typed);
      if (!iin.valid) return invalid(field, iin.problem === 'format' ? 'iin_format' : 'iin_checksum');
      return valid(iin.digits);
    }
    case 'bin': {
      const bin = checkBin(typed);
      if (!bin.valid) return invalid(field, bin.problem === 'format' ? 'bin_format' : 'bin_checksum');
      return valid(bin.digits);
    }
    case 'phone': {
      const phone = checkPhone(typed);
      return phone.valid ? valid(phone.e164) : invalid(field, 'phone_format');
    }
    case 'postal-code': {
      const postal = checkPostalCode(typed);
      return postal.valid ? valid(postal.code) : invalid(field, 'postal_code_format');
    }
    case 'iban': {
      const iban = checkIban(typed);
      if (!iban.valid) return invalid(field, iban.problem === 'format' ? 'iban_format' : 'iban_checksum');
      return valid(iban.iban);
    }
    case 'person-name': {
      if (!isPersonName(typed)) return invalid(field, 'person_name_characters');
      return checkLength(field, normalizePersonName(typed));
    }
    case undefined:
      return checkLength(field, text);
  }
};
