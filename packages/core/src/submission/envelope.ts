import type { AnswerValue } from '../fields/field-base.js';

/** What a form hands to an adapter when the person submits. */
export interface SubmissionEnvelope {
  /** Made once per submission attempt on the client; the server's idempotency key. */
  submissionId: string;
  formId: string;
  formVersion: string;
  /** The language the person used, e.g. `kk`. */
  locale: string;
  /** Normalized answers of every page that applied, keyed by field name. */
  answers: Record<string, AnswerValue>;
  /** Files chosen in file fields, keyed by field name (empty until file upload exists). */
  files: Record<string, File[]>;
  /** When the person submitted, ISO 8601 with time zone. */
  createdAt: string;
}

/**
 * A random submission id (UUID v4). `crypto.randomUUID` exists only in secure contexts, and
 * agency pages are not always served over HTTPS, so fall back to `getRandomValues`.
 */
export function createSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
