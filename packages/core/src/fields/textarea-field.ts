import type * as z from 'zod/mini';
import { invalid, valid, type FieldValidator } from './field-base.js';
import type { textareaFieldSchema } from './textarea-field.schema.js';

/** What a textarea's limit counts. */
export type CountUnit = 'characters' | 'words';

/** Percent of the limit from which the count is announced to screen readers, unless set. */
export const DEFAULT_COUNT_THRESHOLD = 75;


export type TextareaField = z.infer<typeof textareaFieldSchema>;

/**
 * The text as submitted and counted: trimmed, with line breaks as `\n`. A form submission
 * sends a textarea's line breaks as CRLF; counting them as one character each keeps the
 * server's count the same as the one the person saw.
 */
export function normalizeTextarea(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Characters (code points, so an emoji or a Kazakh letter is one) or words (runs of non-space). */
export function countText(text: string, unit: CountUnit): number {
  const normalized = normalizeTextarea(text);
  if (unit === 'words') return normalized.match(/\S+/gu)?.length ?? 0;
  return [...normalized].length;
}

/** The limit a textarea has, if any: words when `maxWords` is given, else characters. */
export function textareaLimit(field: Pick<TextareaField, 'maxLength' | 'maxWords'>): { max: number; unit: CountUnit } | undefined {
  if (field.maxWords !== undefined) return { max: field.maxWords, unit: 'words' };
  if (field.maxLength !== undefined) return { max: field.maxLength, unit: 'characters' };
  return undefined;
}

export const validateTextareaField: FieldValidator<TextareaField> = (field, answer) => {
  if (answer !== undefined && answer !== null && typeof answer !== 'string') return invalid(field, 'invalid_type', { expected: 'string' });
  const text = normalizeTextarea(answer ?? '');
  if (text === '') return field.required ? invalid(field, 'required') : valid(undefined);
  const limit = textareaLimit(field);
  if (limit && countText(text, limit.unit) > limit.max) {
    return invalid(field, limit.unit === 'words' ? 'too_many_words' : 'too_long', { max: limit.max });
  }
  return valid(text);
};
