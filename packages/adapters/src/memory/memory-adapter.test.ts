import { expect } from '@open-wc/testing';
import { createSubmissionId, type SubmissionEnvelope } from '@service-forms/core';
import { runAdapterContract } from '../testing/adapter-contract.js';
import { MemoryAdapter } from './memory-adapter.js';

runAdapterContract('MemoryAdapter', () => new MemoryAdapter(), {
  stored: async (adapter) => adapter.submissions.map((envelope) => envelope.submissionId),
  refuseField: async (adapter) => {
    adapter.failNext({ kind: 'field-errors', errors: [{ field: 'iin', code: 'iin_checksum', params: {} }] });
    return { field: 'iin', code: 'iin_checksum' };
  },
  failNext: async (adapter, kind) => {
    adapter.failNext(kind === 'retryable' ? { kind, message: 'offline' } : { kind, message: 'refused' });
  },
});

function envelope(): SubmissionEnvelope {
  return {
    submissionId: createSubmissionId(),
    formId: 'feedback',
    formVersion: '1',
    locale: 'ru',
    answers: { rating: '4' },
    files: {},
    createdAt: '2026-11-27T10:15:00+05:00',
  };
}

describe('MemoryAdapter', () => {
  it('numbers references MEM-0001, MEM-0002, … or as the reference option says', async () => {
    const plain = new MemoryAdapter();
    const signal = new AbortController().signal;
    const refs = [];
    for (let i = 0; i < 2; i++) refs.push(await plain.submit(envelope(), { signal }));
    expect(refs.map((r) => r.ok && r.receipt.reference)).to.deep.equal(['MEM-0001', 'MEM-0002']);
    const custom = new MemoryAdapter({ reference: (n) => `SF-${n * 7}` });
    const result = await custom.submit(envelope(), { signal });
    expect(result.ok && result.receipt.reference).to.equal('SF-7');
  });

  it('fails queued failures in order, then stores; calls counts every attempt', async () => {
    const adapter = new MemoryAdapter().failNext({ kind: 'retryable', message: 'offline' }).failNext({ kind: 'fatal', message: 'gone' });
    const e = envelope();
    const signal = new AbortController().signal;
    const results = [await adapter.submit(e, { signal }), await adapter.submit(e, { signal }), await adapter.submit(e, { signal })];
    expect(results.map((r) => (r.ok ? r.receipt.reference : r.error.kind))).to.deep.equal(['retryable', 'fatal', 'MEM-0001']);
    expect(adapter.calls).to.equal(3);
    expect(adapter.submissions).to.have.length(1);
  });

  it('keeps a copy of the envelope, not the caller’s object', async () => {
    const adapter = new MemoryAdapter();
    const e = envelope();
    await adapter.submit(e, { signal: new AbortController().signal });
    e.answers.rating = '1';
    expect(adapter.submissions[0]!.answers.rating).to.equal('4');
  });

  it('rejects with the abort reason when aborted during its delay, and stores nothing', async () => {
    const adapter = new MemoryAdapter({ delayMs: 2000 });
    const controller = new AbortController();
    const reason = new Error('cancelled');
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    let rejected: unknown;
    await adapter.submit(envelope(), { signal: controller.signal }).catch((error: unknown) => (rejected = error));
    expect(rejected).to.equal(reason);
    expect(performance.now() - started).to.be.below(1000);
    expect(adapter.submissions).to.deep.equal([]);
  });
});
