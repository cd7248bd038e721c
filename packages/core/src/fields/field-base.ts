import type { ErrorCode, ErrorParams, FieldError } from '../validation/error-codes.js';
import type { DatePart } from '../validators/date-parts.js';
import type { FileLike } from './file-field.js';

/**
 * What every field type shares. Each field type lives in its own module in this folder (its
 * schema and its validator) and is registered in `field-registry.ts`.
 */

/** A normalized answer as submitted: text for most fields, lists for multi-choice and repeats. */
export type AnswerValue = string | number | boolean | string[] | { [name: string]: AnswerValue }[];

export interface ValidationOptions {
  /** Today's date as `YYYY-MM-DD`, for past/future rules; defaults to the local date. */
  today?: string;
}

/**
 * A field's normalized value: an answer, or for a file field the files themselves. Files are kept
 * apart from `AnswerValue` on purpose: they travel as multipart parts, never inside JSON answers.
 */
export type FieldValue = AnswerValue | FileLike[];

export type FieldResult = { ok: true; value: FieldValue | undefined } | { ok: false; error: FieldError };

/** Validates one field's raw answer; returns the normalized value or the first error. */
export type FieldValidator<F> = (field: F, answer: unknown, options: ValidationOptions) => FieldResult;

export const valid = (value: FieldValue | undefined): FieldResult => ({ ok: true, value });

export function invalid(field: { name: string }, code: ErrorCode, params: ErrorParams = {}, parts?: DatePart[]): FieldResult {
  return { ok: false, error: parts ? { field: field.name, code, params, parts } : { field: field.name, code, params } };
}

/**
 * Reads a text answer: trimmed text, '' for no answer, or `null` when the answer is not text at
 * all (a request that sent a number or an object where text belongs).
 */
export function readText(answer: unknown): string | null {
  if (answer === undefined || answer === null) return '';
  return typeof answer === 'string' ? answer.trim() : null;
}
