import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createSubmissionId, type SubmissionEnvelope, type SubmissionOutcome } from '@service-forms/core';
import { FetchAdapter } from '../fetch/fetch-adapter.js';
import { MemoryAdapter } from '../memory/memory-adapter.js';
import { runAdapterContract } from '../testing/adapter-contract.js';
import { OutboxAdapter, type OutboxFailedEvent, type OutboxOptions, type OutboxSentEvent } from './outbox-adapter.js';

// Real HTTP to the submission server plugin (test/plugins/submission-server-plugin.mjs), in a
// scope of our own; real IndexedDB, one database per test.
const SCOPE = { 'x-test-scope': `outbox-${createSubmissionId()}` };

interface Stats {
  submissions: Record<string, { requests: number; stored: number; repeats: number; reference: string | null }>;
  requests: number;
  lastRequest: {
    headers: Record<string, string>;
    contentType: string | null;
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
const faults = (list: object[]) => api('faults', list);
const stats = async (): Promise<Stats> => (await api('stats')).json();
/** What the server saw per submission id: [requests, stored]. */
const seen = async (...envelopes: SubmissionEnvelope[]) => {
  const { submissions } = await stats();
  return envelopes.map((e) => [submissions[e.submissionId]?.requests ?? 0, submissions[e.submissionId]?.stored ?? 0]);
};

function envelope(files: Record<string, File[]> = {}): SubmissionEnvelope {
  return {
    submissionId: createSubmissionId(),
    formId: 'job-seeker',
    formVersion: '3',
    locale: 'kk',
    answers: { iin: '900115300013', fullName: 'Әлия Нұрланқызы', experience: [{ employer: 'ТОО Береке', from: '2019-03-01' }] },
    files,
    createdAt: '2026-11-27T10:15:00+05:00',
  };
}

/** A FetchAdapter to the test server: no waiting between its attempts, one retry unless told. */
const http = (retries = 1) => new FetchAdapter({ endpoint: '/test-api/submissions', headers: () => SCOPE, retries, sleep: async () => {} });

let dbName = '';
const opened: OutboxAdapter[] = [];
/** An outbox on this test's database, closed after the test. No timer retries unless asked. */
function outbox<A extends OutboxAdapter['inner']>(inner: A, options: OutboxOptions = {}): OutboxAdapter<A> {
  const box = new OutboxAdapter(inner, { name: dbName, retry: false, ...options });
  opened.push(box);
  return box;
}

const submit = (box: OutboxAdapter, e: SubmissionEnvelope, signal = new AbortController().signal) => box.submit(e, { signal });

/** Resolves the next `count` events of `type` on `target`, or rejects after `ms`. */
function events<E extends Event>(target: EventTarget, type: string, count = 1, ms = 8000): Promise<E[]> {
  return new Promise((resolve, reject) => {
    const got: E[] = [];
    const timer = setTimeout(() => reject(new Error(`${got.length} of ${count} "${type}" events within ${ms} ms`)), ms);
    target.addEventListener(type, (event) => {
      got.push(event as E);
      if (got.length === count) {
        clearTimeout(timer);
        resolve(got);
      }
    });
  });
}

/** Makes the page offline for `forMs` (the offline plugin), resolving once it is. */
async function goOffline(forMs: number): Promise<void> {
  const offline = events(window, 'offline', 1, 3000);
  await executeServerCommand('set-offline', { offline: true, forMs });
  await offline;
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  });
}

/** Queues `envelopes` through an outbox whose every attempt meets a dropped connection, then closes it. */
async function queueByDrops(...envelopes: SubmissionEnvelope[]): Promise<void> {
  const box = outbox(http(0), { flushOnStart: false });
  await faults(envelopes.map(() => ({ drop: true })));
  for (const e of envelopes) expect((await submit(box, e)).ok, 'queued').to.equal(true);
  box.close();
}

const idsOf = (list: { envelope: SubmissionEnvelope }[]) => list.map((item) => item.envelope.submissionId);

beforeEach(async () => {
  await api('reset', {});
  dbName = `sf-outbox-test-${createSubmissionId()}`;
});

afterEach(async () => {
  for (const box of opened.splice(0)) box.close();
  await executeServerCommand('set-offline', { offline: false });
  await deleteDatabase(dbName);
});

describe('OutboxAdapter', () => {
  it('queues an envelope when the connection drops on every attempt, and flush() sends it once with the same id', async () => {
    const box = outbox(http(1), { flushOnStart: false });
    const e = envelope();
    await faults([{ drop: true }, { drop: true }]);
    const outcome = await submit(box, e);
    const [entry, ...more] = await box.entries();
    expect(more).to.deep.equal([]);
    expect(outcome).to.deep.equal({ ok: true, queued: true, queuedAt: entry!.queuedAt });
    expect(Date.now() - Date.parse(entry!.queuedAt)).to.be.within(0, 5000);
    expect(entry!.envelope).to.deep.equal(e);
    expect(entry!.attempts).to.equal(0);
    expect(entry!.lastError).to.deep.equal({ kind: 'retryable', message: 'Not delivered after 2 attempts: network error (TypeError: Failed to fetch)' });
    expect(await seen(e)).to.deep.equal([[2, 0]]);

    const sent = events<OutboxSentEvent>(box, 'sent');
    expect(await box.flush()).to.deep.equal({ sent: 1, failed: 0, waiting: 0 });
    const [event] = await sent;
    const s = await stats();
    expect(s.submissions[e.submissionId]).to.deep.equal({ requests: 3, stored: 1, repeats: 0, reference: 'TEST-0001' });
    expect(s.lastRequest!.headers['idempotency-key']).to.equal(e.submissionId);
    expect(event!.envelope.submissionId).to.equal(e.submissionId);
    expect(event!.receipt.reference).to.equal('TEST-0001');
    expect(await box.entries()).to.deep.equal([]);
  });

  it('queues when retries run out on 503, and tries again on its own while the page stays open', async () => {
    const box = outbox(http(1), { flushOnStart: false, retry: { baseMs: 100, maxMs: 100 } });
    const e = envelope();
    await faults([{ status: 503 }, { status: 503 }]);
    const sent = events<OutboxSentEvent>(box, 'sent', 1, 5000);
    const outcome = await submit(box, e);
    expect(outcome.ok && outcome.queued).to.equal(true);
    expect((await box.entries())[0]!.lastError).to.deep.equal({ kind: 'retryable', message: 'Not delivered after 2 attempts: 503 Service Unavailable' });
    const [event] = await sent;
    expect(event!.receipt.reference).to.equal('TEST-0001');
    expect(await seen(e)).to.deep.equal([[3, 1]]);
  });

  it('offline: queues at once without a request, survives a reload, and the next page sends it once when back online, file included', async () => {
    const first = outbox(http(1), { flushOnStart: false });
    const proof = new File(['income: 85000'], 'справка.txt', { type: 'text/plain' });
    const e = envelope({ proof: [proof] });
    await goOffline(3000);
    expect(navigator.onLine).to.equal(false);
    const outcome = await submit(first, e);
    expect(outcome.ok && outcome.queued).to.equal(true);
    expect((await first.entries())[0]!.lastError).to.deep.equal({ kind: 'retryable', message: 'The browser is offline' });
    // The page goes away; the next one creates its outbox while still offline.
    first.close();
    const next = outbox(http(1));
    const sent = events<OutboxSentEvent>(next, 'sent', 1, 8000);
    const [kept] = await next.entries();
    expect(kept!.envelope.files.proof![0]).to.be.instanceOf(File);
    expect(await kept!.envelope.files.proof![0]!.text()).to.equal('income: 85000');
    expect(navigator.onLine, 'still offline while checking').to.equal(false);

    const [event] = await sent;
    expect(navigator.onLine).to.equal(true);
    expect(event!.receipt.reference).to.equal('TEST-0001');
    const s = await stats();
    expect(s.submissions[e.submissionId]).to.deep.equal({ requests: 1, stored: 1, repeats: 0, reference: 'TEST-0001' });
    expect(s.lastRequest!.contentType).to.match(/^multipart\/form-data; boundary=/);
    expect(s.lastRequest!.files).to.deep.equal([{ part: 'files.proof', name: 'справка.txt', type: 'text/plain', size: 13, text: 'income: 85000' }]);
    expect(await next.entries()).to.deep.equal([]);
  });

  it('a new outbox sends what earlier pages queued, oldest first, each once', async () => {
    const queued = [envelope(), envelope(), envelope()];
    await queueByDrops(...queued);
    const next = outbox(http(1));
    const sent = await events<OutboxSentEvent>(next, 'sent', 3);
    expect(idsOf(sent)).to.deep.equal(idsOf(queued.map((e) => ({ envelope: e }))));
    expect(sent.map((event) => event.receipt.reference)).to.deep.equal(['TEST-0001', 'TEST-0002', 'TEST-0003']);
    expect(await seen(...queued)).to.deep.equal([[2, 1], [2, 1], [2, 1]]);
  });

  it('sends each queued envelope once when the browser fires online', async () => {
    const queued = [envelope(), envelope()];
    await queueByDrops(...queued);
    const box = outbox(http(1), { flushOnStart: false });
    const sent = events<OutboxSentEvent>(box, 'sent', 2);
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect(idsOf(await sent)).to.deep.equal(idsOf(queued.map((e) => ({ envelope: e }))));
    // A second `online` during the flush runs one more flush after it, which finds nothing.
    expect(await box.flush()).to.deep.equal({ sent: 0, failed: 0, waiting: 0 });
    expect(await seen(...queued)).to.deep.equal([[2, 1], [2, 1]]);
  });

  it('stops a flush at the first retryable failure, keeping the rest in order', async () => {
    const queued = [envelope(), envelope()];
    await queueByDrops(...queued);
    const box = outbox(http(0), { flushOnStart: false });
    await faults([{ status: 503 }]);
    expect(await box.flush()).to.deep.equal({ sent: 0, failed: 0, waiting: 2 });
    const entries = await box.entries();
    expect(idsOf(entries)).to.deep.equal(idsOf(queued.map((e) => ({ envelope: e }))));
    expect(entries.map((entry) => [entry.attempts, entry.lastError])).to.deep.equal([
      [1, { kind: 'retryable', message: 'Not delivered after 1 attempt: 503 Service Unavailable' }],
      [0, { kind: 'retryable', message: 'Not delivered after 1 attempt: network error (TypeError: Failed to fetch)' }],
    ]);
    expect(await seen(...queued)).to.deep.equal([[2, 0], [1, 0]]);
    expect(await box.flush()).to.deep.equal({ sent: 2, failed: 0, waiting: 0 });
    expect(await seen(...queued)).to.deep.equal([[3, 1], [2, 1]]);
  });

  for (const locks of [true, false]) {
    it(`two outboxes flushing at once send each envelope once (${locks ? 'navigator.locks' : 'IndexedDB claims'})`, async () => {
      const queued = [envelope(), envelope(), envelope()];
      await queueByDrops(...queued);
      // Slow answers, so both outboxes are sending at the same time.
      await faults(queued.map(() => ({ delayMs: 300 })));
      const a = outbox(http(0), { flushOnStart: false, locks });
      const b = outbox(http(0), { flushOnStart: false, locks });
      const [sa, sb] = await Promise.all([a.flush(), b.flush()]);
      expect(sa.sent + sb.sent).to.equal(3);
      expect(sa.sent, 'the first outbox sent some').to.be.above(0);
      expect(sb.sent, 'the second outbox sent some').to.be.above(0);
      expect(await seen(...queued)).to.deep.equal([[2, 1], [2, 1], [2, 1]]);
      expect(await a.entries()).to.deep.equal([]);
    });
  }

  it('keeps and reports an envelope refused while queued, does not resend it on its own, and retry() sends it', async () => {
    const e = envelope();
    await queueByDrops(e);
    const box = outbox(http(0), { flushOnStart: false });
    const errors = [{ field: 'iin', code: 'iin_checksum', params: {} }];
    await faults([{ status: 422, errors }]);
    const failed = events<OutboxFailedEvent>(box, 'failed');
    expect(await box.flush()).to.deep.equal({ sent: 0, failed: 1, waiting: 0 });
    const [event] = await failed;
    expect(event!.envelope.submissionId).to.equal(e.submissionId);
    expect(event!.error).to.deep.equal({ kind: 'field-errors', errors });
    const [entry] = await box.entries();
    expect(entry!.failed).to.deep.equal({ kind: 'field-errors', errors });
    expect(entry!.attempts).to.equal(1);

    expect(await box.flush()).to.deep.equal({ sent: 0, failed: 0, waiting: 0 });
    expect(await seen(e)).to.deep.equal([[2, 0]]);
    expect(await box.retry(e.submissionId)).to.deep.equal({ sent: 1, failed: 0, waiting: 0 });
    expect(await seen(e)).to.deep.equal([[3, 1]]);
  });

  it('remove() deletes an entry the person chose to drop', async () => {
    const [keep, drop] = [envelope(), envelope()];
    await queueByDrops(keep, drop);
    const box = outbox(http(0), { flushOnStart: false });
    await box.remove(drop.submissionId);
    expect(idsOf(await box.entries())).to.deep.equal([keep.submissionId]);
  });

  it('passes receipts, field errors and fatal errors through without queueing', async () => {
    const inner = new MemoryAdapter().failNext({ kind: 'fatal', message: 'gone' });
    inner.failNext({ kind: 'field-errors', errors: [{ field: 'iin', code: 'required', params: {} }] });
    const box = outbox(inner, { flushOnStart: false });
    const outcomes: SubmissionOutcome[] = [];
    for (let i = 0; i < 3; i++) outcomes.push(await submit(box, envelope()));
    expect(outcomes.map((o) => (o.ok ? (o.queued ? 'queued' : o.receipt.reference) : o.error.kind))).to.deep.equal(['fatal', 'field-errors', 'MEM-0001']);
    expect(await box.entries()).to.deep.equal([]);
  });

  it('does not queue a submit cancelled while the inner adapter works', async () => {
    const box = outbox(new MemoryAdapter({ delayMs: 2000 }), { flushOnStart: false });
    const controller = new AbortController();
    const reason = new Error('cancelled');
    setTimeout(() => controller.abort(reason), 50);
    let rejected: unknown;
    await submit(box, envelope(), controller.signal).catch((error: unknown) => (rejected = error));
    expect(rejected).to.equal(reason);
    expect(await box.entries()).to.deep.equal([]);
  });

  it('says retryable, not queued, when the envelope cannot be stored', async () => {
    const box = outbox(new MemoryAdapter().failNext({ kind: 'retryable', message: 'offline' }), { flushOnStart: false });
    // A function cannot be cloned into IndexedDB: the store fails as a full disk would.
    const e = { ...envelope(), answers: { broken: (() => 1) as unknown as string } };
    expect(await submit(box, e)).to.deep.equal({ ok: false, error: { kind: 'retryable', message: 'offline' } });
    expect(await box.entries()).to.deep.equal([]);
  });

  it('forgets a queued copy when the same submission id is then delivered directly', async () => {
    const e = envelope();
    await queueByDrops(e);
    const box = outbox(http(0), { flushOnStart: false });
    const result = await submit(box, e);
    expect(result.ok && !result.queued && result.receipt.reference).to.equal('TEST-0001');
    for (let i = 0; i < 50 && (await box.entries()).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await box.entries()).to.deep.equal([]);
    expect(await seen(e)).to.deep.equal([[2, 1]]);
  });
});

// The contract every adapter passes, through the outbox: receipts, idempotency, abort and
// refusals pass through unchanged; a retryable failure is queued instead.
runAdapterContract('OutboxAdapter(MemoryAdapter)', () => outbox(new MemoryAdapter()), {
  stored: async (box) => box.inner.submissions.map((e) => e.submissionId),
  refuseField: async (box) => {
    box.inner.failNext({ kind: 'field-errors', errors: [{ field: 'iin', code: 'iin_checksum', params: {} }] });
    return { field: 'iin', code: 'iin_checksum' };
  },
  failNext: async (box, kind) => {
    box.inner.failNext(kind === 'retryable' ? { kind, message: 'offline' } : { kind, message: 'refused' });
  },
});
