import type * as z from 'zod/mini';
import { mapKeyboardDigits } from '../validators/keyboard-digits.js';
import { invalid, valid, type FieldResult, type FieldValidator } from './field-base.js';
import type { moneyFieldSchema, numberFieldSchema } from './number-field.schema.js';





export type NumberField = z.infer<typeof numberFieldSchema>;
export type MoneyField = z.infer<typeof moneyFieldSchema>;

export type WholeNumberResult =
  | { ok: true; value: number | undefined }
  | { ok: false; code: 'not_a_number' | 'not_whole_number' };

/** Characters a typed or pasted amount may carry around its digits: the tenge sign and code. */
const CURRENCY = /₸|(?<!\p{L})(?:KZT|тг\.?|теңге|тенге)(?!\p{L})/giu;
/** A minus sign: the hyphen a keyboard types, or U+2212 from a copied document. */
const MINUS = /^[-\u2212]/u;

/** Digits grouped in threes by one separator, the first group of one to three: `1,234,567`. */
function isGrouped(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  // A leading 0 is never grouped: `0,500` is a fraction.
  return /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/**
 * Reads a whole number as a person types or pastes it: `85000`, `85 000`, `85,000`, `85.000`,
 * `85 000,00`, `85000 ₸`, and Kazakh top-row letters for digits (`ғ` on the 5 key). A comma
 * or point followed by exactly three digits groups thousands; otherwise it starts a fraction,
 * which must be all zeros (`85 000,00`). `currency` also allows the tenge sign or code.
 * `undefined` when there is no answer.
 */
export function parseWholeNumber(text: string, options: { currency?: boolean } = {}): WholeNumberResult {
  // The currency first: `теңге` holds a letter that is a digit key (ң, 4).
  let rest = options.currency ? text.replace(CURRENCY, '') : text;
  rest = mapKeyboardDigits(rest);
  // Spaces of any kind (U+00A0 and U+202F included) only group digits.
  rest = rest.replace(/\s+/gu, '');
  if (rest === '') return { ok: true, value: undefined };
  const negative = MINUS.test(rest);
  if (negative) rest = rest.slice(1);
  if (!/^[\d.,]+$/.test(rest) || !/\d/.test(rest)) return { ok: false, code: 'not_a_number' };

  let integer = rest;
  let fraction = '';
  const commas = rest.split(',').length - 1;
  const points = rest.split('.').length - 1;
  if (commas > 0 && points > 0) {
    // Both: the last one written is the decimal mark (`85,000.00` or `85.000,00`).
    const mark = rest.lastIndexOf(',') > rest.lastIndexOf('.') ? ',' : '.';
    if ((mark === ',' ? commas : points) > 1) return { ok: false, code: 'not_a_number' };
    [integer, fraction] = rest.split(mark) as [string, string];
    if (!isGrouped(integer, mark === ',' ? '.' : ',')) return { ok: false, code: 'not_a_number' };
    integer = integer.replace(/[.,]/g, '');
  } else if (commas + points > 0) {
    const separator = commas > 0 ? ',' : '.';
    if (commas + points > 1 || isGrouped(rest, separator)) {
      if (!isGrouped(rest, separator)) return { ok: false, code: 'not_a_number' };
      integer = rest.split(separator).join('');
    } else {
      [integer, fraction] = rest.split(separator) as [string, string];
    }
  }
  if (integer === '') integer = '0';
  if (!/^0*$/.test(fraction)) return { ok: false, code: 'not_whole_number' };
  const value = Number(integer) * (negative ? -1 : 1);
  // Beyond 2^53 a number is no longer exact: nobody's salary, but a stuck key.
  if (!Number.isSafeInteger(value)) return { ok: false, code: 'not_a_number' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Groups the digits of a whole number in threes with a no-break space (U+00A0): `85 000`. */
export function groupDigits(value: number | string): string {
  const text = String(value);
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** The validator both types share: what the answer may be, then the bounds. */
function validateWhole(field: NumberField | MoneyField, answer: unknown): FieldResult {
  let value: number | undefined;
  if (typeof answer === 'number') {
    // A request sends the number itself.
    if (!Number.isFinite(answer)) return invalid(field, 'not_a_number');
    if (!Number.isInteger(answer)) return invalid(field, 'not_whole_number');
    if (!Number.isSafeInteger(answer)) return invalid(field, 'not_a_number');
    value = answer;
  } else if (answer === undefined || answer === null || typeof answer === 'string') {
    const parsed = parseWholeNumber(answer ?? '', { currency: field.type === 'money' });
    if (!parsed.ok) return invalid(field, parsed.code);
    value = parsed.value;
  } else {
    return invalid(field, 'invalid_type', { expected: 'number' });
  }
  if (value === undefined) return field.required ? invalid(field, 'required') : valid(undefined);
  const min = field.min ?? (field.type === 'money' ? 0 : undefined);
  if (min !== undefined && value < min) return invalid(field, 'below_minimum', { min });
  if (field.max !== undefined && value > field.max) return invalid(field, 'above_maximum', { max: field.max });
  return valid(value);
}

export const validateNumberField: FieldValidator<NumberField> = (field, answer) => validateWhole(field, answer);
export const validateMoneyField: FieldValidator<MoneyField> = (field, answer) => validateWhole(field, answer);
