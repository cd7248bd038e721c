import type { FieldError } from '../validation/error-codes.js';
import type { SubmissionEnvelope } from './envelope.js';

/** Proof that a submission was received. */
export interface SubmissionReceipt {
  /** The reference the person quotes, e.g. `SF-7K3Q-9M2X`. */
  reference: string;
  /** When the receiver stored it, ISO 8601. */
  receivedAt: string;
}

/** Why a submission was not accepted. */
export type SubmissionError =
  /** The receiver refused some answers; shown in the error summary like client errors. */
  | { kind: 'field-errors'; errors: FieldError[] }
  /** Worth trying again later (network down, timeout, 5xx, 429). */
  | { kind: 'retryable'; message: string; retryAfterMs?: number }
  /** Trying again will not help (a 4xx other than the above, a broken response). */
  | { kind: 'fatal'; message: string };

/** What a receiver answered: a receipt or a typed error. `queued` is absent so callers can test `result.queued`. */
export type SubmissionResult = { ok: true; receipt: SubmissionReceipt; queued?: undefined } | { ok: false; error: SubmissionError };

/**
 * Not delivered yet, but kept safely on this device (the offline outbox): it will be sent later
 * with the same submission id. `ok: true` because the person's part is done: the form must not
 * offer to submit again (a new attempt would be a second application), and nothing is an error.
 */
export interface SubmissionQueued {
  ok: true;
  queued: true;
  /** When it was stored on the device, ISO 8601. */
  queuedAt: string;
}

/** What `submit` resolves: a result, or, from adapters that keep submissions for later, `queued`. */
export type SubmissionOutcome = SubmissionResult | SubmissionQueued;

/**
 * The only way a submission leaves the browser. An adapter resolves with an outcome and never
 * rejects for an expected failure; it must stop work when `signal` aborts. An adapter that never
 * queues may declare `Promise<SubmissionResult>`.
 */
export interface SubmissionAdapter {
  submit(envelope: SubmissionEnvelope, options: { signal: AbortSignal }): Promise<SubmissionOutcome>;
}
