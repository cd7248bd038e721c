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

export type SubmissionResult = { ok: true; receipt: SubmissionReceipt } | { ok: false; error: SubmissionError };

/**
 * The only way a submission leaves the browser. An adapter resolves with a result and never
 * rejects for an expected failure; it must stop work when `signal` aborts.
 */
export interface SubmissionAdapter {
  submit(envelope: SubmissionEnvelope, options: { signal: AbortSignal }): Promise<SubmissionResult>;
}
