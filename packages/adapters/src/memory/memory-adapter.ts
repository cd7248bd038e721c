import type {
  Feedback,
  FeedbackAdapter,
  FeedbackResult,
  SubmissionAdapter,
  SubmissionEnvelope,
  SubmissionError,
  SubmissionReceipt,
  SubmissionResult,
} from '@service-forms/core';

/** What the next submissions to a {@link MemoryAdapter} should run into. */
export interface MemoryAdapterOptions {
  /** Milliseconds each submission takes before it resolves (default 0). */
  delayMs?: number;
  /** Makes the reference of the n-th stored submission (1-based); default `MEM-0001`, … */
  reference?: (count: number) => string;
}

/**
 * Keeps submissions in memory: for tests, Storybook and the demo page before a server exists.
 * It stores a submission id once; a repeat returns the original receipt, as a server must.
 */
export class MemoryAdapter implements SubmissionAdapter, FeedbackAdapter {
  /** Every envelope stored, in order; one per submission id. */
  readonly submissions: SubmissionEnvelope[] = [];
  /** How many times `submit` was called, repeats and failures included. */
  calls = 0;
  /** Every feedback sent (`sendFeedback`), in order. */
  readonly feedback: Feedback[] = [];
  private readonly receipts = new Map<string, SubmissionReceipt>();
  private readonly failures: SubmissionError[] = [];
  private readonly options: MemoryAdapterOptions;

  constructor(options: MemoryAdapterOptions = {}) {
    this.options = options;
  }

  /** Makes the next submission fail with `error` (queue several to fail several in a row). */
  failNext(error: SubmissionError): this {
    this.failures.push(error);
    return this;
  }

  /** Keeps `feedback` (a copy), at once. A failing or slow one for a test is an object of its own. */
  async sendFeedback(feedback: Feedback): Promise<FeedbackResult> {
    this.feedback.push(structuredClone(feedback));
    return { ok: true };
  }

  async submit(envelope: SubmissionEnvelope, { signal }: { signal: AbortSignal }): Promise<SubmissionResult> {
    this.calls++;
    if (this.options.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, this.options.delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        }, { once: true });
      });
    }
    signal.throwIfAborted();
    const failure = this.failures.shift();
    if (failure) return { ok: false, error: failure };
    const existing = this.receipts.get(envelope.submissionId);
    if (existing) return { ok: true, receipt: existing };
    this.submissions.push(structuredClone(envelope));
    const count = this.submissions.length;
    const receipt: SubmissionReceipt = {
      reference: this.options.reference?.(count) ?? `MEM-${String(count).padStart(4, '0')}`,
      receivedAt: new Date().toISOString(),
    };
    this.receipts.set(envelope.submissionId, receipt);
    return { ok: true, receipt };
  }
}
