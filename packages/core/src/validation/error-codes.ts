import type { DatePart } from '../validators/date-parts.js';

/**
 * Every validation error code core returns. Codes and parameters, never sentences: the
 * elements turn them into messages in the person's language, and the server returns the same.
 */
export type ErrorCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'invalid_email'
  | 'iin_format'
  | 'iin_checksum'
  | 'invalid_option'
  | 'invalid_type'
  | 'date_incomplete'
  | 'invalid_date'
  | 'date_in_future'
  | 'date_in_past';

export type ErrorParams = Record<string, string | number | readonly string[]>;

/** A validation error for one field. */
export interface FieldError {
  /** The field's name. */
  field: string;
  code: ErrorCode;
  params: ErrorParams;
  /** For a date: the parts in error; the first is where focus goes from the error summary. */
  parts?: DatePart[];
}
