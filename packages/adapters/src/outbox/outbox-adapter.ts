import type {
  Feedback,
  FeedbackAdapter,
  FeedbackResult,
  SubmissionAdapter,
  SubmissionEnvelope,
  SubmissionError,
  SubmissionOutcome,
  SubmissionReceipt,
} from '@service-forms/core';
import { getAll, openStore, transact } from '../internal/idb.js';

const STORE = 'outbox';

/** A submission kept on this device until it is delivered. */
export interface OutboxEntry {
  submissionId: string;
  /** The envelope as submitted, files included (IndexedDB keeps `File` objects by structured clone). */
  envelope: SubmissionEnvelope;
  /** When it was stored, ISO 8601. */
  queuedAt: string;
  /** Sort key: milliseconds with a fraction, so two entries stored in one millisecond keep their order. */
  order: number;
  /** Delivery attempts made from the outbox (the first, failed submit not counted). */
  attempts: number;
  /** Why the last attempt (the first submit included) did not deliver it. */
  lastError?: SubmissionError;
  /**
   * The receiver refused it for good while it was queued (`fatal` or `field-errors`). It stays
   * here, never dropped and not retried on its own, until the page calls `retry` or `remove`.
   */
  failed?: SubmissionError;
  /** Who is sending it now and until when: the claim used where `navigator.locks` is missing. */
  claim?: { by: string; until: number };
}

/** How an {@link OutboxAdapter} stores and retries. */
export interface OutboxOptions {
  /** IndexedDB database name (default `service-forms-outbox`); one per origin is usual. */
  name?: string;
  /**
   * While the page stays open and online, a flush that met a `retryable` failure (a server
   * error, not the network) is tried again after a random time between half and all of
   * `min(maxMs, baseMs · 2ⁿ)`, or the server's `retryAfterMs` if longer. Defaults: baseMs 30000,
   * maxMs 600000. `false`: only on `online`, `flush()` and the next page load.
   */
  retry?: { baseMs?: number; maxMs?: number } | false;
  /**
   * Use `navigator.locks` so two tabs never send one entry at the same time (default true where
   * it exists). Without it, an IndexedDB claim held for `claimMs` does the same.
   */
  locks?: boolean;
  /** How long an IndexedDB claim lasts (default 10 minutes: longer than any delivery attempt). */
  claimMs?: number;
  /** Flush what earlier pages queued as soon as the outbox is created (default true). */
  flushOnStart?: boolean;
}

/** What one flush did. */
export interface FlushSummary {
  /** Delivered now, by this outbox. */
  sent: number;
  /** Refused for good now (see {@link OutboxEntry.failed}). */
  failed: number;
  /** Still waiting to be sent afterwards (failed ones not counted). */
  waiting: number;
}

/** An entry queued by this or an earlier page was delivered: `receipt` is the receiver's. */
export class OutboxSentEvent extends Event {
  constructor(
    readonly envelope: SubmissionEnvelope,
    readonly receipt: SubmissionReceipt,
  ) {
    super('sent');
  }
}

/** A queued entry was refused for good; it is kept (see {@link OutboxEntry.failed}). */
export class OutboxFailedEvent extends Event {
  constructor(
    readonly envelope: SubmissionEnvelope,
    readonly error: SubmissionError,
  ) {
    super('failed');
  }
}

interface OutboxEventMap {
  sent: OutboxSentEvent;
  failed: OutboxFailedEvent;
}

type Delivery = 'sent' | 'failed' | 'gone' | { retryAfterMs: number | undefined };

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Wraps another adapter so that an application is never lost to a bad connection. When the
 * browser is offline, or the inner adapter resolves `retryable` (network down, retries used up),
 * the envelope, files included, is stored in IndexedDB and `submit` resolves
 * `{ ok: true, queued: true, queuedAt }`. Queued envelopes are sent, oldest first and with their
 * own submission id (so the receiver stores each once), when the browser fires `online`, when
 * `flush()` is called, and when an outbox is created on the next page load. Each delivery fires
 * `sent`; a refusal while queued fires `failed` and the entry is kept.
 *
 * If the envelope cannot be stored (no IndexedDB, storage full), `submit` resolves the inner
 * `retryable` error itself: the person must not be told it is saved when it is not.
 */
export class OutboxAdapter<A extends SubmissionAdapter = SubmissionAdapter> extends EventTarget implements SubmissionAdapter {
  private readonly name: string;
  private readonly retryBase: number;
  private readonly retryMax: number;
  private readonly useLocks: boolean;
  private readonly claimMs: number;
  /** Identifies this outbox in IndexedDB claims. */
  private readonly id = Math.random().toString(36).slice(2);
  private readonly stop = new AbortController();
  private db: Promise<IDBDatabase> | undefined;
  private running: Promise<FlushSummary> | undefined;
  private next: Promise<FlushSummary> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Flushes in a row that ended on a retryable failure: the backoff exponent. */
  private rounds = 0;
  private readonly onOnline = () => void this.flush();

  constructor(
    readonly inner: A,
    options: OutboxOptions = {},
  ) {
    super();
    this.name = options.name ?? 'service-forms-outbox';
    this.retryBase = options.retry === false ? 0 : (options.retry?.baseMs ?? 30_000);
    this.retryMax = options.retry === false ? 0 : (options.retry?.maxMs ?? 600_000);
    this.useLocks = options.locks !== false && typeof navigator !== 'undefined' && !!navigator.locks;
    this.claimMs = options.claimMs ?? 600_000;
    globalThis.addEventListener?.('online', this.onOnline);
    // After the current task, so listeners added right after `new` hear what it sends.
    if (options.flushOnStart !== false) setTimeout(this.onOnline);
  }

  override addEventListener<K extends keyof OutboxEventMap>(type: K, listener: (event: OutboxEventMap[K]) => void, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof OutboxEventMap>(type: K, listener: (event: OutboxEventMap[K]) => void, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }

  /**
   * Feedback goes straight to the inner adapter when it can send it (it is not kept on this
   * device: a rating that cannot be sent now says so, and the person may send it again).
   */
  sendFeedback(feedback: Feedback, options?: { signal?: AbortSignal }): Promise<FeedbackResult> {
    const inner = this.inner as Partial<FeedbackAdapter>;
    if (typeof inner.sendFeedback !== 'function') return Promise.resolve({ ok: false, error: { kind: 'fatal', message: 'This adapter cannot send feedback' } });
    return inner.sendFeedback(feedback, options);
  }

  async submit(envelope: SubmissionEnvelope, { signal }: { signal: AbortSignal }): Promise<SubmissionOutcome> {
    signal.throwIfAborted();
    let outcome: SubmissionOutcome;
    if (offline()) {
      // `onLine === false` is reliable (true is not): trying would only spend the person's time.
      outcome = { ok: false, error: { kind: 'retryable', message: 'The browser is offline' } };
    } else {
      try {
        outcome = await this.inner.submit(envelope, { signal });
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        return { ok: false, error: { kind: 'fatal', message: `The adapter failed: ${String(error)}` } };
      }
      if (outcome.ok) {
        // Not awaited: the person's receipt must not wait on storage (or on a stuck IndexedDB).
        if (!outcome.queued) void this.delivered(envelope.submissionId);
        return outcome;
      }
    }
    // Field errors and fatal refusals are the person's to see now; a cancelled submit stays cancelled.
    if (outcome.error.kind !== 'retryable' || signal.aborted) return outcome;
    try {
      const queuedAt = await this.store(envelope, outcome.error);
      if (!offline()) this.schedule(outcome.error.retryAfterMs);
      return { ok: true, queued: true, queuedAt };
    } catch {
      return outcome;
    }
  }

  /**
   * Sends what is queued, oldest first, and resolves what happened. Stops at the first `retryable`
   * failure (the rest would fail the same way) and does nothing while offline. A flush asked for
   * during one runs right after it. Never rejects for a delivery problem.
   */
  flush(): Promise<FlushSummary> {
    if (this.running) {
      return (this.next ??= this.running.then(() => {
        this.next = undefined;
        return this.flush();
      }));
    }
    clearTimeout(this.timer);
    this.running = this.flushOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Everything kept on this device, oldest first: waiting and failed entries. */
  async entries(): Promise<OutboxEntry[]> {
    const all = await getAll<OutboxEntry>(await this.open(), STORE);
    return all.sort((a, b) => a.order - b.order);
  }

  /** Tries a failed entry again (say, after the person signed in again), then flushes. */
  async retry(submissionId: string): Promise<FlushSummary> {
    await this.update(submissionId, (entry) => {
      delete entry.failed;
      return entry;
    });
    return this.flush();
  }

  /** Deletes an entry: only when the person chose to (e.g. submitted corrected answers instead). */
  async remove(submissionId: string): Promise<void> {
    await this.update(submissionId, () => undefined);
  }

  /** Stops listening, retrying and sending (a send in flight is aborted and stays queued). */
  close(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.timer);
    this.stop.abort(new DOMException('The outbox was closed', 'AbortError'));
    void this.db?.then((db) => db.close(), () => {});
  }

  private open(): Promise<IDBDatabase> {
    this.stop.signal.throwIfAborted();
    // A failed open (private mode, storage off) is tried again next time.
    return (this.db ??= openStore(this.name, STORE, 'submissionId').catch((error: unknown) => {
      this.db = undefined;
      throw error;
    }));
  }

  /** Stores `envelope` unless its id is already queued; resolves its `queuedAt` once committed to disk. */
  private async store(envelope: SubmissionEnvelope, lastError: SubmissionError): Promise<string> {
    const order = performance.timeOrigin + performance.now();
    const fresh: OutboxEntry = { submissionId: envelope.submissionId, envelope, queuedAt: new Date(order).toISOString(), order, attempts: 0, lastError };
    return transact(
      await this.open(),
      STORE,
      'readwrite',
      (store) => {
        let queuedAt = fresh.queuedAt;
        const request = store.get(envelope.submissionId);
        request.onsuccess = () => {
          const existing = request.result as OutboxEntry | undefined;
          if (existing) {
            queuedAt = existing.queuedAt;
            return;
          }
          try {
            store.add(fresh);
          } catch {
            // Not cloneable: abort, so the caller hears it was not stored (not an uncaught error).
            store.transaction.abort();
          }
        };
        return () => queuedAt;
      },
      // "Saved on this device" must survive the battery running out right after.
      'strict',
    );
  }

  /** Rewrites entry `submissionId` with `change` (undefined deletes it); resolves whether it existed. */
  private async update(submissionId: string, change: (entry: OutboxEntry) => OutboxEntry | undefined): Promise<boolean> {
    return transact(await this.open(), STORE, 'readwrite', (store) => {
      let found = false;
      const request = store.get(submissionId);
      request.onsuccess = () => {
        const entry = request.result as OutboxEntry | undefined;
        if (!entry) return;
        found = true;
        const changed = change(entry);
        if (changed) store.put(changed);
        else store.delete(submissionId);
      };
      return () => found;
    });
  }

  /** A direct submit went through: forget any queued copy, and send the rest while the network works. */
  private async delivered(submissionId: string): Promise<void> {
    try {
      await this.update(submissionId, () => undefined);
      if ((await this.entries()).some((entry) => !entry.failed)) await this.flush();
    } catch {
      // Storage unavailable: nothing was queued here.
    }
  }

  private async flushOnce(): Promise<FlushSummary> {
    const summary: FlushSummary = { sent: 0, failed: 0, waiting: 0 };
    const tried = new Set<string>();
    let retryAfterMs: number | undefined;
    let stalled = false;
    try {
      while (!offline() && !this.stop.signal.aborted) {
        const entry = (await this.entries()).find((e) => !e.failed && !tried.has(e.submissionId));
        if (!entry) break;
        tried.add(entry.submissionId);
        // Undefined: another tab or outbox is sending it right now.
        const result = await this.claimed(entry.submissionId, () => this.deliver(entry.submissionId));
        if (result === 'sent') summary.sent++;
        else if (result === 'failed') summary.failed++;
        else if (typeof result === 'object') {
          stalled = true;
          retryAfterMs = result.retryAfterMs;
          break;
        }
      }
      summary.waiting = (await this.entries()).filter((e) => !e.failed).length;
    } catch {
      // Storage failed or the outbox closed: what is queued stays queued for the next flush.
      return summary;
    }
    if (stalled) this.schedule(retryAfterMs);
    else this.rounds = 0;
    return summary;
  }

  /** Runs `work` only if no one else holds entry `submissionId`; undefined when someone does. */
  private async claimed(submissionId: string, work: () => Promise<Delivery>): Promise<Delivery | undefined> {
    if (this.useLocks) {
      return navigator.locks.request(`${this.name}:${submissionId}`, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
    }
    // IndexedDB runs readwrite transactions on one store one at a time, across tabs too: the
    // first to write its claim wins, and the others see it.
    const now = Date.now();
    let mine = false;
    await this.update(submissionId, (entry) => {
      if (!entry.claim || entry.claim.until <= now) {
        entry.claim = { by: this.id, until: now + this.claimMs };
        mine = true;
      }
      return entry;
    });
    if (!mine) return undefined;
    try {
      return await work();
    } finally {
      await this.update(submissionId, (entry) => {
        if (entry.claim?.by === this.id) delete entry.claim;
        return entry;
      }).catch(() => {});
    }
  }

  /** One delivery attempt of a queued entry, holding its lock or claim. */
  private async deliver(submissionId: string): Promise<Delivery> {
    // Read again inside the lock: another tab may have sent it since the list was read.
    const entry = (await this.entries()).find((e) => e.submissionId === submissionId);
    if (!entry || entry.failed) return 'gone';
    let outcome: SubmissionOutcome;
    try {
      outcome = await this.inner.submit(entry.envelope, { signal: this.stop.signal });
    } catch (error) {
      if (this.stop.signal.aborted) throw error;
      outcome = { ok: false, error: { kind: 'fatal', message: `The adapter failed: ${String(error)}` } };
    }
    if (outcome.ok) {
      await this.update(submissionId, () => undefined);
      // An inner adapter that queues has kept it itself: nothing to announce yet.
      if (outcome.queued) return 'gone';
      this.dispatchEvent(new OutboxSentEvent(entry.envelope, outcome.receipt));
      return 'sent';
    }
    const { error } = outcome;
    const retryable = error.kind === 'retryable';
    await this.update(submissionId, (stored) => {
      stored.attempts++;
      stored.lastError = error;
      if (!retryable) stored.failed = error;
      return stored;
    });
    if (retryable) return { retryAfterMs: error.retryAfterMs };
    this.dispatchEvent(new OutboxFailedEvent(entry.envelope, error));
    return 'failed';
  }

  /** Plans the next flush after a retryable failure while online (see `OutboxOptions.retry`). */
  private schedule(retryAfterMs: number | undefined): void {
    if (!this.retryBase || this.stop.signal.aborted) return;
    const cap = Math.min(this.retryMax, this.retryBase * 2 ** this.rounds++);
    const delay = Math.max(retryAfterMs ?? 0, cap * (0.5 + Math.random() / 2));
    clearTimeout(this.timer);
    // Offline when it fires: the `online` event will flush instead.
    this.timer = setTimeout(() => void (offline() || this.flush()), delay);
  }
}
