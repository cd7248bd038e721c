import type { DatePart } from '../validators/date-parts.js';

/**
 * Every validation error code core returns. Codes and parameters, never sentences: the
 * elements turn them into messages in the person's language, and the server returns the same.
 */
export type ErrorCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'too_many_words'
  | 'not_a_number'
  | 'not_whole_number'
  | 'below_minimum'
  | 'above_maximum'
  | 'invalid_email'
  | 'iin_format'
  | 'iin_checksum'
  | 'bin_format'
  | 'bin_checksum'
  | 'phone_format'
  | 'postal_code_format'
  | 'iban_format'
  | 'iban_checksum'
  | 'person_name_characters'
  | 'invalid_option'
  | 'invalid_type'
  | 'date_incomplete'
  | 'invalid_date'
  | 'date_in_future'
  | 'date_in_past'
  | 'too_few_items'
  | 'too_many_items'
  | 'too_few_selected'
  | 'too_many_selected'
  | 'file_type'
  | 'file_too_large'
  | 'too_many_files'
  | 'file_empty'
  | 'unknown_field'
  | 'not_applicable';

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
