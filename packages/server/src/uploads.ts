import type { Readable } from 'node:stream';
import { fieldAtPath, fileMatchesAccept, type FieldError, type FormDefinition } from '@service-forms/core';
import { RequestProblem } from './submission.js';

/*
 * What the JSON API's multipart reader and the HTML flow's page uploads share: the upload memory
 * over all requests, reading a part up to its cap, and the checks a file part passes before its
 * bytes are kept (docs/server.md, "POST /api/submissions", step 5).
 */

/** Seconds a client is asked to wait (`Retry-After`) when the upload memory is full. */
export const BUSY_RETRY_SECONDS = 5;

/** A reservation of upload memory for one request. */
export interface UploadReservation {
  /** Takes bytes; throws `503 busy` past the cap. */
  take(bytes: number): void;
  /** Gives back everything this reservation took. */
  release(): void;
}

/** The bytes of uploaded files held in memory now, over all requests, against a cap. */
export class UploadMemory {
  held = 0;
  constructor(readonly max: number) {}
  /** A reservation for one request: `take` throws 503 past the cap, `release` gives all back. */
  reserve(): UploadReservation {
    let mine = 0;
    return {
      take: (bytes: number) => {
        if (this.held + bytes > this.max) throw new RequestProblem(503, 'busy', 'The server is receiving many files at once: try again shortly');
        this.held += bytes;
        mine += bytes;
      },
      release: () => {
        this.held -= mine;
        mine = 0;
      },
    };
  }
}

/** Reads a stream to its end, keeping nothing. */
export async function drain(stream: Readable): Promise<void> {
  for await (const _chunk of stream) {
    // discarded
  }
}

/**
 * A file part's bytes when there are at most `max` of them (each chunk taken from the upload
 * memory before it is kept); past `max` the rest is read and dropped and the answer is undefined.
 */
export async function readUpTo(stream: Readable, max: number, take: (bytes: number) => void): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (over) continue;
    if (size > max) {
      over = true;
      chunks.length = 0;
      continue;
    }
    take(chunk.length);
    chunks.push(chunk);
  }
  return over ? undefined : Buffer.concat(chunks, size);
}

export type FileFieldDefinition = Extract<ReturnType<typeof fieldAtPath>, { type: 'file' }>;

/** What a file part may be: refused (read and dropped) with a field error, or kept up to `cap` bytes. */
export type FilePartCheck = { ok: false; error: FieldError } | { ok: true; field: FileFieldDefinition; cap: number };

/**
 * The checks a file part passes before any of its bytes are kept: a file field of the form at
 * `path`, not one file more than the field takes (`count` is this part's number for the path,
 * from 1), a type the server's allow-list and the field's `accept` take. The cap is the smaller
 * of the server's file limit and the field's `maxSizeBytes`.
 */
export function checkFilePart(
  definition: FormDefinition,
  part: { path: string; name: string; type: string; count: number },
  limits: { fileBytes: number; files: number },
  fileTypes: readonly string[],
): FilePartCheck {
  const { path, name, type, count } = part;
  const found = fieldAtPath(definition.pages.flatMap((page) => page.fields), path);
  const field: FileFieldDefinition | undefined = found?.type === 'file' ? found : undefined;
  if (!field) return { ok: false, error: { field: path, code: 'unknown_field', params: {} } };
  const maxFiles = field.multiple ? (field.maxFiles ?? limits.files) : 1;
  if (count > maxFiles) return { ok: false, error: { field: path, code: 'too_many_files', params: { max: maxFiles } } };
  if (!fileTypes.includes(type)) return { ok: false, error: { field: path, code: 'file_type', params: { name, accept: [...fileTypes] } } };
  if (!fileMatchesAccept({ name, type, size: 0 }, field.accept)) return { ok: false, error: { field: path, code: 'file_type', params: { name, accept: field.accept ?? [] } } };
  const cap = field.maxSizeBytes !== undefined && field.maxSizeBytes < limits.fileBytes ? field.maxSizeBytes : limits.fileBytes;
  return { ok: true, field, cap };
}
