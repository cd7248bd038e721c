import type { FieldDefinition } from '../definition/definition-schema.js';
import { isEmailAddress } from '../validators/email.js';
import { checkIin } from '../validators/iin.js';
import { parseDateParts, todayIso, isoToDateParts, type DateParts } from '../validators/date-parts.js';
import type { FieldError } from './error-codes.js';

export interface ValidationOptions {
  /** Today's date as `YYYY-MM-DD`, for past/future rules; defaults to the local date. */
  today?: string;
}

/** The answer a field accepts: text for most fields; typed parts (or an ISO date) for a date. */
export type FieldAnswer = string | DateParts | undefined;

export type FieldResult =
  | { ok: true; value: string | undefined }
  | { ok: false; error: FieldError };

const fail = (field: FieldDefinition, code: FieldError['code'], params: FieldError['params'] = {}, parts?: FieldError['parts']): FieldResult => ({
  ok: false,
  error: parts ? { field: field.name, code, params, parts } : { field: field.name, code, params },
});

function isDateParts(value: unknown): value is DateParts {
  if (typeof value !== 'object' || value === null) return false;
  const parts = value as Record<string, unknown>;
  return typeof parts.day === 'string' && typeof parts.month === 'string' && typeof parts.year === 'string';
}

function validateDate(field: Extract<FieldDefinition, { type: 'date' }>, answer: unknown, options: ValidationOptions): FieldResult {
  let parts: DateParts | null;
  if (answer === undefined || answer === '') parts = { day: '', month: '', year: '' };
  else if (typeof answer === 'string') parts = isoToDateParts(answer);
  else parts = isDateParts(answer) ? answer : null;
  if (!parts) return fail(field, 'invalid_date', {}, ['day']);

  const parsed = parseDateParts(parts);
  if (!parsed.ok) {
    if (parsed.code === 'required') return field.required ? fail(field, 'required', {}, ['day']) : { ok: true, value: undefined };
    if (parsed.code === 'date_incomplete') return fail(field, 'date_incomplete', { missing: parsed.missing }, parsed.missing);
    return fail(field, 'invalid_date', {}, parsed.parts);
  }
  const today = options.today ?? todayIso();
  if (field.constraint === 'past' && parsed.iso >= today) return fail(field, 'date_in_future', { today }, ['day']);
  if (field.constraint === 'future' && parsed.iso <= today) return fail(field, 'date_in_past', { today }, ['day']);
  return { ok: true, value: parsed.iso };
}

/**
 * Validates one field's answer and returns the value to submit (trimmed, normalized) or the
 * first error as a code with parameters. An unanswered optional field gives `undefined`.
 */
export function validateField(field: FieldDefinition, answer: unknown, options: ValidationOptions = {}): FieldResult {
  if (field.type === 'date') return validateDate(field, answer, options);

  if (answer !== undefined && typeof answer !== 'string') return fail(field, 'invalid_type', { expected: 'string' });
  const text = (answer ?? '').trim();
  if (text === '') return field.required ? fail(field, 'required') : { ok: true, value: undefined };

  switch (field.type) {
    case 'radios':
      return field.options.some((option) => option.value === text)
        ? { ok: true, value: text }
        : fail(field, 'invalid_option');
    case 'email':
      if (field.maxLength !== undefined && text.length > field.maxLength) return fail(field, 'too_long', { max: field.maxLength });
      return isEmailAddress(text) ? { ok: true, value: text } : fail(field, 'invalid_email');
    case 'text': {
      if (field.format === 'iin') {
        const iin = checkIin(text);
        if (!iin.valid) return fail(field, iin.problem === 'format' ? 'iin_format' : 'iin_checksum');
        return { ok: true, value: iin.digits };
      }
      const length = [...text].length;
      if (field.minLength !== undefined && length < field.minLength) return fail(field, 'too_short', { min: field.minLength });
      if (field.maxLength !== undefined && length > field.maxLength) return fail(field, 'too_long', { max: field.maxLength });
      return { ok: true, value: text };
    }
  }
}
