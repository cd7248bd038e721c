import type * as z from 'zod/mini';
import { isoToDateParts, parseDateParts, todayIso, type DateParts } from '../validators/date-parts.js';
import { invalid, valid, type FieldValidator } from './field-base.js';
import type { dateFieldSchema } from './date-field.schema.js';


export type DateField = z.infer<typeof dateFieldSchema>;

function isDateParts(value: unknown): value is DateParts {
  if (typeof value !== 'object' || value === null) return false;
  const parts = value as Record<string, unknown>;
  return typeof parts.day === 'string' && typeof parts.month === 'string' && typeof parts.year === 'string';
}

/** Accepts typed parts (from the date input) or an ISO date (from a request). */
export const validateDateField: FieldValidator<DateField> = (field, answer, options) => {
  let parts: DateParts | null;
  if (answer === undefined || answer === null || answer === '') parts = { day: '', month: '', year: '' };
  else if (typeof answer === 'string') parts = isoToDateParts(answer);
  else parts = isDateParts(answer) ? answer : null;
  if (!parts) return invalid(field, 'invalid_date', {}, ['day']);

  const parsed = parseDateParts(parts);
  if (!parsed.ok) {
    if (parsed.code === 'required') return field.required ? invalid(field, 'required', {}, ['day']) : valid(undefined);
    if (parsed.code === 'date_incomplete') return invalid(field, 'date_incomplete', { missing: parsed.missing }, parsed.missing);
    return invalid(field, 'invalid_date', {}, parsed.parts);
  }
  const today = options.today ?? todayIso();
  if (field.constraint === 'past' && parsed.iso >= today) return invalid(field, 'date_in_future', { today }, ['day']);
  if (field.constraint === 'future' && parsed.iso <= today) return invalid(field, 'date_in_past', { today }, ['day']);
  return valid(parsed.iso);
};
