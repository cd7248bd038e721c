// The form-session part of the storage contract (issue 23), run by storageContract against every
// store: the rows themselves, then HtmlSessions over them with an injected clock.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import type { FormSessionState } from '@service-forms/core';
import { HtmlSessions } from '../html-session.js';
import { createReference, REFERENCE_PATTERN } from '../reference.js';
import { SESSION_ID_PATTERN, type FormSessionRecord, type NewFeedback, type NewFormSession, type Storage } from '../storage/storage.js';
import { newSubmission } from './storage-contract.js';

const T0 = Date.parse('2026-12-08T06:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function sessionState(overrides: Partial<FormSessionState> = {}): FormSessionState {
  return {
    formId: 'contract-form',
    formVersion: '1.0.0',
    locale: 'kk',
    answers: { fullName: 'Айгүл', members: [{ memberName: 'Ерлан' }] },
    step: 'about-you',
    history: [],
    returnToCheck: false,
    errors: {},
    ...overrides,
  };
}

const newSession = (overrides: Partial<NewFormSession> = {}): NewFormSession => ({
  formId: 'contract-form',
  formVersion: '1.0.0',
  state: sessionState(),
  csrfToken: 'csrf-token-of-the-session',
  createdAt: iso(T0),
  expiresAt: iso(T0 + 2 * HOUR),
  ...overrides,
});

/** A submission made from a session, as the route will make it (its submission id). */
const submissionOf = (session: FormSessionRecord, answers: Record<string, unknown> = { fullName: 'Айгүл' }) =>
  newSubmission({ submissionId: session.submissionId, formId: session.formId, formVersion: session.formVersion, answers });

export function sessionContract(storage: () => Storage) {
  describe('form sessions: the rows', () => {
    it('creates a session under a new opaque id (256 bits, base64url) and reads it back as written', async () => {
      const state = sessionState({ answers: { odd: 'nul\u0000, tab\t, «кавычки», lone \ud800', n: 1.5, list: ['a'] } });
      const created = await storage().createSession(newSession({ state }));
      assert.match(created.id, SESSION_ID_PATTERN);
      assert.match(created.submissionId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.deepEqual(created, {
        id: created.id,
        formId: 'contract-form',
        formVersion: '1.0.0',
        state,
        revision: 1,
        csrfToken: 'csrf-token-of-the-session',
        submissionId: created.submissionId,
        reference: undefined,
        createdAt: iso(T0),
        updatedAt: iso(T0),
        expiresAt: iso(T0 + 2 * HOUR),
      });
      assert.deepEqual(await storage().readSession(created.id), created);
      const other = await storage().createSession(newSession());
      assert.notEqual(other.id, created.id);
      assert.notEqual(other.submissionId, created.submissionId);
      assert.equal(await storage().countSessions(), 2);
    });

    it('finds nothing for an unknown id', async () => {
      await storage().createSession(newSession());
      assert.equal(await storage().readSession('A'.repeat(43)), undefined);
      assert.equal(await storage().readSession(''), undefined);
    });

    it('an update from the current revision writes the state and goes up one revision; a stale one is a conflict', async () => {
      const created = await storage().createSession(newSession());
      const state = sessionState({ step: 'contact', history: ['about-you'] });
      const updated = await storage().updateSession(created.id, 1, { state, updatedAt: iso(T0 + MINUTE), expiresAt: iso(T0 + MINUTE + 2 * HOUR) });
      assert.deepEqual(updated, { ok: true, session: { ...created, state, revision: 2, updatedAt: iso(T0 + MINUTE), expiresAt: iso(T0 + MINUTE + 2 * HOUR) } });
      const stale = await storage().updateSession(created.id, 1, { state: sessionState({ step: 'other' }), updatedAt: iso(T0 + 2 * MINUTE), expiresAt: iso(T0 + 3 * HOUR) });
      assert.deepEqual(stale, { ok: false, problem: 'conflict' });
      assert.deepEqual((await storage().readSession(created.id))!.state, state);
      assert.deepEqual(await storage().updateSession('B'.repeat(43), 1, { state, updatedAt: iso(T0), expiresAt: iso(T0) }), { ok: false, problem: 'missing' });
    });

    it('10 concurrent updates from one revision: exactly one wins, the others get a conflict', async () => {
      const created = await storage().createSession(newSession());
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => storage().updateSession(created.id, 1, { state: sessionState({ step: `page-${i}` }), updatedAt: iso(T0 + i), expiresAt: iso(T0 + HOUR) })),
      );
      const winners = results.filter((result) => result.ok);
      assert.equal(winners.length, 1);
      assert.ok(results.every((result) => result.ok || result.problem === 'conflict'));
      const stored = (await storage().readSession(created.id))!;
      assert.equal(stored.revision, 2);
      assert.deepEqual(stored, winners[0]!.ok && winners[0]!.session);
    });

    it('a touch moves the expiry later, never earlier, and makes no new revision', async () => {
      const created = await storage().createSession(newSession());
      assert.equal(await storage().touchSession(created.id, iso(T0 + 3 * HOUR)), true);
      assert.equal(await storage().touchSession(created.id, iso(T0 + HOUR)), true);
      const read = (await storage().readSession(created.id))!;
      assert.equal(read.expiresAt, iso(T0 + 3 * HOUR));
      assert.equal(read.revision, 1);
      assert.equal(await storage().touchSession('C'.repeat(43), iso(T0)), false);
    });

    it('submitting stores the submission under the session\'s submission id and marks the session with its reference', async () => {
      const created = await storage().createSession(newSession());
      const submission = submissionOf(created);
      const result = await storage().submitSession(created.id, 1, submission, createReference);
      assert.ok(result.ok);
      assert.equal(result.created, true);
      assert.match(result.record.reference, REFERENCE_PATTERN);
      assert.equal(result.record.submissionId, created.submissionId);
      assert.deepEqual(result.record.answers, submission.answers);
      assert.deepEqual(result.session, { ...created, reference: result.record.reference, revision: 2 });
      assert.deepEqual(await storage().readSession(created.id), result.session);
      assert.deepEqual(await storage().byReference(result.record.reference), result.record);
      assert.equal(await storage().count(), 1);
    });

    it('a concurrent double submit (Promise.all) stores one submission; both get its reference', async () => {
      const created = await storage().createSession(newSession());
      const submission = submissionOf(created);
      const results = await Promise.all([storage().submitSession(created.id, 1, submission, createReference), storage().submitSession(created.id, 1, submission, createReference)]);
      assert.ok(results.every((result) => result.ok));
      assert.deepEqual(results.map((result) => result.ok && result.created).sort(), [false, true]);
      assert.equal(new Set(results.map((result) => result.ok && result.record.reference)).size, 1);
      assert.equal(await storage().count(), 1);
    });

    it('10 concurrent submits of one session, and a replay later from an old revision: one submission', async () => {
      const created = await storage().createSession(newSession());
      const submission = submissionOf(created);
      const results = await Promise.all(Array.from({ length: 10 }, () => storage().submitSession(created.id, 1, submission, createReference)));
      assert.equal(results.filter((result) => result.ok && result.created).length, 1);
      const references = new Set(results.map((result) => (result.ok ? result.record.reference : 'refused')));
      assert.equal(references.size, 1);
      const replay = await storage().submitSession(created.id, 1, { ...submission, answers: { fullName: 'someone else' } }, createReference);
      assert.ok(replay.ok);
      assert.equal(replay.created, false);
      assert.equal(replay.record.reference, [...references][0]);
      assert.deepEqual(replay.record.answers, submission.answers);
      assert.equal(await storage().count(), 1);
    });

    it('a submit from a stale revision of a session not yet sent is a conflict and stores nothing', async () => {
      const created = await storage().createSession(newSession());
      await storage().updateSession(created.id, 1, { state: sessionState({ step: 'contact' }), updatedAt: iso(T0 + 1), expiresAt: iso(T0 + HOUR) });
      assert.deepEqual(await storage().submitSession(created.id, 1, submissionOf(created), createReference), { ok: false, problem: 'conflict' });
      assert.deepEqual(await storage().submitSession('D'.repeat(43), 1, submissionOf(created), createReference), { ok: false, problem: 'missing' });
      assert.equal(await storage().count(), 0);
      assert.equal((await storage().readSession(created.id))!.reference, undefined);
    });

    it('refuses a submission under another id than the session\'s, storing nothing', async () => {
      const created = await storage().createSession(newSession());
      await assert.rejects(storage().submitSession(created.id, 1, newSubmission({ submissionId: randomUUID() }), createReference), { name: 'SessionSubmissionMismatchError' });
      assert.equal(await storage().count(), 0);
    });

    it('a sent session takes no more writes or touches', async () => {
      const created = await storage().createSession(newSession());
      await storage().submitSession(created.id, 1, submissionOf(created), createReference);
      assert.deepEqual(await storage().updateSession(created.id, 2, { state: sessionState(), updatedAt: iso(T0), expiresAt: iso(T0 + HOUR) }), { ok: false, problem: 'submitted' });
      assert.equal(await storage().touchSession(created.id, iso(T0 + 5 * HOUR)), false);
      assert.equal((await storage().readSession(created.id))!.expiresAt, iso(T0 + 2 * HOUR));
    });

    it('a reference clash while submitting draws another reference, in one transaction', async () => {
      const taken = await storage().insert(newSubmission(), createReference);
      const created = await storage().createSession(newSession());
      const offered = [taken.record.reference, 'SF-7K3Q-9M4X'];
      const result = await storage().submitSession(created.id, 1, submissionOf(created), () => offered.shift()!);
      assert.ok(result.ok);
      assert.equal(result.record.reference, 'SF-7K3Q-9M4X');
      assert.equal(result.session.reference, 'SF-7K3Q-9M4X');
      assert.equal(await storage().count(), 2);
    });

    it('deletes a session (its submission stays) and purges by expiry; unwritten rows by their own cutoff', async () => {
      const sent = await storage().createSession(newSession());
      await storage().submitSession(sent.id, 1, submissionOf(sent), createReference);
      assert.equal(await storage().deleteSession(sent.id), true);
      assert.equal(await storage().deleteSession(sent.id), false);
      assert.equal(await storage().readSession(sent.id), undefined);
      assert.equal(await storage().count(), 1);

      const early = await storage().createSession(newSession({ expiresAt: iso(T0 + HOUR) }));
      await storage().updateSession(early.id, 1, { state: sessionState(), updatedAt: iso(T0), expiresAt: iso(T0 + HOUR) });
      const unwritten = await storage().createSession(newSession({ expiresAt: iso(T0 + HOUR) }));
      const late = await storage().createSession(newSession({ expiresAt: iso(T0 + 3 * HOUR) }));
      assert.equal(await storage().purgeSessions({ before: iso(T0 + HOUR) }), 0, 'expiring exactly at the cutoff is kept');
      assert.equal(await storage().purgeSessions({ before: iso(T0 + HOUR - 1), unwrittenBefore: iso(T0 + HOUR + 1) }), 1);
      assert.equal(await storage().readSession(unwritten.id), undefined);
      assert.equal(await storage().purgeSessions({ before: iso(T0 + 2 * HOUR) }), 1);
      assert.equal(await storage().readSession(early.id), undefined);
      assert.ok(await storage().readSession(late.id));
      assert.equal(await storage().countSessions(), 1);
    });

    it('feedback of a sent session is stored once, with nothing of the session in its row; not for a session not sent or unknown', async () => {
      const feedback: NewFeedback = {
        formId: 'contract-form',
        formVersion: '1.0.0',
        week: '2026-W50',
        locale: 'kk',
        region: '',
        given: 'confirmation',
        rating: 'satisfied',
        comment: 'Жақсы. [phone]',
      };
      const open = await storage().createSession(newSession());
      assert.equal(await storage().insertSessionFeedback(open.id, feedback), false, 'not sent: nothing stored');
      assert.equal(await storage().insertSessionFeedback('A'.repeat(43), feedback), false, 'no such session');
      assert.equal(await storage().sessionFeedbackGiven(open.id), false);

      const sent = await storage().createSession(newSession());
      await storage().submitSession(sent.id, 1, submissionOf(sent), createReference);
      assert.equal(await storage().sessionFeedbackGiven(sent.id), false);
      // A double post (Promise.all) and a later one: one row.
      const results = await Promise.all([storage().insertSessionFeedback(sent.id, feedback), storage().insertSessionFeedback(sent.id, { ...feedback, rating: 'dissatisfied' })]);
      assert.deepEqual(results.sort(), [false, true]);
      assert.equal(await storage().insertSessionFeedback(sent.id, feedback), false);
      assert.equal(await storage().sessionFeedbackGiven(sent.id), true);
      const rows = await storage().listFeedback('contract-form');
      assert.equal(rows.length, 1);
      assert.deepEqual({ ...rows[0], rating: 'satisfied' }, feedback);
      assert.equal(await storage().sessionFeedbackGiven(open.id), false, 'another session');

      // Deleting the session forgets that it gave feedback; the feedback stays.
      assert.equal(await storage().deleteSession(sent.id), true);
      assert.equal(await storage().sessionFeedbackGiven(sent.id), false);
      assert.equal((await storage().listFeedback('contract-form')).length, 1);
      const purged = await storage().createSession(newSession({ expiresAt: iso(T0 + HOUR) }));
      await storage().submitSession(purged.id, 1, submissionOf(purged), createReference);
      assert.equal(await storage().insertSessionFeedback(purged.id, feedback), true);
      assert.equal(await storage().purgeSessions({ before: iso(T0 + 2 * HOUR) }), 1);
      assert.equal(await storage().sessionFeedbackGiven(purged.id), false);
      await storage().clear();
      assert.equal((await storage().listFeedback('contract-form')).length, 0);
    });

    it('clear() empties the session rows too', async () => {
      const created = await storage().createSession(newSession());
      await storage().submitSession(created.id, 1, submissionOf(created), createReference);
      await storage().clear();
      assert.equal(await storage().countSessions(), 0);
      assert.equal(await storage().count(), 0);
    });
  });

  describe('form sessions: HtmlSessions over the rows, with an injected clock', () => {
    let now = T0;
    let sessions: HtmlSessions;
    beforeEach(() => {
      now = T0;
      sessions = new HtmlSessions(storage(), { now: () => now, settings: { idleSeconds: 2 * 3600, maxAgeSeconds: 12 * 3600, graceSeconds: 24 * 3600 } });
    });

    it('a started session is active, and each page shown slides its expiry, up to the maximum age', async () => {
      const started = await sessions.start(sessionState());
      assert.equal(started.expiresAt, iso(T0 + 2 * HOUR));
      assert.equal(started.csrfToken.length, 43);
      now = T0 + HOUR;
      const opened = await sessions.open(started.id, 'contract-form');
      assert.equal(opened.status, 'active');
      assert.equal((await storage().readSession(started.id))!.expiresAt, iso(T0 + 3 * HOUR));
      for (let hour = 2; hour <= 11; hour++) {
        now = T0 + hour * HOUR;
        assert.equal((await sessions.open(started.id, 'contract-form')).status, 'active');
      }
      assert.equal((await storage().readSession(started.id))!.expiresAt, iso(T0 + 12 * HOUR), 'capped at 12 hours after creation');
      assert.equal((await storage().readSession(started.id))!.revision, 1, 'showing a page writes no revision');
    });

    it('no cookie, a malformed one, an unknown id, or another form\'s session: none', async () => {
      const started = await sessions.start(sessionState());
      assert.deepEqual(await sessions.open(undefined, 'contract-form'), { status: 'none' });
      assert.deepEqual(await sessions.open('not-an-id', 'contract-form'), { status: 'none' });
      assert.deepEqual(await sessions.open('E'.repeat(43), 'contract-form'), { status: 'none' });
      assert.deepEqual(await sessions.open(started.id, 'another-form'), { status: 'none' });
      assert.ok(await storage().readSession(started.id), 'another form\'s lookup leaves the row alone');
    });

    it('after 2 idle hours a session with answers is expired but held; after the grace it is gone and deleted', async () => {
      const started = await sessions.start(sessionState());
      const saved = await sessions.save(started, sessionState({ step: 'contact', answers: { fullName: 'Ерлан' } }));
      assert.ok(saved.ok);
      now = T0 + 2 * HOUR - 1;
      assert.equal((await sessions.open(started.id, 'contract-form')).status, 'active');
      now = T0 + 4 * HOUR; // it expired at T0 + 4h - 1 (slid by the open above)
      const expired = await sessions.open(started.id, 'contract-form');
      assert.equal(expired.status, 'expired');
      assert.equal(expired.status === 'expired' && expired.session.state.answers.fullName, 'Ерлан');
      assert.deepEqual(await sessions.save(saved.session, sessionState()), { ok: false, problem: 'expired' });
      now = T0 + 28 * HOUR;
      assert.deepEqual(await sessions.open(started.id, 'contract-form'), { status: 'none' });
      assert.equal(await storage().readSession(started.id), undefined);
    });

    it('an expired session with no answer written is gone at once', async () => {
      const started = await sessions.start(sessionState());
      now = T0 + 2 * HOUR;
      assert.deepEqual(await sessions.open(started.id, 'contract-form'), { status: 'none' });
      assert.equal(await storage().countSessions(), 0);
    });

    it('resuming moves the answers to a new id and CSRF token; a second resume of the old one finds it gone', async () => {
      const started = await sessions.start(sessionState());
      const saved = await sessions.save(started, sessionState({ step: 'contact', answers: { fullName: 'Ерлан' } }));
      assert.ok(saved.ok);
      now = T0 + 3 * HOUR;
      const expired = await sessions.open(started.id, 'contract-form');
      assert.equal(expired.status, 'expired');
      const [first, second] = await Promise.all([sessions.resume(saved.session), sessions.resume(saved.session)]);
      const results = [first!, second!];
      const won = results.find((result) => result.ok);
      assert.ok(won?.ok);
      assert.deepEqual(results.find((result) => !result.ok), { ok: false, problem: 'missing' });
      assert.notEqual(won.session.id, started.id);
      assert.notEqual(won.session.csrfToken, started.csrfToken);
      assert.deepEqual(won.session.state, saved.session.state);
      assert.equal(won.session.createdAt, iso(now));
      assert.equal(await storage().readSession(started.id), undefined);
      assert.equal((await sessions.open(won.session.id, 'contract-form')).status, 'active');
      assert.equal(await storage().countSessions(), 1);
      // It holds answers: expired again without a write, it is still within its grace.
      assert.ok(won.session.revision > 1);
      now += 2 * HOUR;
      assert.equal((await sessions.open(won.session.id, 'contract-form')).status, 'expired');
    });

    it('a double POST of a page: one save wins, the other is a conflict (nothing written twice)', async () => {
      const started = await sessions.start(sessionState());
      const opened = await sessions.open(started.id, 'contract-form');
      assert.equal(opened.status, 'active');
      const session = opened.status === 'active' ? opened.session : started;
      const results = await Promise.all([sessions.save(session, sessionState({ step: 'contact' })), sessions.save(session, sessionState({ step: 'contact' }))]);
      assert.deepEqual(results.map((result) => (result.ok ? 'ok' : result.problem)).sort(), ['conflict', 'ok']);
      assert.equal((await storage().readSession(started.id))!.revision, 2);
    });

    it('a double POST of the last page stores one submission; afterwards the session is submitted, and a replay gives the same reference', async () => {
      const started = await sessions.start(sessionState());
      const saved = await sessions.save(started, sessionState({ step: 'check-answers' }));
      assert.ok(saved.ok);
      const submission = submissionOf(saved.session);
      const results = await Promise.all([sessions.submit(saved.session, submission), sessions.submit(saved.session, submission)]);
      assert.ok(results.every((result) => result.ok));
      assert.deepEqual(results.map((result) => result.ok && result.created).sort(), [false, true]);
      const reference = results[0]!.ok ? results[0]!.reference : '';
      assert.match(reference, REFERENCE_PATTERN);
      assert.equal(results[1]!.ok && results[1]!.reference, reference);
      assert.equal(await storage().count(), 1);
      const opened = await sessions.open(started.id, 'contract-form');
      assert.equal(opened.status, 'submitted');
      assert.equal(opened.status === 'submitted' && opened.session.reference, reference);
      now = T0 + 3 * HOUR; // expired, within grace: the replay still finds the reference
      const replay = await sessions.submit(opened.status === 'submitted' ? opened.session : saved.session, submission);
      assert.ok(replay.ok);
      assert.equal(replay.created, false);
      assert.equal(replay.reference, reference);
      const after = await sessions.open(started.id, 'contract-form');
      assert.equal(after.status, 'submitted');
      assert.deepEqual(await sessions.save(after.status === 'submitted' ? after.session : saved.session, sessionState()), { ok: false, problem: 'submitted' });
      assert.equal(await storage().count(), 1);
    });

    it('submitting an expired session (not sent) is refused as expired, storing nothing', async () => {
      const started = await sessions.start(sessionState());
      const saved = await sessions.save(started, sessionState({ step: 'check-answers' }));
      assert.ok(saved.ok);
      now = T0 + 2 * HOUR;
      assert.deepEqual(await sessions.submit(saved.session, submissionOf(saved.session)), { ok: false, problem: 'expired' });
      assert.equal(await storage().count(), 0);
    });

    it('purge removes sessions past their grace and unwritten expired ones, keeps the rest', async () => {
      const unwritten = await sessions.start(sessionState());
      const held = await sessions.start(sessionState());
      await sessions.save(held, sessionState({ step: 'contact' }));
      await sessions.start(sessionState()); // never written either
      now = T0 + 3 * HOUR;
      const fresh = await sessions.start(sessionState());
      await sessions.save(fresh, sessionState({ step: 'contact' }));
      assert.equal(await sessions.purge(), 2, 'the two unwritten expired ones');
      assert.equal(await storage().readSession(unwritten.id), undefined);
      assert.ok(await storage().readSession(held.id), 'answers held in the grace period');
      now = T0 + 2 * HOUR + 24 * HOUR;
      assert.equal(await sessions.purge(), 0, 'the grace ends after, not at, its last millisecond');
      now += 1;
      assert.equal(await sessions.purge(), 1);
      assert.equal(await storage().readSession(held.id), undefined);
      assert.ok(await storage().readSession(fresh.id));
    });

    it('ending a session deletes its row', async () => {
      const started = await sessions.start(sessionState());
      await sessions.end(started.id);
      assert.equal(await storage().readSession(started.id), undefined);
      await sessions.end('not an id');
    });
  });
}
