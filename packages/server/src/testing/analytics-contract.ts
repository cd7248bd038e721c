import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventCount, NewFeedback, Storage } from '../storage/storage.js';

/** The columns of the analytics tables (issue 16): nothing that could tell one person's events apart. */
export const ANALYTICS_COLUMNS = {
  analytics_counts: ['form_id', 'form_version', 'week', 'locale', 'region', 'step', 'kind', 'field', 'code', 'n'],
  feedback: ['id', 'form_id', 'form_version', 'week', 'locale', 'region', 'given', 'rating', 'comment'],
};

/** A counter of the contract's form (the fields not given: a page-reached of `about` in kk, week 50). */
export function eventCount(overrides: Partial<EventCount> = {}): EventCount {
  return { formId: 'contract-form', formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about', kind: 'page-reached', field: '', code: '', n: 1, ...overrides };
}

export function feedback(overrides: Partial<NewFeedback> = {}): NewFeedback {
  return { formId: 'contract-form', formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', given: 'confirmation', rating: 'satisfied', comment: undefined, ...overrides };
}

/**
 * Feedback and progress-event counters (issue 16), in the same suite as submissions and
 * sessions: `storage()` is the suite's storage, emptied before each test.
 */
export function analyticsContract(storage: () => Storage) {
  describe('analytics: event counters and feedback', () => {
    it('adds counts to counters, merging equal keys, and sums them over the dimensions not asked for', async () => {
      const s = storage();
      await s.addEventCounts([
        eventCount(),
        eventCount(),
        eventCount({ locale: 'ru', region: 'astana' }),
        eventCount({ kind: 'page-failed' }),
        eventCount({ kind: 'error', field: 'iin', code: 'iin_checksum', n: 2 }),
        eventCount({ week: '2026-W51', step: 'documents' }),
        eventCount({ formId: 'other-form' }),
      ]);
      await s.addEventCounts([eventCount({ n: 3 })]);
      assert.equal(await s.countEvents(), 11);
      assert.deepEqual(await s.eventCounts('contract-form', ['formVersion', 'week', 'locale', 'region']), [
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about', kind: 'error', field: 'iin', code: 'iin_checksum', n: 2 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about', kind: 'page-failed', field: '', code: '', n: 1 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about', kind: 'page-reached', field: '', code: '', n: 5 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'ru', region: 'astana', step: 'about', kind: 'page-reached', field: '', code: '', n: 1 },
        { formVersion: '1.0.0', week: '2026-W51', locale: 'kk', region: '', step: 'documents', kind: 'page-reached', field: '', code: '', n: 1 },
      ]);
      assert.deepEqual(await s.eventCounts('contract-form', []), [
        { step: 'about', kind: 'error', field: 'iin', code: 'iin_checksum', n: 2 },
        { step: 'about', kind: 'page-failed', field: '', code: '', n: 1 },
        { step: 'about', kind: 'page-reached', field: '', code: '', n: 6 },
        { step: 'documents', kind: 'page-reached', field: '', code: '', n: 1 },
      ]);
      assert.deepEqual(
        (await s.eventCounts('contract-form', ['region'])).filter((row) => row.kind === 'page-reached'),
        [
          { region: '', step: 'about', kind: 'page-reached', field: '', code: '', n: 5 },
          { region: '', step: 'documents', kind: 'page-reached', field: '', code: '', n: 1 },
          { region: 'astana', step: 'about', kind: 'page-reached', field: '', code: '', n: 1 },
        ],
      );
      assert.deepEqual(await s.eventCounts('no-such-form', []), []);
    });

    it('20 concurrent batches over the same counters, in opposite orders, add up exactly', { timeout: 30_000 }, async () => {
      const s = storage();
      const keys = ['a', 'b', 'c', 'd', 'e'].map((step) => eventCount({ step }));
      await Promise.all(Array.from({ length: 20 }, (_, i) => s.addEventCounts(i % 2 === 0 ? keys : [...keys].reverse())));
      const rows = await s.eventCounts('contract-form', []);
      assert.deepEqual(rows.map((row) => [row.step, row.n]), [['a', 20], ['b', 20], ['c', 20], ['d', 20], ['e', 20]]);
    });

    it('an empty batch writes nothing', async () => {
      await storage().addEventCounts([]);
      assert.equal(await storage().countEvents(), 0);
    });

    it('stores feedback (comment or none, Kazakh and Russian kept), lists it by week, counts it per rating', async () => {
      const s = storage();
      await s.insertFeedback(feedback({ week: '2026-W51', rating: 'very-dissatisfied', comment: 'Көп күттім. Долго ждал [phone]' }));
      await s.insertFeedback(feedback());
      await s.insertFeedback(feedback({ given: 'abandoned', locale: 'ru', region: 'shymkent', rating: 'dissatisfied' }));
      await s.insertFeedback(feedback({ formId: 'other-form' }));
      const listed = await s.listFeedback('contract-form');
      assert.equal(listed.length, 3);
      assert.deepEqual(listed[2], feedback({ week: '2026-W51', rating: 'very-dissatisfied', comment: 'Көп күттім. Долго ждал [phone]' }));
      assert.deepEqual(new Set(listed.slice(0, 2).map((row) => row.rating)), new Set(['satisfied', 'dissatisfied']));
      assert.deepEqual(await s.feedbackCounts('contract-form', []), [
        { given: 'abandoned', rating: 'dissatisfied', n: 1 },
        { given: 'confirmation', rating: 'satisfied', n: 1 },
        { given: 'confirmation', rating: 'very-dissatisfied', n: 1 },
      ]);
      assert.deepEqual(await s.feedbackCounts('contract-form', ['locale', 'region']), [
        { locale: 'kk', region: '', given: 'confirmation', rating: 'satisfied', n: 1 },
        { locale: 'kk', region: '', given: 'confirmation', rating: 'very-dissatisfied', n: 1 },
        { locale: 'ru', region: 'shymkent', given: 'abandoned', rating: 'dissatisfied', n: 1 },
      ]);
    });

    it('clear empties the counters and the feedback', async () => {
      const s = storage();
      await s.addEventCounts([eventCount()]);
      await s.insertFeedback(feedback());
      await s.clear();
      assert.equal(await s.countEvents(), 0);
      assert.deepEqual(await s.listFeedback('contract-form'), []);
    });
  });
}
