import { expect } from '@open-wc/testing';
import type { Feedback } from '@service-forms/core';
import { besideEndpoint, FetchAdapter } from './fetch-adapter.js';
import { MemoryAdapter } from '../memory/memory-adapter.js';
import { OutboxAdapter } from '../outbox/outbox-adapter.js';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each request and answers `status`, or throws when `status` is an Error. */
function recordingFetch(status: number | Error, seen: Seen[]): typeof fetch {
  return async (input, init) => {
    seen.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: JSON.parse(String(init?.body)),
    });
    if (status instanceof Error) throw status;
    return new Response(status === 201 ? '{"status":"received"}' : '{"error":"bad_feedback","message":"comment: too long"}', { status, headers: { 'content-type': 'application/json' } });
  };
}

const FEEDBACK: Feedback = { formId: 'job-seeker', formVersion: '1.0.0', locale: 'ru', given: 'confirmation', rating: 'dissatisfied', comment: '  Не понял, какой документ нужен \n', region: 'almaty-city' };

describe('FetchAdapter: feedback', () => {
  it('POSTs exactly the keys of docs/analytics.md as JSON beside the submissions endpoint, comment trimmed', async () => {
    const seen: Seen[] = [];
    const adapter = new FetchAdapter({ endpoint: '/api/submissions', fetch: recordingFetch(201, seen), headers: () => ({ 'X-CSRF-Token': 't1' }) });
    expect(await adapter.sendFeedback(FEEDBACK)).to.deep.equal({ ok: true });
    expect(seen).to.deep.equal([
      {
        url: '/api/feedback',
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': 't1' },
        body: { formId: 'job-seeker', formVersion: '1.0.0', locale: 'ru', given: 'confirmation', rating: 'dissatisfied', comment: 'Не понял, какой документ нужен', region: 'almaty-city' },
      },
    ]);
  });

  it('leaves out an empty comment and a missing region; feedbackEndpoint wins', async () => {
    const seen: Seen[] = [];
    const adapter = new FetchAdapter({ endpoint: '/api/submissions', feedbackEndpoint: 'https://forms.example.kz/fb', fetch: recordingFetch(201, seen) });
    await adapter.sendFeedback({ formId: 'f', formVersion: '2.0.0', locale: 'kk', given: 'failed', rating: 'neither', comment: '   ' });
    expect(seen.map((s) => [s.url, s.body])).to.deep.equal([['https://forms.example.kz/fb', { formId: 'f', formVersion: '2.0.0', locale: 'kk', given: 'failed', rating: 'neither' }]]);
  });

  it('says why it was not received: 5xx and network errors are retryable, 400 fatal; one attempt each', async () => {
    for (const [status, kind] of [[503, 'retryable'], [429, 'retryable'], [400, 'fatal'], [new TypeError('Failed to fetch'), 'retryable']] as const) {
      const seen: Seen[] = [];
      const result = await new FetchAdapter({ endpoint: '/api/submissions', fetch: recordingFetch(status, seen) }).sendFeedback(FEEDBACK);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.error.kind).to.equal(kind);
      expect(seen.length).to.equal(1);
    }
  });

  it('finds the feedback route next to the submissions endpoint', () => {
    expect(besideEndpoint('/api/submissions', 'feedback')).to.equal('/api/feedback');
    expect(besideEndpoint('https://x.kz/service/api/submissions?x=1#y', 'feedback')).to.equal('https://x.kz/service/api/feedback');
    expect(besideEndpoint(new URL('https://x.kz/api/submissions'), 'feedback')).to.equal('https://x.kz/api/feedback');
  });
});

describe('MemoryAdapter and OutboxAdapter: feedback', () => {
  it('the memory adapter keeps a copy of each feedback', async () => {
    const adapter = new MemoryAdapter();
    const feedback = { ...FEEDBACK };
    expect(await adapter.sendFeedback(feedback)).to.deep.equal({ ok: true });
    feedback.rating = 'satisfied';
    expect(adapter.feedback).to.deep.equal([FEEDBACK]);
  });

  it('the outbox hands feedback straight to its inner adapter, or says it cannot', async () => {
    const inner = new MemoryAdapter();
    const outbox = new OutboxAdapter(inner, { name: `feedback-${Math.random()}`, retry: false });
    expect(await outbox.sendFeedback(FEEDBACK)).to.deep.equal({ ok: true });
    expect(inner.feedback).to.deep.equal([FEEDBACK]);
    const plain = new OutboxAdapter({ submit: async () => ({ ok: false, error: { kind: 'fatal', message: 'no' } }) }, { name: `feedback-${Math.random()}`, retry: false });
    const result = await plain.sendFeedback(FEEDBACK);
    expect(result.ok).to.equal(false);
    outbox.close();
    plain.close();
  });
});
