import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { FEEDBACK_GIVEN, FEEDBACK_RATINGS, type FeedbackGiven, type FeedbackRating, type FormSessionState } from '@service-forms/core';

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
  /**
   * A new form session (the HTML flow, issue 23): a row under a new random id, revision 1, not
   * submitted. The id is returned, never stored: the row is keyed by its hash.
   */
  createSession(session: NewFormSession): Promise<FormSessionRecord>;
  /** The session with this id, whatever its times say (expiry is the caller's rule). */
  readSession(id: string): Promise<FormSessionRecord | undefined>;
  /**
   * Writes a new state if the row is still at `revision` and not submitted; the revision goes up
   * by one. Of two writes from the same revision exactly one wins; the other gets `conflict`.
   */
  updateSession(id: string, revision: number, change: SessionChange): Promise<SessionUpdate>;
  /**
   * Moves the expiry later (never earlier) without a new revision: activity that changes no
   * answer (a page shown). False when the row is missing or submitted.
   */
  touchSession(id: string, expiresAt: string): Promise<boolean>;
  /**
   * Stores the session's submission and marks the session sent, in one transaction: the
   * submission goes in through the same idempotent insert as {@link insert} under the session's
   * `submissionId`, and the session row gets its reference. A session already sent writes
   * nothing and gives its stored submission back (`created: false`), whatever its revision:
   * a replayed or doubled final POST stores one submission. A session not sent at `revision` is
   * a `conflict`. `submission.submissionId` must be the session's.
   */
  submitSession(id: string, revision: number, submission: NewSubmission, makeReference: () => string): Promise<SessionSubmit>;
  /** Removes the session row; true if there was one. Its submission, if any, stays. */
  deleteSession(id: string): Promise<boolean>;
  /**
   * Removes the session rows that expired before `before`, and those never written (revision 1:
   * no answer saved, nothing to keep) that expired before `unwrittenBefore`; how many.
   */
  purgeSessions(cutoffs: PurgeCutoffs): Promise<number>;
  /** How many submissions are stored (all forms). */
  count(): Promise<number>;
  /** How many session rows are stored (all forms, expired ones too). */
  countSessions(): Promise<number>;
  /**
   * Adds each count to its counter (made at 0 when missing), all in one transaction; counters
   * with the same key are merged first, and rows are written in key order so two batches never
   * wait on each other in opposite orders.
   */
  addEventCounts(counts: readonly EventCount[]): Promise<void>;
  /** A form's counters summed over every dimension not in `by`, ordered by the dimensions, step, kind, field, code. */
  eventCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<SummedCount[]>;
  /** Stores one piece of feedback under a random key. */
  insertFeedback(feedback: NewFeedback): Promise<void>;
  /**
   * Stores the feedback given on a sent session's confirmation (the HTML flow, issue 16) once
   * per session: in one transaction the session is noted as having given feedback (a row of
   * `session_feedback`, its key alone, deleted with the session) and the feedback stored as
   * {@link insertFeedback} does. The feedback row holds nothing of the session. False, nothing
   * written, when the session is missing, not sent, or gave feedback before.
   */
  insertSessionFeedback(id: string, feedback: NewFeedback): Promise<boolean>;
  /** Whether the session gave feedback through {@link insertSessionFeedback}. */
  sessionFeedbackGiven(id: string): Promise<boolean>;
  /** A form's feedback counted per `given` and rating over every dimension not in `by`. */
  feedbackCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<FeedbackCount[]>;
  /** A form's feedback rows, by week, then in the random order of their keys. */
  listFeedback(formId: string): Promise<NewFeedback[]>;
  /** The sum of every event counter (all forms): how many counts were added. */
  countEvents(): Promise<number>;
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

// ------------------------------------------------------------------ form sessions (issue 23)

/** What a new form session row holds; its id, revision and submission id are made by storage. */
export interface NewFormSession {
  formId: string;
  formVersion: string;
  /** The FormSession state (plain JSON), stored as JSON text verbatim. */
  state: FormSessionState;
  /** The session's CSRF token, as the pages will carry it. */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** A stored form session. Times are ISO 8601 (UTC, milliseconds). */
export interface FormSessionRecord {
  /** The opaque id (what the cookie holds); storage keeps only its hash. */
  id: string;
  formId: string;
  formVersion: string;
  /**
   * The state as it was written. Pass it through `FormSession.restore` before use: the
   * definition may have changed since.
   */
  state: FormSessionState;
  /** Goes up by one with every write; an update names the revision it was made from. */
  revision: number;
  csrfToken: string;
  /** The submission id (a UUID) the session's submission is stored under: its idempotency key. */
  submissionId: string;
  /** The submission's reference once the session is sent; until then undefined. */
  reference: string | undefined;
  createdAt: string;
  /** When the state was last written. */
  updatedAt: string;
  expiresAt: string;
}

/** Up to when {@link Storage.purgeSessions} removes rows, by their expiry. */
export interface PurgeCutoffs {
  /** Every row that expired before this. */
  before: string;
  /** Also rows still at revision 1 (never written) that expired before this. */
  unwrittenBefore?: string;
}

/** A write of a session's state. */
export interface SessionChange {
  state: FormSessionState;
  updatedAt: string;
  expiresAt: string;
}

/** Why a session write or submit did not happen. */
export type SessionProblem = 'missing' | 'conflict' | 'submitted';

export type SessionUpdate = { ok: true; session: FormSessionRecord } | { ok: false; problem: SessionProblem };

/**
 * What {@link Storage.submitSession} did: `created` when this call stored the submission,
 * `created: false` when the session was sent before (the same submission and reference back).
 */
export type SessionSubmit =
  | { ok: true; created: boolean; record: SubmissionRecord; session: FormSessionRecord }
  | { ok: false; problem: Exclude<SessionProblem, 'submitted'> };

/** Bytes of randomness in a session id: 256 bits. */
export const SESSION_ID_BYTES = 32;
/** A session id as {@link createSessionId} makes it: 43 base64url characters. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new opaque session id: 32 random bytes (crypto.randomBytes), base64url. */
export function createSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString('base64url');
}

/**
 * The key a session row is stored under: the SHA-256 of its id, base64url. The database never
 * holds a working cookie value, so a copy of it (a backup, a leak) cannot take over a session.
 */
export function sessionKey(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** A new session's submission id. */
export const createSessionSubmissionId = (): string => randomUUID();

export class SessionSubmissionMismatchError extends Error {
  constructor() {
    super('the submission id is not the session\'s');
    this.name = 'SessionSubmissionMismatchError';
  }
}

/** A `form_sessions` row as both stores read it (times as epoch milliseconds). */
export interface SessionRow {
  form_id: string;
  form_version: string;
  state: string;
  revision: number | string;
  csrf_token: string;
  submission_id: string;
  reference: string | null;
  created_at: number | string;
  updated_at: number | string;
  expires_at: number | string;
}

export const SESSION_COLUMNS = 'form_id, form_version, state, revision, csrf_token, submission_id, reference, created_at, updated_at, expires_at';

/** An ISO time as stored in a session row: epoch milliseconds (compared as numbers in both stores). */
export function toMillis(iso: string): number {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${JSON.stringify(iso)}`);
  return ms;
}

/** A session row as a record (a BIGINT read by pg as text made a number again). */
export function toSessionRecord(id: string, row: SessionRow): FormSessionRecord {
  return {
    id,
    formId: row.form_id,
    formVersion: row.form_version,
    state: JSON.parse(row.state) as FormSessionState,
    revision: Number(row.revision),
    csrfToken: row.csrf_token,
    submissionId: row.submission_id,
    reference: row.reference ?? undefined,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    updatedAt: new Date(Number(row.updated_at)).toISOString(),
    expiresAt: new Date(Number(row.expires_at)).toISOString(),
  };
}

// ------------------------------------------------------------------ analytics (issue 16)

/** What a progress event counts as: its type, or one error code of a failed page. */
export type EventKind = 'page-reached' | 'page-failed' | 'submitted' | 'abandoned' | 'error';

/**
 * One counter's key and how much to add to it (docs/analytics.md, "What is stored for an
 * event"). No row per event: nothing per person, not even the order events came in. Empty text
 * stands for "none" (`region`, and `field`/`code` outside kind `error`).
 */
export interface EventCount {
  formId: string;
  formVersion: string;
  /** ISO week, `2026-W50`. */
  week: string;
  locale: string;
  region: string;
  step: string;
  kind: EventKind;
  /** The answer path with item numbers taken out (`members[].iin`), for kind `error`. */
  field: string;
  code: string;
  n: number;
}

/** The dimensions an aggregate can be cut by, besides its own (step; field, code; given). */
export const ANALYTICS_DIMENSIONS = ['formVersion', 'week', 'locale', 'region'] as const;
export type AnalyticsDimension = (typeof ANALYTICS_DIMENSIONS)[number];

/** The column of each dimension (a fixed list: the only names ever put into a GROUP BY). */
export const DIMENSION_COLUMNS: Record<AnalyticsDimension, string> = { formVersion: 'form_version', week: 'week', locale: 'locale', region: 'region' };

/** A sum of counters over the dimensions not asked for: those asked for are present. */
export type SummedCount = Partial<Record<AnalyticsDimension, string>> & { step: string; kind: EventKind; field: string; code: string; n: number };

/** GOV.UK's five answers to "Overall, how did you feel about the service you received today?": core's, which the browser sends. */
export const RATINGS = FEEDBACK_RATINGS;
export type Rating = FeedbackRating;
/** Where feedback was given (after a confirmation, after leaving, after sending failed): core's. */
export { FEEDBACK_GIVEN, type FeedbackGiven };

/** One piece of feedback as stored: the comment already masked (mask.ts), the week only. */
export interface NewFeedback {
  formId: string;
  formVersion: string;
  week: string;
  locale: string;
  region: string;
  given: FeedbackGiven;
  rating: Rating;
  comment: string | undefined;
}

/** Feedback counted per rating over the dimensions not asked for. */
export type FeedbackCount = Partial<Record<AnalyticsDimension, string>> & { given: FeedbackGiven; rating: Rating; n: number };

/** The GROUP BY columns for `by`, in the fixed order of {@link ANALYTICS_DIMENSIONS}, as `column AS "name"`. */
export function dimensionSelect(by: readonly AnalyticsDimension[]): { select: string; group: string } {
  const chosen = ANALYTICS_DIMENSIONS.filter((dimension) => by.includes(dimension));
  return {
    select: chosen.map((dimension) => `${DIMENSION_COLUMNS[dimension]} AS "${dimension}"`).join(', '),
    group: chosen.map((dimension) => DIMENSION_COLUMNS[dimension]).join(', '),
  };
}

/** Counters with the same key merged (summed), sorted by key: the order both stores lock rows in. */
export function mergeCounts(counts: readonly EventCount[]): EventCount[] {
  const merged = new Map<string, EventCount>();
  for (const count of counts) {
    const key = JSON.stringify([count.formId, count.formVersion, count.week, count.locale, count.region, count.step, count.kind, count.field, count.code]);
    const known = merged.get(key);
    if (known) known.n += count.n;
    else merged.set(key, { ...count });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, count]) => count);
}

/** A summed row as both drivers read it (pg gives SUM of BIGINT as text). */
export function toSummed<T extends { n: number | string }>(row: T): Omit<T, 'n'> & { n: number } {
  return { ...row, n: Number(row.n) };
}

/** A new feedback row's key: random, so rows carry no order of arrival. */
export const feedbackId = (): string => randomBytes(16).toString('hex');

/** A `feedback` row as both stores read it. */
export interface FeedbackRow {
  form_id: string;
  form_version: string;
  week: string;
  locale: string;
  region: string;
  given: FeedbackGiven;
  rating: Rating;
  comment: string | null;
}

export const FEEDBACK_COLUMNS = 'form_id, form_version, week, locale, region, given, rating, comment';

/** A new feedback row's values for `INSERT INTO feedback (id, ${FEEDBACK_COLUMNS})`: a new key, then the columns in that order. */
export const feedbackValues = (f: NewFeedback): (string | null)[] => [
  feedbackId(),
  f.formId,
  f.formVersion,
  f.week,
  f.locale,
  f.region,
  f.given,
  f.rating,
  f.comment ?? null,
];

export function toFeedback(row: FeedbackRow): NewFeedback {
  return {
    formId: row.form_id,
    formVersion: row.form_version,
    week: row.week,
    locale: row.locale,
    region: row.region,
    given: row.given,
    rating: row.rating,
    comment: row.comment ?? undefined,
  };
}
