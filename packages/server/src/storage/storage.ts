/** A stored file's description; its bytes stay in storage and are never served inline. */
export interface FileMeta {
  /** The field path the file answered, e.g. `proof` or `members[1].proof`. */
  field: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

/** A file to store: its description and its bytes. */
export interface NewFile extends FileMeta {
  content: Buffer;
}

/** What the server hands to storage for one accepted submission. */
export interface NewSubmission {
  /** The client's submission id, the idempotency key: stored once. */
  submissionId: string;
  formId: string;
  formVersion: string;
  locale: string;
  /** The validated, normalized answers (files left out). Stored as JSON text, verbatim. */
  answers: Record<string, unknown>;
  files: NewFile[];
  /** When the person submitted, from the envelope. */
  createdAt: string;
  /** When the server accepted it, ISO 8601. */
  receivedAt: string;
  /** A hash of what was submitted, to tell a repeat from a different submission reusing an id. */
  fingerprint: string;
}

/** A stored submission. */
export interface SubmissionRecord {
  submissionId: string;
  reference: string;
  formId: string;
  formVersion: string;
  locale: string;
  answers: Record<string, unknown>;
  files: FileMeta[];
  createdAt: string;
  receivedAt: string;
  fingerprint: string;
  status: 'received';
}

/** What {@link Storage.insert} did: stored this submission now, or found it stored before. */
export interface InsertResult {
  created: boolean;
  record: SubmissionRecord;
}

/**
 * Where submissions are kept. Every implementation passes the same suite
 * (storage-contract.ts): one row per submission id however many copies arrive at once, a
 * reference unique across all rows, answers and file bytes kept exactly.
 */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Stores `submission` under a new reference from `makeReference` (asked again if the one it
   * gives is taken), unless its submission id is stored already: then nothing is written and the
   * stored record comes back with `created: false`. Concurrent calls with one id store one row.
   */
  insert(submission: NewSubmission, makeReference: () => string): Promise<InsertResult>;
  bySubmissionId(submissionId: string): Promise<SubmissionRecord | undefined>;
  byReference(reference: string): Promise<SubmissionRecord | undefined>;
  /** A form's submissions in the order they were stored. */
  listByForm(formId: string): Promise<SubmissionRecord[]>;
  /** A stored file's bytes (by submission and position), for an authorised download. */
  fileContent(submissionId: string, index: number): Promise<Buffer | undefined>;
  /** How many submissions are stored (all forms). */
  count(): Promise<number>;
  /** Empties every table (tests and benchmarks only). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Longest file name kept, in UTF-16 code units (longer names are cut). */
export const MAX_FILE_NAME = 255;

/**
 * A file name as both stores keep it: control characters (C0, DEL, C1: `\0`, tab, newline …) and
 * bidirectional overrides (which make `exe.pdf` look like `fdp.exe`) removed, a lone surrogate
 * replaced, at most {@link MAX_FILE_NAME} long, `file` when nothing is left. PostgreSQL cannot
 * store `\0` in text and SQLite can: cleaning here makes them behave the same.
 */
export function cleanFileName(name: string): string {
  const cleaned = name
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const cut = cleaned.slice(0, MAX_FILE_NAME);
  // Do not end on half a surrogate pair.
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) || 'file';
}

/** How many times insert asks for another reference before giving up (a clash is ~1 in 10¹¹). */
export const REFERENCE_ATTEMPTS = 5;

export class ReferenceExhaustedError extends Error {
  constructor() {
    super(`no free reference after ${REFERENCE_ATTEMPTS} attempts`);
    this.name = 'ReferenceExhaustedError';
  }
}

/** A `submissions` row as both stores read it (the same column names and types). */
export interface Row {
  submission_id: string;
  reference: string;
  form_id: string;
  form_version: string;
  locale: string;
  answers: string;
  created_at: string;
  received_at: string;
  fingerprint: string;
  status: 'received';
}

export const COLUMNS = 'submission_id, reference, form_id, form_version, locale, answers, created_at, received_at, fingerprint, status';

/** A row and its files' metadata as a record (a file's `size` as a number whichever driver read it). */
export function toRecord(row: Row, files: FileMeta[]): SubmissionRecord {
  return {
    submissionId: row.submission_id,
    reference: row.reference,
    formId: row.form_id,
    formVersion: row.form_version,
    locale: row.locale,
    answers: JSON.parse(row.answers) as Record<string, unknown>,
    files: files.map((file) => ({ ...file, size: Number(file.size) })),
    createdAt: row.created_at,
    receivedAt: row.received_at,
    fingerprint: row.fingerprint,
    status: row.status,
  };
}
