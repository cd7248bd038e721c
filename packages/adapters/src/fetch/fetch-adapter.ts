import type {
  DatePart,
  ErrorCode,
  ErrorParams,
  Feedback,
  FeedbackAdapter,
  FeedbackResult,
  FieldError,
  SubmissionAdapter,
  SubmissionEnvelope,
  SubmissionReceipt,
  SubmissionResult,
} from '@service-forms/core';

/** How a {@link FetchAdapter} reaches the receiver. */
export interface FetchAdapterOptions {
  /** Where submissions are POSTed, e.g. `/api/submissions`. */
  endpoint: string | URL;
  /**
   * Where feedback (`sendFeedback`) is POSTed. Default: `feedback` next to `endpoint`, as the
   * reference server has it (`/api/submissions` → `/api/feedback`).
   */
  feedbackEndpoint?: string | URL;
  /** Milliseconds one attempt may take, answer body included, before it counts as failed (default 30000). */
  timeoutMs?: number;
  /** Attempts after the first one for a failure worth retrying (default 4, so 5 attempts at most). */
  retries?: number;
  /**
   * Waits between attempts: full jitter, a random time between 0 and
   * `min(maxMs, baseMs · 2^n)` before retry n (from 0). Defaults: baseMs 500, maxMs 30000.
   */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Extra headers, asked for before every attempt (a CSRF token, an authorization header). */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** Whether cookies go with the request (default `same-origin`). */
  credentials?: RequestCredentials;
  /** The fetch to use (default the global one): for tests, or to add tracing. */
  fetch?: typeof fetch;
  /** Waits `ms` between attempts; must reject with `signal.reason` when `signal` aborts. For tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for the jitter (default `Math.random`). For tests. */
  random?: () => number;
}

/**
 * The longest `Retry-After` the adapter waits for inside one `submit` call: 5 minutes. A person
 * is looking at a "Sending…" state; a longer wait is not ours to spend, so a longer
 * `Retry-After` ends the call at once with a `retryable` error carrying the server's
 * `retryAfterMs`, and the caller (the offline outbox) decides when to try again.
 */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** A failed attempt worth retrying: why, and how long the server asked us to wait. */
interface Retry {
  retry: string;
  retryAfterMs?: number;
}

/**
 * Sends submissions to an HTTP endpoint with `fetch`.
 *
 * - Body: JSON (`application/json`, the envelope without `files`) when no file was chosen;
 *   otherwise `multipart/form-data` with a text part `envelope` holding that JSON and one part
 *   per file named `files.<fieldName>` (the file itself, never base64).
 * - The envelope's `submissionId` travels in the body and in an `Idempotency-Key` header, the
 *   same on every attempt, so the receiver stores a submission once however often it arrives.
 *   The adapter owns `Idempotency-Key`, `Accept` and `Content-Type`; `headers()` cannot change them.
 * - Retried, with exponential backoff and full jitter, up to `retries` times: network errors,
 *   timeouts, 408, 429 and 5xx (a `Retry-After` in seconds or as an HTTP date is waited for
 *   exactly instead of the backoff, up to {@link MAX_RETRY_AFTER_MS}), and a rejected
 *   `headers()` (it usually fetches a token over the same network). When retries run out:
 *   `{ kind: 'retryable', message, retryAfterMs? }`.
 * - 2xx with JSON `{ reference, receivedAt }` is the receipt; 422 with JSON
 *   `{ errors: [{ field, code, params? }] }` is `field-errors`. Any other answer is `fatal`:
 *   401/403, other 4xx, a 2xx without a receipt, a 422 without valid errors.
 * - Abort: when the caller's `signal` aborts, everything stops at once (the request in flight,
 *   the wait before a retry, any further attempt) and the promise **rejects with
 *   `signal.reason`**, as `fetch` itself does. It does not resolve a `retryable` error: the person
 *   or the page cancelled, and a queue must not pick that submission up again on its own. An
 *   already-aborted signal rejects before anything is sent.
 * - Otherwise the promise never rejects: anything unexpected (say, answers that cannot be turned
 *   into JSON) resolves as `fatal`.
 */
export class FetchAdapter implements SubmissionAdapter, FeedbackAdapter {
  private readonly endpoint: string | URL;
  private readonly feedbackEndpoint: string | URL;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly credentials: RequestCredentials;
  private readonly headers: (() => HeadersInit | Promise<HeadersInit>) | undefined;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly random: () => number;

  constructor(options: FetchAdapterOptions) {
    this.endpoint = options.endpoint;
    this.feedbackEndpoint = options.feedbackEndpoint ?? besideEndpoint(options.endpoint, 'feedback');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = Math.max(0, Math.floor(options.retries ?? 4));
    this.baseMs = options.backoff?.baseMs ?? 500;
    this.maxMs = options.backoff?.maxMs ?? 30_000;
    this.credentials = options.credentials ?? 'same-origin';
    this.headers = options.headers;
    // Called as plain functions: the platform's fetch throws "Illegal invocation" with another `this`.
    const custom = options.fetch;
    this.fetch = custom ? (input, init) => custom(input, init) : (input, init) => fetch(input, init);
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
  }

  /** The wait before retry `n` (0-based) when the server asked for none: full jitter. */
  backoffMs(n: number): number {
    return Math.floor(this.random() * Math.min(this.maxMs, this.baseMs * 2 ** n));
  }

  /**
   * Delivers `envelope`; resolves a receipt or a typed error. Rejects only with `signal.reason`
   * when `signal` aborts (see the class comment).
   */
  async submit(envelope: SubmissionEnvelope, { signal }: { signal: AbortSignal }): Promise<SubmissionResult> {
    signal.throwIfAborted();
    try {
      const { body, contentType } = encode(envelope);
      for (let attempt = 0; ; attempt++) {
        const outcome = await this.attempt(envelope.submissionId, body, contentType, signal);
        if ('ok' in outcome) return outcome;
        const tried = `${attempt + 1} attempt${attempt === 0 ? '' : 's'}`;
        if (attempt >= this.retries || (outcome.retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) {
          return { ok: false, error: { kind: 'retryable', message: `Not delivered after ${tried}: ${outcome.retry}`, ...waitHint(outcome) } };
        }
        // Raced with the signal too: a custom sleep that ignores it still stops at once.
        await untilAborted(this.sleep(outcome.retryAfterMs ?? this.backoffMs(attempt), signal), signal);
      }
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return { ok: false, error: { kind: 'fatal', message: `The submission could not be sent: ${describe(error)}` } };
    }
  }

  /**
   * Sends feedback (docs/analytics.md): one JSON POST of exactly its keys to `feedbackEndpoint`,
   * with the `headers()` and `credentials` of submissions, within `timeoutMs`. Not retried:
   * the person is looking at the question and can send again. 2xx is received; a network error,
   * a timeout, 408, 429 and 5xx are `retryable`; any other answer `fatal`. Rejects only with
   * `signal.reason` when `signal` aborts.
   */
  async sendFeedback(feedback: Feedback, { signal }: { signal?: AbortSignal } = {}): Promise<FeedbackResult> {
    signal?.throwIfAborted();
    const timeout = timeoutSignal(this.timeoutMs);
    const both = anySignal(signal ? [signal, timeout.signal] : [timeout.signal]);
    try {
      const headers = new Headers(await this.headers?.());
      headers.set('Accept', 'application/json');
      headers.set('Content-Type', 'application/json');
      const response = await this.fetch(this.feedbackEndpoint, {
        method: 'POST',
        headers,
        body: feedbackJson(feedback),
        credentials: this.credentials,
        cache: 'no-store',
        signal: both.signal,
      });
      const text = await response.text();
      const { status } = response;
      if (status >= 200 && status < 300) return { ok: true };
      const kind = status === 408 || status === 429 || status >= 500 ? 'retryable' : 'fatal';
      const message = serverMessage(parseJson(text));
      return { ok: false, error: { kind, message: `The receiver refused the feedback (${status})${message ? `: ${message}` : ''}` } };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const why = timeout.signal.aborted ? `no answer within ${this.timeoutMs} ms` : describe(error);
      return { ok: false, error: { kind: 'retryable', message: `The feedback could not be sent: ${why}` } };
    } finally {
      timeout.dispose();
      both.dispose();
    }
  }

  /** One request: a result to hand back, or a reason to try again. */
  private async attempt(submissionId: string, body: BodyInit, contentType: string | undefined, signal: AbortSignal): Promise<SubmissionResult | Retry> {
    let headers: Headers;
    try {
      headers = new Headers(await untilAborted(this.headers?.(), signal));
    } catch (error) {
      signal.throwIfAborted();
      return { retry: `the headers() option failed: ${describe(error)}` };
    }
    signal.throwIfAborted();
    headers.set('Idempotency-Key', submissionId);
    headers.set('Accept', 'application/json');
    // For multipart the browser writes Content-Type itself, with the boundary.
    if (contentType) headers.set('Content-Type', contentType);
    else headers.delete('Content-Type');

    const timeout = timeoutSignal(this.timeoutMs);
    const both = anySignal([signal, timeout.signal]);
    try {
      let response: Response;
      let text: string;
      try {
        response = await this.fetch(this.endpoint, {
          method: 'POST',
          headers,
          body,
          credentials: this.credentials,
          cache: 'no-store',
          signal: both.signal,
        });
        text = await response.text();
      } catch (error) {
        signal.throwIfAborted();
        if (timeout.signal.aborted) return { retry: `no answer within ${this.timeoutMs} ms` };
        return { retry: `network error (${describe(error)})` };
      }
      return interpret(response, text);
    } finally {
      timeout.dispose();
      both.dispose();
    }
  }
}

/** Exactly the keys of docs/analytics.md: the comment trimmed, an empty comment or region left out (JSON drops `undefined`). */
function feedbackJson({ formId, formVersion, locale, given, rating, comment, region }: Feedback): string {
  return JSON.stringify({ formId, formVersion, locale, given, rating, comment: comment?.trim() || undefined, region: region || undefined });
}

/** A URL in the same folder as `endpoint`: `/api/submissions` → `/api/feedback` (query and fragment dropped). */
export function besideEndpoint(endpoint: string | URL, name: string): string {
  const path = String(endpoint).split(/[?#]/)[0]!;
  return path.slice(0, path.lastIndexOf('/') + 1) + name;
}

/** The request body: JSON alone, or multipart when there are files. */
function encode(envelope: SubmissionEnvelope): { body: BodyInit; contentType: string | undefined } {
  const { files, ...rest } = envelope;
  const json = JSON.stringify(rest);
  const entries = Object.entries(files ?? {}).filter(([, list]) => list.length > 0);
  if (entries.length === 0) return { body: json, contentType: 'application/json' };
  const form = new FormData();
  form.append('envelope', json);
  for (const [field, list] of entries) for (const file of list) form.append(`files.${field}`, file, file.name);
  return { body: form, contentType: undefined };
}

/** Maps the receiver's answer to a result or a retry. */
function interpret(response: Response, text: string): SubmissionResult | Retry {
  const { status } = response;
  const label = `${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (status >= 200 && status < 300) {
    const receipt = parseReceipt(parseJson(text));
    if (receipt) return { ok: true, receipt };
    return fatal(`The receiver answered ${label} but not with a receipt: expected JSON { "reference": string, "receivedAt": string }, got ${excerpt(text)}`);
  }
  if (status === 422) {
    const errors = parseFieldErrors(parseJson(text));
    if (errors) return { ok: false, error: { kind: 'field-errors', errors } };
    return fatal(`The receiver answered 422 but not with field errors: expected JSON { "errors": [{ "field", "code", "params" }] }, got ${excerpt(text)}`);
  }
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    return retryAfterMs === undefined ? { retry: label } : { retry: label, retryAfterMs };
  }
  if (status === 401 || status === 403) {
    return fatal(`The receiver refused the submission as not authorised (${label}): the sign-in or the CSRF token may have expired`);
  }
  const message = serverMessage(parseJson(text));
  return fatal(`The receiver refused the submission (${label})${message ? `: ${message}` : ''}`);
}

function fatal(message: string): SubmissionResult {
  return { ok: false, error: { kind: 'fatal', message } };
}

function waitHint(outcome: Retry): { retryAfterMs?: number } {
  return outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs };
}

/**
 * Milliseconds from a `Retry-After` header: whole seconds, or an HTTP date (a date in the past
 * means now). Undefined when absent or unreadable, so the backoff applies.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names a day and month ("Fri, 27 Nov 2026 10:00:00 GMT"); Date.parse alone would take "-5".
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseReceipt(value: unknown): SubmissionReceipt | undefined {
  if (!isRecord(value)) return undefined;
  const { reference, receivedAt } = value;
  if (typeof reference !== 'string' || reference.trim() === '') return undefined;
  if (typeof receivedAt !== 'string' || Number.isNaN(Date.parse(receivedAt))) return undefined;
  return { reference, receivedAt };
}

const DATE_PARTS: readonly string[] = ['day', 'month', 'year'] satisfies DatePart[];

function isParam(value: unknown): value is ErrorParams[string] {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The receiver's field errors, or undefined when the body is not `{ errors: [...] }` with at least
 * one well-formed error (a 422 nobody can show must not leave the person stuck). `params` may be
 * left out (no parameters). Codes are taken as sent: the server speaks core's error codes.
 */
export function parseFieldErrors(value: unknown): FieldError[] | undefined {
  if (!isRecord(value) || !Array.isArray(value.errors) || value.errors.length === 0) return undefined;
  const errors: FieldError[] = [];
  for (const item of value.errors as unknown[]) {
    if (!isRecord(item)) return undefined;
    const { field, code, params = {}, parts } = item;
    if (typeof field !== 'string' || field === '' || typeof code !== 'string' || code === '') return undefined;
    if (!isRecord(params) || !Object.values(params).every(isParam)) return undefined;
    if (parts !== undefined && !(Array.isArray(parts) && parts.every((part) => DATE_PARTS.includes(part as string)))) return undefined;
    const error: FieldError = { field, code: code as ErrorCode, params: params as ErrorParams };
    if (parts !== undefined) error.parts = parts as DatePart[];
    errors.push(error);
  }
  return errors;
}

function serverMessage(value: unknown): string | undefined {
  return isRecord(value) && typeof value.message === 'string' ? value.message.slice(0, 200) : undefined;
}

function excerpt(text: string): string {
  if (text.trim() === '') return 'an empty body';
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` aborts. */
function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

interface Disposable {
  signal: AbortSignal;
  dispose(): void;
}

/** A signal that aborts with a `TimeoutError` after `ms`: `AbortSignal.timeout`, or a timer where it is missing. */
export function timeoutSignal(ms: number): Disposable {
  if (typeof AbortSignal.timeout === 'function') return { signal: AbortSignal.timeout(ms), dispose: () => {} };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
  return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}

/**
 * A signal that aborts when any of `signals` does, with its reason: `AbortSignal.any` (Baseline
 * 2024), or, on the older phones many people here use, listeners that `dispose` removes again.
 */
export function anySignal(signals: AbortSignal[]): Disposable {
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any(signals), dispose: () => {} };
  const controller = new AbortController();
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) {
    controller.abort(aborted.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = signals.map((signal) => () => controller.abort(signal.reason));
  const dispose = () => signals.forEach((signal, i) => signal.removeEventListener('abort', listeners[i]!));
  signals.forEach((signal, i) => signal.addEventListener('abort', listeners[i]!, { once: true }));
  controller.signal.addEventListener('abort', dispose, { once: true });
  return { signal: controller.signal, dispose };
}

/** `value`, unless `signal` aborts first: then a rejection with `signal.reason`, at once. */
function untilAborted<T>(value: T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(value).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
