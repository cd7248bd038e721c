// Feedback and progress events through the reference server (issue 16, docs/analytics.md): the
// wire format's refusals, aggregates of 10 000 seeded events recomputed independently here,
// k-suppression, masking, and nothing personal in the database file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../app.js';
import { DefinitionStore } from '../definitions.js';
import { SqliteStorage } from '../storage/sqlite.js';
import type { NewFeedback, Storage } from '../storage/storage.js';
import { EXPORT_TOKEN } from '../testing/server.js';
import { isoWeek } from './week.js';

const FORMS = fileURLToPath(new URL('../../../../examples/forms/', import.meta.url));
const FORM = 'job-seeker-registration';
const DAY = 86_400_000;
/** The server's clock: Wednesday 2026-12-09 12:00 UTC, in ISO week 2026-W50. */
const NOW = Date.parse('2026-12-09T12:00:00Z');
const auth = { authorization: `Bearer ${EXPORT_TOKEN}` };

/** A small seeded random generator (mulberry32): the same 10 000 events every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let attempts = 0;
const attemptId = () => `attempt-${String(++attempts).padStart(12, '0')}`;

function event(overrides: Record<string, unknown> = {}) {
  return { type: 'page-reached', formId: FORM, formVersion: '1.0.0', step: 'about-you', locale: 'kk', attempt: attemptId(), at: new Date(NOW).toISOString(), ...overrides };
}

describe('feedback and progress events', () => {
  let dir: string;
  let file: string;
  let app: FastifyInstance;
  let storage: Storage;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-analytics-'));
    file = join(dir, 'analytics.db');
    storage = new SqliteStorage(file, { synchronous: 'NORMAL' });
    app = await buildServer({
      storage,
      definitions: await DefinitionStore.load(FORMS),
      exportToken: EXPORT_TOKEN,
      limits: { ratePerMinute: false },
      log: { level: 'silent' },
      analytics: { now: () => NOW },
      htmlFlow: false,
    });
  });
  beforeEach(async () => {
    await storage.clear();
  });
  after(async () => {
    await app.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const postEvents = (body: unknown, type = 'text/plain;charset=UTF-8', headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/events', headers: { 'content-type': type, ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
  const postFeedback = (body: unknown, type = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/feedback', headers: { 'content-type': type }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
  const analytics = async (query = '') => {
    const response = await app.inject({ url: `/api/forms/${FORM}/analytics.json${query}`, headers: auth });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  describe('POST /api/events', () => {
    it('takes a beacon (text/plain) and a JSON batch: 204, no body, no cookie; the counters hold the week, not the time', async () => {
      const beacon = await postEvents({ events: [event(), event({ type: 'page-failed', errors: [{ field: 'iin', code: 'iin_checksum' }] })] });
      assert.equal(beacon.statusCode, 204, beacon.body);
      assert.equal(beacon.body, '');
      assert.equal(beacon.headers['set-cookie'], undefined);
      const json = await postEvents({ events: [event({ type: 'submitted', step: 'check-answers', locale: 'ru', region: 'astana' })] }, 'application/json');
      assert.equal(json.statusCode, 204, json.body);
      assert.deepEqual(await storage.eventCounts(FORM, ['formVersion', 'week', 'locale', 'region']), [
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about-you', kind: 'error', field: 'iin', code: 'iin_checksum', n: 1 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about-you', kind: 'page-failed', field: '', code: '', n: 1 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'kk', region: '', step: 'about-you', kind: 'page-reached', field: '', code: '', n: 1 },
        { formVersion: '1.0.0', week: '2026-W50', locale: 'ru', region: 'astana', step: 'check-answers', kind: 'submitted', field: '', code: '', n: 1 },
      ]);
    });

    it('counts an event sent twice in one batch once; a repeated item\'s field loses its item number', async () => {
      const failed = event({ type: 'page-failed', step: 'languages', errors: [{ field: 'languages[1].level', code: 'required' }] });
      assert.equal((await postEvents({ events: [failed, failed, { ...failed, at: new Date(NOW - 1000).toISOString() }] })).statusCode, 204);
      assert.deepEqual(
        (await storage.eventCounts(FORM, [])).map(({ kind, field, n }) => [kind, field, n]),
        [['error', 'languages[].level', 1], ['page-failed', '', 1]],
      );
    });

    it('rounds the client time to its UTC date\'s ISO week, and does not trust a clock far off', async () => {
      const at = (text: string) => event({ at: text, step: 'contact' });
      await postEvents({ events: [at('2026-12-07T03:00:00+05:00'), at('2026-12-07T05:00:00+05:00'), at('2026-11-01T10:00:00Z'), at('2027-01-01T10:00:00Z')] });
      assert.deepEqual((await storage.eventCounts(FORM, ['week'])).map(({ week, n }) => [week, n]), [['2026-W49', 1], ['2026-W50', 3]]);
      assert.equal(isoWeek(Date.parse('2026-01-01T00:00:00Z')), '2026-W01');
      assert.equal(isoWeek(Date.parse('2027-01-01T00:00:00Z')), '2026-W53');
      assert.equal(isoWeek(Date.parse('2024-12-30T00:00:00Z')), '2025-W01');
    });

    const refusals: [string, unknown, number, string, string | undefined][] = [
      ['not JSON', '{"events": [', 400, 'malformed_json', undefined],
      ['no events key', { evnts: [] }, 400, 'bad_events', 'events'],
      ['an empty batch', { events: [] }, 400, 'bad_events', 'events'],
      ['51 events', { events: Array.from({ length: 51 }, () => event()) }, 400, 'bad_events', 'events'],
      ['an unknown type', { events: [event(), event({ type: 'clicked' })] }, 400, 'bad_events', 'events[1].type'],
      ['an unknown key (an answer smuggled in)', { events: [event({ iin: '900115300014' })] }, 400, 'bad_events', 'events[0]'],
      ['a short attempt id', { events: [event({ attempt: 'abc' })] }, 400, 'bad_events', 'events[0].attempt'],
      ['a time without an offset', { events: [event({ at: '2026-12-09 10:00' })] }, 400, 'bad_events', 'events[0].at'],
      ['a failed page without errors', { events: [event({ type: 'page-failed' })] }, 400, 'bad_events', 'events[0].errors'],
      ['errors on a reached page', { events: [event({ errors: [{ field: 'iin', code: 'required' }] })] }, 400, 'bad_events', 'events[0].errors'],
      ['an error code core does not have', { events: [event({ type: 'page-failed', errors: [{ field: 'iin', code: 'wrong iin 900115300014' }] })] }, 400, 'bad_events', 'events[0].errors[0].code'],
      ['an error with a value', { events: [event({ type: 'page-failed', errors: [{ field: 'iin', code: 'required', value: '900115300014' }] })] }, 400, 'bad_events', 'events[0].errors[0]'],
      ['an unknown form', { events: [event({ formId: 'no-such-form' })] }, 422, 'unknown_form', 'events[0].formId'],
      ['an unknown version', { events: [event({ formVersion: '9.9.9' })] }, 422, 'unknown_form_version', 'events[0].formVersion'],
      ['a step that is no page', { events: [event({ step: 'payment' })] }, 422, 'not_in_form', 'events[0].step'],
      ['a locale the form does not have', { events: [event({ locale: 'de' })] }, 422, 'not_in_form', 'events[0].locale'],
      ['a field the form does not have', { events: [event({ type: 'page-failed', errors: [{ field: 'passport', code: 'required' }] })] }, 422, 'not_in_form', 'events[0].errors[0].field'],
      ['a region that is no option (free text)', { events: [event({ region: 'Алматы, ул. Абая 10' })] }, 422, 'not_in_form', 'events[0].region'],
      ['a region for a form that marks none', { events: [event({ formId: 'service-feedback', step: 'rating', region: 'astana' })] }, 422, 'not_in_form', 'events[0].region'],
    ];
    for (const [name, body, status, error, path] of refusals) {
      it(`refuses ${name}: ${status} ${error}${path ? ` at ${path}` : ''}, nothing stored`, async () => {
        const response = await postEvents(body);
        assert.equal(response.statusCode, status, response.body);
        const answer = response.json();
        assert.equal(answer.error, error);
        assert.equal(answer.path, path);
        if (path) assert.ok(answer.message.startsWith(`${path}: `), answer.message);
        assert.doesNotMatch(answer.message, /900115300014|wrong iin|Абая|clicked|smuggled/);
        assert.equal(await storage.countEvents(), 0);
      });
    }

    it('names the path and the reason: a wrong type, a list too long', async () => {
      assert.deepEqual((await postEvents({ events: [event({ step: 3 })] })).json(), { error: 'bad_events', path: 'events[0].step', message: 'events[0].step: must be a string' });
      assert.deepEqual((await postEvents({ events: Array.from({ length: 51 }, () => event()) })).json(), { error: 'bad_events', path: 'events', message: 'events: must have at most 50 items' });
      assert.deepEqual((await postEvents({ events: [event({ type: 'x' })] })).json().message, 'events[0].type: must be one of "page-reached", "page-failed", "submitted", "abandoned"');
    });

    it('refuses a body over 16 KiB (413), another content type (415), another origin (403)', async () => {
      const big = await postEvents({ events: [event()], padding: 'x'.repeat(16 * 1024) });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error, 'too_large');
      const form = await postEvents('events=1', 'application/x-www-form-urlencoded');
      assert.equal(form.statusCode, 415);
      const foreign = await postEvents({ events: [event()] }, 'text/plain', { origin: 'https://evil.example' });
      assert.equal(foreign.statusCode, 403);
      assert.equal(await storage.countEvents(), 0);
    });
  });

  describe('aggregates of 10 000 seeded events', () => {
    const steps = ['about-you', 'legal-representative', 'contact', 'where-you-live', 'check-answers'];
    const locales = ['en', 'kk', 'ru'];
    const regions = [undefined, 'astana', 'almaty-city', 'shymkent'];
    /** Days before NOW and the week each lands in (this list is the test's own week arithmetic). */
    const days: [number, string][] = [[0, '2026-W50'], [1, '2026-W50'], [2, '2026-W50'], [3, '2026-W49'], [5, '2026-W49'], [30, '2026-W50']];
    const errorChoices = [
      { field: 'iin', code: 'iin_checksum', stored: 'iin' },
      { field: 'iin', code: 'required', stored: 'iin' },
      { field: 'fullName', code: 'required', stored: 'fullName' },
      { field: 'mobilePhone', code: 'phone_format', stored: 'mobilePhone' },
      { field: 'languages[2].level', code: 'required', stored: 'languages[].level' },
    ];
    const types: [string, number][] = [['page-reached', 0.5], ['page-failed', 0.75], ['submitted', 0.85], ['abandoned', 1]];

    type Expected = { funnel: Map<string, Record<string, number>>; errors: Map<string, number>; sent: number; counted: number };

    /** Sends 10 000 distinct events (and 150 exact repeats in their batches) and counts them here, independently. */
    async function seed(): Promise<Expected> {
      const next = random(16);
      const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
      const expected: Expected = { funnel: new Map(), errors: new Map(), sent: 0, counted: 0 };
      let batch: ReturnType<typeof event>[] = [];
      const flush = async () => {
        const response = await postEvents({ events: batch });
        assert.equal(response.statusCode, 204, response.body);
        expected.sent += batch.length;
        batch = [];
      };
      for (let i = 0; i < 10_000; i++) {
        const roll = next();
        const type = types.find(([, upTo]) => roll < upTo)![0];
        const [daysBefore, week] = pick(days);
        const step = pick(steps);
        const locale = pick(locales);
        const region = pick(regions);
        const errors = type === 'page-failed' ? [...new Set([pick(errorChoices), pick(errorChoices)])] : [];
        const sent = event({ type, step, locale, at: new Date(NOW - daysBefore * DAY - Math.floor(next() * 3_600_000)).toISOString(), ...(region ? { region } : {}), ...(errors.length ? { errors: errors.map(({ field, code }) => ({ field, code })) } : {}) });
        batch.push(sent);
        if (i % 67 === 0) batch.push({ ...sent });
        const key = JSON.stringify(['1.0.0', week, locale, region ?? '', step]);
        const row = expected.funnel.get(key) ?? { 'page-reached': 0, 'page-failed': 0, submitted: 0, abandoned: 0 };
        row[type]! += 1;
        expected.funnel.set(key, row);
        expected.counted += 1 + errors.length;
        for (const error of errors) {
          const errorKey = JSON.stringify(['1.0.0', week, locale, region ?? '', step, error.stored, error.code]);
          expected.errors.set(errorKey, (expected.errors.get(errorKey) ?? 0) + 1);
        }
        if (batch.length >= 49) await flush();
      }
      if (batch.length > 0) await flush();
      return expected;
    }

    it('every count is exact, every cell under k = 10 suppressed, rows with nothing left out', { timeout: 240_000 }, async () => {
      const expected = await seed();
      assert.equal(expected.sent, 10_000 + 150);
      assert.equal(await storage.countEvents(), expected.counted);
      const result = await analytics();
      assert.equal(result.k, 10);
      assert.deepEqual(result.by, ['formVersion', 'week', 'locale', 'region']);
      const k = 10;
      const cell = (n: number) => (n >= k ? n : null);
      const funnel = [...expected.funnel]
        .map(([key, row]) => {
          const [formVersion, week, locale, region, step] = JSON.parse(key) as string[];
          return { formVersion, week, locale, region, step, reached: cell(row['page-reached']!), failed: cell(row['page-failed']!), submitted: cell(row.submitted!), abandoned: cell(row.abandoned!) };
        })
        .filter((row) => row.reached !== null || row.failed !== null || row.submitted !== null || row.abandoned !== null);
      const errors = [...expected.errors]
        .filter(([, n]) => n >= k)
        .map(([key, count]) => {
          const [formVersion, week, locale, region, step, field, code] = JSON.parse(key) as string[];
          return { formVersion, week, locale, region, step, field, code, count };
        });
      const sorted = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
      assert.deepEqual(sorted(result.funnel), sorted(funnel));
      assert.deepEqual(sorted(result.errors), sorted(errors));
      // The seed gives both sides of k: shown cells and suppressed ones, dropped error rows too.
      const cells = result.funnel.flatMap((row: Record<string, unknown>) => [row.reached, row.failed, row.submitted, row.abandoned]);
      assert.ok(cells.some((value: unknown) => value === null) && cells.some((value: unknown) => typeof value === 'number'));
      assert.ok(errors.length > 0 && errors.length < expected.errors.size, `${errors.length} of ${expected.errors.size} error cells shown`);
      // Steps in page order within their dimensions.
      const first = result.funnel.filter((row: { week: string; locale: string; region: string }) => row.week === '2026-W50' && row.locale === 'kk' && row.region === 'astana').map((row: { step: string }) => row.step);
      assert.deepEqual(first, steps.filter((step) => first.includes(step)));

      // Summed over every dimension but the step: the whole funnel, nothing suppressed at this size.
      const coarse = await analytics('?by=');
      for (const step of steps) {
        const total = (type: string) => [...expected.funnel].filter(([key]) => JSON.parse(key)[4] === step).reduce((sum, [, row]) => sum + row[type]!, 0);
        assert.deepEqual(coarse.funnel.find((row: { step: string }) => row.step === step), { step, reached: total('page-reached'), failed: total('page-failed'), submitted: total('submitted'), abandoned: total('abandoned') });
      }

      // The CSV says the same, a suppressed cell as `suppressed`.
      const csv = await app.inject({ url: `/api/forms/${FORM}/analytics/funnel.csv`, headers: auth });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(lines[0], 'formVersion,week,locale,region,step,reached,failed,submitted,abandoned');
      assert.equal(lines.length - 1, result.funnel.length);
      const row0 = result.funnel[0];
      assert.equal(lines[1], [row0.formVersion, row0.week, row0.locale, row0.region, row0.step, row0.reached, row0.failed, row0.submitted, row0.abandoned].map((value) => (value === null ? 'suppressed' : value)).join(','));
    });
  });

  describe('POST /api/feedback', () => {
    const given = (overrides: Record<string, unknown> = {}) => ({ formId: FORM, formVersion: '1.0.0', locale: 'ru', given: 'confirmation', rating: 'satisfied', ...overrides });

    it('stores a rating and the comment masked (the original nowhere in the database file): 201', async () => {
      const comment = '  Не понял, какой документ нужен. Мой ИИН 900115300014, звоните +7 701 234 56 78 или пишите aigul@example.kz  ';
      const response = await postFeedback(given({ comment, region: 'almaty-city' }));
      assert.equal(response.statusCode, 201, response.body);
      assert.deepEqual(response.json(), { status: 'received' });
      assert.equal(response.headers['set-cookie'], undefined);
      const stored = await storage.listFeedback(FORM);
      assert.deepEqual(stored, [
        { formId: FORM, formVersion: '1.0.0', week: '2026-W50', locale: 'ru', region: 'almaty-city', given: 'confirmation', rating: 'satisfied', comment: 'Не понял, какой документ нужен. Мой ИИН [IIN/BIN], звоните [phone] или пишите [email]' },
      ] satisfies NewFeedback[]);
      await storage.close();
      storage = new SqliteStorage(file, { synchronous: 'NORMAL' });
      for (const path of [file, `${file}-wal`]) {
        if (!existsSync(path)) continue;
        const bytes = readFileSync(path);
        for (const secret of ['900115300014', '701 234 56 78', 'aigul@example.kz']) assert.equal(bytes.includes(secret), false, `${secret} in ${path}`);
      }
      // The server was built over the storage just closed: build it again over the reopened one.
      await app.close();
      app = await buildServer({ storage, definitions: await DefinitionStore.load(FORMS), exportToken: EXPORT_TOKEN, limits: { ratePerMinute: false }, log: { level: 'silent' }, analytics: { now: () => NOW }, htmlFlow: false });
    });

    it('a comment is at most 1200 characters (code points) after trimming; empty is none; a beacon (text/plain) works too', async () => {
      assert.equal((await postFeedback(given({ comment: `  ${'😀'.repeat(1200)}\n` }))).statusCode, 201);
      assert.deepEqual((await postFeedback(given({ comment: 'ә'.repeat(1201) }))).json(), { error: 'bad_feedback', path: 'comment', message: 'comment: must be at most 1200 characters' });
      assert.equal((await postFeedback(given({ comment: '   ' }), 'text/plain;charset=UTF-8')).statusCode, 201);
      const stored = await storage.listFeedback(FORM);
      assert.equal(stored.length, 2);
      assert.deepEqual(stored.map((row) => row.comment === undefined).sort(), [false, true]);
    });

    const refusals: [string, Record<string, unknown>, number, string, string][] = [
      ['a rating not of the five', { rating: 'ok' }, 400, 'bad_feedback', 'rating'],
      ['no rating', { rating: undefined }, 400, 'bad_feedback', 'rating'],
      ['an unknown place', { given: 'homepage' }, 400, 'bad_feedback', 'given'],
      ['an unknown key', { email: 'aigul@example.kz' }, 400, 'bad_feedback', '(body)'],
      ['a comment that is not text', { comment: 5 }, 400, 'bad_feedback', 'comment'],
      ['an unknown form', { formId: 'nope' }, 422, 'unknown_form', 'formId'],
      ['an unknown version', { formVersion: '2.0.0' }, 422, 'unknown_form_version', 'formVersion'],
      ['a region that is no option', { region: 'Almaty' }, 422, 'not_in_form', 'region'],
      ['a locale the form does not have', { locale: 'de' }, 422, 'not_in_form', 'locale'],
    ];
    for (const [name, overrides, status, error, path] of refusals) {
      it(`refuses ${name}: ${status} ${error} at ${path}`, async () => {
        const response = await postFeedback(given(overrides));
        assert.equal(response.statusCode, status, response.body);
        assert.equal(response.json().error, error);
        assert.equal(response.json().path, path);
        assert.doesNotMatch(response.json().message, /aigul|homepage|Almaty/);
        assert.deepEqual(await storage.listFeedback(FORM), []);
      });
    }

    it('satisfaction: counts per rating, the GOV.UK score, cells under k suppressed, a lone hidden rating protected', async () => {
      const send = async (n: number, overrides: Record<string, unknown>) => {
        for (let i = 0; i < n; i++) assert.equal((await postFeedback(given(overrides))).statusCode, 201);
      };
      // kk: 12 very satisfied, 9 satisfied, 4 dissatisfied → 25 responses; three ratings under k.
      await send(12, { locale: 'kk', rating: 'very-satisfied' });
      await send(9, { locale: 'kk', rating: 'satisfied' });
      await send(4, { locale: 'kk', rating: 'dissatisfied' });
      // ru: 10 of each but 3 very dissatisfied → one rating alone under k: the smallest shown one is hidden too.
      for (const rating of ['very-satisfied', 'satisfied', 'neither', 'dissatisfied']) await send(10, { rating });
      await send(3, { rating: 'very-dissatisfied' });
      // en: 4 in all: nothing shown, the row left out.
      await send(4, { locale: 'en', rating: 'neither' });
      const { satisfaction } = await analytics('?by=locale');
      assert.deepEqual(satisfaction, [
        { locale: 'kk', given: 'confirmation', responses: 25, 'very-satisfied': 12, satisfied: null, neither: null, dissatisfied: null, 'very-dissatisfied': null, score: 84 },
        { locale: 'ru', given: 'confirmation', responses: 43, 'very-satisfied': null, satisfied: 10, neither: 10, dissatisfied: 10, 'very-dissatisfied': null, score: 46.5 },
      ]);
      const csv = await app.inject({ url: `/api/forms/${FORM}/analytics/satisfaction.csv?by=locale`, headers: auth });
      assert.equal(csv.body, '\uFEFFlocale,given,responses,very-satisfied,satisfied,neither,dissatisfied,very-dissatisfied,score\r\nkk,confirmation,25,12,suppressed,suppressed,suppressed,suppressed,84\r\nru,confirmation,43,suppressed,10,10,10,suppressed,46.5\r\n');
    });

    it('comments go only to the token holder, masked, without the ratings that had none', async () => {
      await postFeedback(given({ rating: 'very-dissatisfied', given: 'failed', comment: 'Қате шықты, ЖСН 900115 300014' }));
      await postFeedback(given());
      assert.equal((await app.inject({ url: `/api/forms/${FORM}/feedback/comments.json` })).statusCode, 401);
      assert.equal((await app.inject({ url: `/api/forms/${FORM}/feedback/comments.json`, headers: { authorization: 'Bearer wrong-token-0123456789' } })).statusCode, 401);
      const json = await app.inject({ url: `/api/forms/${FORM}/feedback/comments.json`, headers: auth });
      assert.equal(json.statusCode, 200);
      assert.equal(json.headers['cache-control'], 'no-store');
      assert.deepEqual(json.json().comments, [{ formVersion: '1.0.0', week: '2026-W50', locale: 'ru', region: '', given: 'failed', rating: 'very-dissatisfied', comment: 'Қате шықты, ЖСН [IIN/BIN]' }]);
      const csv = await app.inject({ url: `/api/forms/${FORM}/feedback/comments.csv`, headers: auth });
      assert.equal(csv.body, '\uFEFFformVersion,week,locale,region,given,rating,comment\r\n1.0.0,2026-W50,ru,,failed,very-dissatisfied,"Қате шықты, ЖСН [IIN/BIN]"\r\n');
    });
  });

  describe('the aggregates\' export', () => {
    it('needs the token (401), knows the form (404), checks by= (400)', async () => {
      assert.equal((await app.inject({ url: `/api/forms/${FORM}/analytics.json` })).statusCode, 401);
      assert.equal((await app.inject({ url: `/api/forms/${FORM}/analytics/errors.csv` })).statusCode, 401);
      assert.equal((await app.inject({ url: '/api/forms/no-such-form/analytics.json', headers: auth })).statusCode, 404);
      const bad = await app.inject({ url: `/api/forms/${FORM}/analytics.json?by=ip`, headers: auth });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json(), { error: 'bad_query', path: 'by', message: 'by: a comma list of formVersion, week, locale, region' });
    });

    it('is off without an export token (403)', async () => {
      const off = await buildServer({ storage, definitions: await DefinitionStore.load(FORMS), log: { level: 'silent' }, htmlFlow: false });
      try {
        const response = await off.inject({ url: `/api/forms/${FORM}/analytics.json`, headers: auth });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().error, 'export_disabled');
      } finally {
        await off.close();
      }
    });
  });
});
