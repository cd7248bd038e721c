import type * as z from 'zod/mini';
import { invalid, valid, type FieldValidator } from './field-base.js';
import type { fileFieldSchema } from './file-field.schema.js';

/**
 * What core knows of a file: a browser `File` has these three, and on the server a multipart
 * part is described the same way, so the same validator runs in both places. The element's
 * value is the `File` objects themselves; core never reads their contents.
 */
export interface FileLike {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** The MIME type as the browser or the request gave it; '' when unknown. */
  readonly type: string;
}



export type FileField = z.infer<typeof fileFieldSchema>;

export function isFileLike(value: unknown): value is FileLike {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file.name === 'string' && typeof file.size === 'number' && Number.isFinite(file.size) && file.size >= 0 && typeof file.type === 'string';
}

/** The files as answered: a list (one file alone counts as a list of one), or `null` if not files. */
export function readFiles(answer: unknown): FileLike[] | null {
  if (answer === undefined || answer === null || answer === '') return [];
  if (isFileLike(answer)) return [answer];
  if (!Array.isArray(answer)) return null;
  return answer.every(isFileLike) ? answer : null;
}

/**
 * Whether a file matches an `accept` list as the HTML `accept` attribute reads it: an extension
 * matches the end of the name, `image/*` any image type, a full MIME type exactly (case and
 * parameters ignored). A browser gives '' as the type of a file it does not know, so such a
 * file matches only by extension. The server must not trust either: both come from the client.
 */
export function fileMatchesAccept(file: FileLike, accept: readonly string[] | undefined): boolean {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase().split(';')[0]!.trim();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/**
 * Checks the number of files, then each file in order: its type, that it is not empty, its
 * size. The value is the list of files themselves (not copies), for the form to send as
 * multipart parts: never put into the JSON answers.
 */
export const validateFileField: FieldValidator<FileField> = (field, answer) => {
  const files = readFiles(answer);
  if (files === null) return invalid(field, 'invalid_type', { expected: 'files' });
  if (files.length === 0) return field.required ? invalid(field, 'required') : valid(undefined);
  const max = field.multiple ? (field.maxFiles ?? Infinity) : 1;
  if (files.length > max) return invalid(field, 'too_many_files', { max });
  for (const file of files) {
    if (!fileMatchesAccept(file, field.accept)) return invalid(field, 'file_type', { name: file.name, accept: field.accept ?? [] });
    if (file.size === 0) return invalid(field, 'file_empty', { name: file.name });
    if (field.maxSizeBytes !== undefined && file.size > field.maxSizeBytes) {
      return invalid(field, 'file_too_large', { name: file.name, max: field.maxSizeBytes });
    }
  }
  return valid(files);
};
