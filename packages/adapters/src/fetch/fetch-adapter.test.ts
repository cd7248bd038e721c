import { expect } from '@open-wc/testing';
import { createSubmissionId, type SubmissionEnvelope, type SubmissionResult } from '@service-forms/core';
import { runAdapterContract } from '../testing/adapter-contract.js';
import { anySignal, FetchAdapter, MAX_RETRY_AFTER_MS, parseFieldErrors, parseRetryAfter, timeoutSignal, type FetchAdapterOptions } from './fetch-adapter.js';

// Real HTTP to the submission server plugin (test/plugins/submission-server-plugin.mjs) on the
// test server's own origin; a scope of our own so no other test file consumes our faults.
const SCOPE = { 'x-test-scope': `fetch-adapter-${createSubmissionId()}` };
const ENDPOINT = '/test-api/submissions';

interface Stats {
  submissions: Record<string, { requests: number; stored: number; repeats: number; reference: string | null }>;
  requests: number;
  faultsLeft: number;
  lastRequest: {
    headers: Record<string, string>;
    contentType: string | null;
    envelope: Record<string, unknown> | null;
    files: { part: string; name: string; type: string; size: number; text: string | null }[];
  } | null;
}

async function api(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`/test-api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...SCOPE, 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`test-api ${path}: ${response.status}`);
  return response;
}
const reset = () => api('reset', {});
const faults = (list: object[]) => api('faults', list);
const stats = async (): Promise<Stats> => (await api('stats')).json();

function envelope(files: Record<string, File[]> = {}): SubmissionEnvelope {
  return {
    submissionId: createSubmissionId(),
    formId: 'job-seeker',
    formVersion: '3',
    locale: 'kk',
    answers: { iin: '900115300013', fullName: 'Әлия Нұрланқызы', schedule: ['shift', 'remote'], salary: 120000 },
    files,
    createdAt: '2026-11-27T10:15:00+05:00',
  };
}
const withFile = () => envelope({ proof: [new File(['income: 85000'], 'справка.txt', { type: 'text/plain' })] });
const BODIES = { json: envelope, multipart: withFile } as const;

/** Sleeps that only record what the adapter would wait, so backoff tests take no time. */
let waits: number[] = [];
const recordSleep = (ms: number, signal: AbortSignal) => {
  waits.push(ms);
  signal.throwIfAborted();
  return Promise.resolve();
};

function adapter(options: Partial<FetchAdapterOptions> = {}): FetchAdapter {
  return new FetchAdapter({ endpoint: ENDPOINT, headers: () => SCOPE, sleep: recordSleep, ...options });
}

const submit = (a: FetchAdapter, e: SubmissionEnvelope, signal = new AbortController().signal) => a.submit(e, { signal });

function receiptOf(result: SubmissionResult) {
  if (!result.ok) throw new Error(`expected a receipt, got ${JSON.stringify(result)}`);
  return result.receipt;
}
function errorOf(result: SubmissionResult) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

/**
 * What the server saw of the one submission id this test sent: its request count, that it was
 * stored `stored` times (never more than once), the Idempotency-Key and the body's content type.
 */
async function expectServerSaw(e: SubmissionEnvelope, expected: { requests: number; stored: 0 | 1 }) {
  const s = await stats();
  expect(Object.keys(s.submissions), 'submission ids the server saw').to.deep.equal([e.submissionId]);
  expect(s.submissions[e.submissionId]!.requests, 'requests for this id').to.equal(expected.requests);
  expect(s.submissions[e.submissionId]!.stored, 'times stored').to.equal(expected.stored);
  expect(s.lastRequest!.headers['idempotency-key']).to.equal(e.submissionId);
  const multipart = Object.values(e.files).some((list) => list.length > 0);
  if (multipart) expect(s.lastRequest!.contentType).to.match(/^multipart\/form-data; boundary=\S+$/);
  else expect(s.lastRequest!.contentType).to.equal('application/json');
  return s;
}

runAdapterContract('FetchAdapter', () => adapter({ retries: 1 }), {
  stored: async () => Object.entries((await stats()).submissions).flatMap(([id, s]) => Array<string>(s.stored).fill(id)),
  refuseField: async () => {
    await faults([{ status: 422, errors: [{ field: 'fullName', code: 'person_name_characters', params: {} }] }]);
    return { field: 'fullName', code: 'person_name_characters' };
  },
  // With `retries: 1`, two 503s use up both attempts.
  failNext: async (_adapter, kind) => {
    await faults(kind === 'retryable' ? [{ status: 503 }, { status: 503 }] : [{ status: 400 }]);
  },
  reset: async () => {
    await reset();
  },
});

describe('FetchAdapter over HTTP', () => {
  beforeEach(async () => {
    waits = [];
    await reset();
  });

  it('POSTs JSON without files, with the Idempotency-Key header and the id in the body', async () => {
    const e = envelope();
    const result = await submit(adapter({ headers: () => ({ ...SCOPE, 'X-CSRF-Token': 'csrf-123' }) }), e);
    expect(receiptOf(result).reference).to.equal('TEST-0001');
    expect(Number.isNaN(Date.parse(receiptOf(result).receivedAt))).to.equal(false);
    const s = await expectServerSaw(e, { requests: 1, stored: 1 });
    const { files: _files, ...withoutFiles } = e;
    expect(s.lastRequest!.envelope).to.deep.equal(withoutFiles);
    expect(s.lastRequest!.headers['x-csrf-token']).to.equal('csrf-123');
    expect(s.lastRequest!.headers.accept).to.equal('application/json');
    expect(waits).to.deep.equal([]);
  });

  it('sends multipart with an envelope part and one files.<field> part per file, never base64', async () => {
    const e = envelope({
      proof: [new File(['income: 85000'], 'справка.txt', { type: 'text/plain' })],
      'members[0].birthCertificate': [new File(['%PDF-1.7 a'], 'a.pdf', { type: 'application/pdf' }), new File(['%PDF-1.7 bb'], 'b.pdf', { type: 'application/pdf' })],
    });
    receiptOf(await submit(adapter(), e));
    const s = await expectServerSaw(e, { requests: 1, stored: 1 });
    const { files: _files, ...withoutFiles } = e;
    expect(s.lastRequest!.envelope).to.deep.equal(withoutFiles);
    expect(s.lastRequest!.files).to.deep.equal([
      { part: 'files.proof', name: 'справка.txt', type: 'text/plain', size: 13, text: 'income: 85000' },
      { part: 'files.members[0].birthCertificate', name: 'a.pdf', type: 'application/pdf', size: 10, text: '%PDF-1.7 a' },
      { part: 'files.members[0].birthCertificate', name: 'b.pdf', type: 'application/pdf', size: 11, text: '%PDF-1.7 bb' },
    ]);
  });

  it('sends JSON when file fields hold no file', async () => {
    const e = envelope({ proof: [] });
    receiptOf(await submit(adapter(), e));
    await expectServerSaw(e, { requests: 1, stored: 1 });
  });

  it('keeps Idempotency-Key and Content-Type its own whatever headers() returns', async () => {
    const e = envelope();
    receiptOf(await submit(adapter({ headers: () => ({ ...SCOPE, 'Idempotency-Key': 'forged', 'Content-Type': 'text/plain' }) }), e));
    await expectServerSaw(e, { requests: 1, stored: 1 });
  });

  it('sends same-origin credentials and bypasses the HTTP cache by default; credentials is configurable', async () => {
    const seen: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(init!);
      return fetch(input, init);
    };
    receiptOf(await submit(adapter({ fetch: spy }), envelope()));
    await reset();
    receiptOf(await submit(adapter({ fetch: spy, credentials: 'include' }), envelope()));
    expect(seen.map((init) => [init.method, init.credentials, init.cache])).to.deep.equal([
      ['POST', 'same-origin', 'no-store'],
      ['POST', 'include', 'no-store'],
    ]);
  });

  for (const [kind, make] of Object.entries(BODIES)) {
    it(`retries after the connection drops, then delivers once (${kind})`, async () => {
      const e = make();
      await faults([{ drop: true }]);
      const result = await submit(adapter(), e);
      expect(receiptOf(result).reference).to.equal('TEST-0001');
      expect(waits).to.have.length(1);
      await expectServerSaw(e, { requests: 2, stored: 1 });
    });

    it(`retries after a 500, then delivers once (${kind})`, async () => {
      const e = make();
      await faults([{ status: 500 }]);
      receiptOf(await submit(adapter(), e));
      expect(waits).to.have.length(1);
      await expectServerSaw(e, { requests: 2, stored: 1 });
    });

    it(`gives up on an attempt after timeoutMs and retries, then delivers once (${kind})`, async () => {
      const e = make();
      await faults([{ delayMs: 1500 }]);
      const started = performance.now();
      receiptOf(await submit(adapter({ timeoutMs: 400 }), e));
      const elapsed = performance.now() - started;
      expect(elapsed, 'waited for the timeout, not for the slow answer').to.be.within(400, 1400);
      expect(waits).to.have.length(1);
      // The slow first attempt may still be stored when its delay ends: as a repeat, never twice.
      await expectServerSaw(e, { requests: 2, stored: 1 });
    });
  }

  it('gets the original receipt when the answer was lost after the server stored the submission', async () => {
    const e = withFile();
    await faults([{ drop: true, afterStore: true }]);
    const result = await submit(adapter(), e);
    expect(receiptOf(result).reference).to.equal('TEST-0001');
    const s = await expectServerSaw(e, { requests: 2, stored: 1 });
    expect(s.submissions[e.submissionId]!.repeats).to.equal(1);
  });

  it('waits for a slow answer within timeoutMs without retrying', async () => {
    const e = envelope();
    await faults([{ delayMs: 300 }]);
    receiptOf(await submit(adapter({ timeoutMs: 3000 }), e));
    expect(waits).to.deep.equal([]);
    await expectServerSaw(e, { requests: 1, stored: 1 });
  });

  it('honours Retry-After in seconds over real time, end to end', async () => {
    const e = envelope();
    await faults([{ status: 429, retryAfter: 1 }]);
    const started = performance.now();
    // The real sleep and tiny backoff: only Retry-After can make this take a second.
    receiptOf(await submit(adapter({ sleep: undefined, backoff: { baseMs: 1, maxMs: 1 } }), e));
    expect(performance.now() - started).to.be.within(990, 3000);
    await expectServerSaw(e, { requests: 2, stored: 1 });
  });

  it('waits exactly Retry-After, above the backoff maximum, instead of the jitter', async () => {
    const e = withFile();
    await faults([{ status: 429, retryAfter: 45 }, { status: 503, retryAfter: 2 }]);
    receiptOf(await submit(adapter({ backoff: { baseMs: 100, maxMs: 1000 } }), e));
    expect(waits).to.deep.equal([45_000, 2000]);
    await expectServerSaw(e, { requests: 3, stored: 1 });
  });

  it('reads Retry-After as an HTTP date', async () => {
    const e = envelope();
    await faults([{ status: 503, retryAfter: new Date(Date.now() + 10_000).toUTCString() }]);
    receiptOf(await submit(adapter(), e));
    // An HTTP date has whole seconds, so up to a second less than 10 s.
    expect(waits).to.have.length(1);
    expect(waits[0]).to.be.within(8000, 10_000);
    await expectServerSaw(e, { requests: 2, stored: 1 });
  });

  it(`stops at once with retryAfterMs when Retry-After is beyond ${MAX_RETRY_AFTER_MS / 60000} minutes`, async () => {
    const e = envelope();
    await faults([{ status: 503, retryAfter: 3600 }]);
    const error = errorOf(await submit(adapter(), e));
    expect(error).to.deep.equal({ kind: 'retryable', message: 'Not delivered after 1 attempt: 503 Service Unavailable', retryAfterMs: 3_600_000 });
    expect(waits).to.deep.equal([]);
    await expectServerSaw(e, { requests: 1, stored: 0 });
  });

  it('maps a 422 to field errors, without retrying', async () => {
    const e = envelope();
    const errors = [
      { field: 'iin', code: 'iin_checksum', params: {} },
      { field: 'fullName', code: 'too_long', params: { max: 100 } },
      { field: 'birthDate', code: 'date_incomplete', params: { missing: ['month', 'year'] }, parts: ['month', 'year'] },
    ];
    await faults([{ status: 422, errors }]);
    expect(errorOf(await submit(adapter(), e))).to.deep.equal({ kind: 'field-errors', errors });
    expect(waits).to.deep.equal([]);
    await expectServerSaw(e, { requests: 1, stored: 0 });
  });

  it('treats a 422 without well-formed errors as fatal', async () => {
    for (const body of [{ errors: [] }, { errors: [{ field: 'iin' }] }, { errors: [{ field: 'iin', code: 'required', params: { max: {} } }] }, 'Unprocessable']) {
      await reset();
      const e = envelope();
      await faults([{ status: 422, body }]);
      const error = errorOf(await submit(adapter(), e));
      expect(error.kind, JSON.stringify(body)).to.equal('fatal');
      expect(error).to.have.property('message').that.contains('The receiver answered 422 but not with field errors');
      await expectServerSaw(e, { requests: 1, stored: 0 });
    }
  });

  it('does not retry a 400, and passes on the server message', async () => {
    const e = withFile();
    await faults([{ status: 400 }]);
    expect(errorOf(await submit(adapter(), e))).to.deep.equal({ kind: 'fatal', message: 'The receiver refused the submission (400 Bad Request): injected fault 400' });
    expect(waits).to.deep.equal([]);
    await expectServerSaw(e, { requests: 1, stored: 0 });
  });

  for (const status of [401, 403]) {
    it(`treats ${status} as fatal: not authorised`, async () => {
      const e = envelope();
      await faults([{ status }]);
      const error = errorOf(await submit(adapter(), e));
      expect(error.kind).to.equal('fatal');
      expect(error).to.have.property('message').that.contains(`not authorised (${status}`);
      await expectServerSaw(e, { requests: 1, stored: 0 });
    });
  }

  it('retries 408 and 5xx with full-jitter backoff, and resolves retryable when retries run out', async () => {
    const e = envelope();
    await faults([{ status: 408 }, { status: 502 }, { status: 504 }, { status: 503 }]);
    const a = adapter({ retries: 3, backoff: { baseMs: 100, maxMs: 300 } });
    expect(errorOf(await submit(a, e))).to.deep.equal({ kind: 'retryable', message: 'Not delivered after 4 attempts: 503 Service Unavailable' });
    expect(waits).to.have.length(3);
    // Full jitter: 0 ≤ wait < min(maxMs, baseMs · 2^n).
    [100, 200, 300].forEach((cap, n) => expect(waits[n]).to.be.within(0, cap - 1));
    await expectServerSaw(e, { requests: 4, stored: 0 });
    // The outbox later sends the same envelope again: stored once.
    receiptOf(await submit(a, e));
    await expectServerSaw(e, { requests: 5, stored: 1 });
  });

  it('keeps the last Retry-After when retries run out', async () => {
    const e = envelope();
    await faults([{ status: 429, retryAfter: 1 }, { status: 429, retryAfter: 30 }]);
    expect(errorOf(await submit(adapter({ retries: 1 }), e))).to.deep.equal({
      kind: 'retryable',
      message: 'Not delivered after 2 attempts: 429 Too Many Requests',
      retryAfterMs: 30_000,
    });
    await expectServerSaw(e, { requests: 2, stored: 0 });
  });

  it('resolves retryable after retries when the network stays down', async () => {
    const e = envelope();
    await faults([{ drop: true }, { drop: true }]);
    const error = errorOf(await submit(adapter({ retries: 1 }), e));
    expect(error.kind).to.equal('retryable');
    expect(error).to.have.property('message').that.matches(/^Not delivered after 2 attempts: network error \(TypeError: /);
    await expectServerSaw(e, { requests: 2, stored: 0 });
  });

  it('treats a 2xx without a receipt as fatal, with a clear message', async () => {
    for (const [body, got] of [
      ['<html>Welcome</html>', '"<html>Welcome</html>"'],
      [{ reference: 5, receivedAt: '2026-11-27T10:15:00Z' }, '"{\\"reference\\":5,\\"receivedAt\\":\\"2026-11-27T10:15:00Z\\"}"'],
      ['', 'an empty body'],
    ] as const) {
      await reset();
      const e = envelope();
      await faults([{ status: 200, body }]);
      expect(errorOf(await submit(adapter(), e))).to.deep.equal({
        kind: 'fatal',
        message: `The receiver answered 200 OK but not with a receipt: expected JSON { "reference": string, "receivedAt": string }, got ${got}`,
      });
      await expectServerSaw(e, { requests: 1, stored: 0 });
    }
  });

  it('asks headers() again on each attempt, and retries when it fails', async () => {
    const e = envelope();
    let calls = 0;
    const headers = async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch the CSRF token');
      return { ...SCOPE, 'X-CSRF-Token': `token-${calls}` };
    };
    receiptOf(await submit(adapter({ headers }), e));
    expect(calls).to.equal(2);
    expect(waits).to.have.length(1);
    const s = await expectServerSaw(e, { requests: 1, stored: 1 });
    expect(s.lastRequest!.headers['x-csrf-token']).to.equal('token-2');
  });

  describe('abort', () => {
    it('rejects with the reason of an already-aborted signal and sends nothing', async () => {
      const controller = new AbortController();
      const reason = new Error('left the page');
      controller.abort(reason);
      let rejected: unknown;
      await submit(adapter(), envelope(), controller.signal).catch((error: unknown) => (rejected = error));
      expect(rejected).to.equal(reason);
      expect((await stats()).requests).to.equal(0);
    });

    it('stops a request in flight at once, rejecting with the reason, with no retry', async () => {
      const e = envelope();
      await faults([{ delayMs: 2000 }]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 150);
      const started = performance.now();
      let rejected: unknown;
      await submit(adapter(), e, controller.signal).catch((error: unknown) => (rejected = error));
      expect(performance.now() - started).to.be.below(1000);
      expect(rejected).to.be.instanceOf(DOMException);
      expect((rejected as DOMException).name).to.equal('AbortError');
      expect(rejected).to.equal(controller.signal.reason);
      expect(waits).to.deep.equal([]);
      expect((await stats()).submissions[e.submissionId]!.requests).to.equal(1);
    });

    it('stops during the wait before a retry, with no further attempt', async () => {
      const e = envelope();
      await faults([{ status: 500 }]);
      const controller = new AbortController();
      // The real sleep, made long by the jitter: only the abort can end it early.
      const a = adapter({ sleep: undefined, backoff: { baseMs: 8000, maxMs: 8000 }, random: () => 0.99 });
      setTimeout(() => controller.abort(new Error('cancelled')), 300);
      const started = performance.now();
      let rejected: unknown;
      await submit(a, e, controller.signal).catch((error: unknown) => (rejected = error));
      expect(performance.now() - started).to.be.below(1500);
      expect((rejected as Error).message).to.equal('cancelled');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expectServerSaw(e, { requests: 1, stored: 0 });
    });

    it('stops at once even when a custom sleep ignores the signal', async () => {
      const e = envelope();
      await faults([{ status: 500 }]);
      const controller = new AbortController();
      const deafSleep = () => new Promise<void>((resolve) => setTimeout(resolve, 5000));
      setTimeout(() => controller.abort(new Error('cancelled')), 200);
      const started = performance.now();
      let rejected: unknown;
      await submit(adapter({ sleep: deafSleep }), e, controller.signal).catch((error: unknown) => (rejected = error));
      expect(performance.now() - started).to.be.below(1500);
      expect((rejected as Error).message).to.equal('cancelled');
      await expectServerSaw(e, { requests: 1, stored: 0 });
    });
  });

  it('resolves fatal, never rejects, when the envelope cannot be turned into JSON', async () => {
    const e = envelope();
    (e.answers as Record<string, unknown>).salary = 10n;
    const error = errorOf(await submit(adapter(), e));
    expect(error.kind).to.equal('fatal');
    expect(error).to.have.property('message').that.matches(/^The submission could not be sent: TypeError: /);
    expect((await stats()).requests).to.equal(0);
  });
});

describe('FetchAdapter helpers', () => {
  it('backoffMs is full jitter: floor(random · min(maxMs, baseMs · 2^n))', () => {
    const high = new FetchAdapter({ endpoint: ENDPOINT, random: () => 0.9999 });
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => high.backoffMs(n))).to.deep.equal([499, 999, 1999, 3999, 7999, 15998, 29997, 29997]);
    const low = new FetchAdapter({ endpoint: ENDPOINT, random: () => 0, backoff: { baseMs: 100, maxMs: 1000 } });
    expect(low.backoffMs(3)).to.equal(0);
    const half = new FetchAdapter({ endpoint: ENDPOINT, random: () => 0.5, backoff: { baseMs: 100, maxMs: 1000 } });
    expect([0, 1, 2, 3, 4].map((n) => half.backoffMs(n))).to.deep.equal([50, 100, 200, 400, 500]);
  });

  it('parseRetryAfter reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 09:59:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('parseFieldErrors accepts left-out params and rejects bad parts', () => {
    expect(parseFieldErrors({ errors: [{ field: 'iin', code: 'required' }] })).to.deep.equal([{ field: 'iin', code: 'required', params: {} }]);
    expect(parseFieldErrors({ errors: [{ field: 'd', code: 'invalid_date', params: {}, parts: ['week'] }] })).to.equal(undefined);
    expect(parseFieldErrors({ errors: [{ field: '', code: 'required', params: {} }] })).to.equal(undefined);
    expect(parseFieldErrors([{ field: 'iin', code: 'required', params: {} }])).to.equal(undefined);
  });

  describe('signals without AbortSignal.any and AbortSignal.timeout (older browsers)', () => {
    const { any, timeout } = AbortSignal;
    beforeEach(() => {
      // Deleting the statics makes the helpers take their fallback path.
      Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
      Object.defineProperty(AbortSignal, 'timeout', { value: undefined, configurable: true, writable: true });
    });
    afterEach(() => {
      Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true, writable: true });
      Object.defineProperty(AbortSignal, 'timeout', { value: timeout, configurable: true, writable: true });
    });

    it('anySignal aborts with the reason of the first signal to abort', () => {
      const a = new AbortController();
      const b = new AbortController();
      const both = anySignal([a.signal, b.signal]);
      expect(both.signal.aborted).to.equal(false);
      b.abort('second');
      a.abort('first');
      expect(both.signal.aborted).to.equal(true);
      expect(both.signal.reason).to.equal('second');
    });

    it('anySignal is aborted at once when a signal already is, and dispose detaches it', () => {
      const done = new AbortController();
      done.abort('already');
      expect(anySignal([new AbortController().signal, done.signal]).signal.reason).to.equal('already');
      const a = new AbortController();
      const both = anySignal([a.signal]);
      both.dispose();
      a.abort('late');
      expect(both.signal.aborted).to.equal(false);
    });

    it('timeoutSignal aborts with a TimeoutError, unless disposed', async () => {
      const fired = timeoutSignal(20);
      const disposed = timeoutSignal(20);
      disposed.dispose();
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(fired.signal.aborted).to.equal(true);
      expect((fired.signal.reason as DOMException).name).to.equal('TimeoutError');
      expect(disposed.signal.aborted).to.equal(false);
    });

    it('the adapter still times out and retries over HTTP', async () => {
      waits = [];
      await reset();
      const e = envelope();
      await faults([{ delayMs: 1000 }]);
      receiptOf(await submit(adapter({ timeoutMs: 300 }), e));
      expect(waits).to.have.length(1);
      await expectServerSaw(e, { requests: 2, stored: 1 });
    });
  });
});
