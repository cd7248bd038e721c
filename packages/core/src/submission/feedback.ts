/**
 * Feedback: the satisfaction question after a transaction (docs/analytics.md, "Feedback"). The
 * wire format is closed: these keys, nothing personal but what a person chooses to write in
 * the comment (the reference server masks IINs, phone numbers and emails before storing it).
 */

/** GOV.UK's five ratings, from best to worst. */
export const FEEDBACK_RATINGS = ['very-satisfied', 'satisfied', 'neither', 'dissatisfied', 'very-dissatisfied'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** Where the feedback was given: after sending, after leaving, or after sending failed. */
export const FEEDBACK_GIVEN = ['confirmation', 'abandoned', 'failed'] as const;
export type FeedbackGiven = (typeof FEEDBACK_GIVEN)[number];

/** The most characters (code points, after trimming) of a comment the receiver takes. */
export const FEEDBACK_COMMENT_MAX = 1200;

/** The body of `POST /api/feedback`, exactly. */
export interface Feedback {
  formId: string;
  formVersion: string;
  locale: string;
  given: FeedbackGiven;
  rating: FeedbackRating;
  /** "How could we improve this service?"; left out when empty. */
  comment?: string;
  /** The answer to the form's region field (`analytics.region`), one of its option values. */
  region?: string;
}

/** What sending feedback came to: received, or why not (worth trying again or not). */
export type FeedbackResult = { ok: true } | { ok: false; error: { kind: 'retryable' | 'fatal'; message: string } };

/**
 * Sends feedback. Resolves, never rejects for an expected failure (network down, a refusal);
 * rejects with `signal.reason` only when `signal` aborts.
 */
export interface FeedbackAdapter {
  sendFeedback(feedback: Feedback, options?: { signal?: AbortSignal }): Promise<FeedbackResult>;
}

/** Whether `adapter` can send feedback too (an adapter of a site's own may not). */
export function canSendFeedback(adapter: unknown): adapter is FeedbackAdapter {
  return typeof (adapter as Partial<FeedbackAdapter> | null | undefined)?.sendFeedback === 'function';
}
