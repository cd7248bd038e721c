// The analytics dashboard (issue 16, docs/analytics.md, "The dashboard"): behind the export token
// (a Bearer header or the signed cookie of a sign-in), its tables equal analytics.json's numbers
// cell for cell, its charts draw exactly the tables' numbers, and a suppressed cell is shown as
// suppressed, never as 0. The page is read with parse5, as a browser would parse it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { parse } from 'parse5';
import { buildServer } from '../app.js';
import { DefinitionStore } from '../definitions.js';
import { SqliteStorage } from '../storage/sqlite.js';
import { RATINGS, type Storage } from '../storage/storage.js';
import { EXPORT_TOKEN } from '../testing/server.js';
import { signedValue } from './auth.js';

const FORMS = fileURLToPath(new URL('../../../../examples/forms/', import.meta.url));
const FORM = 'job-seeker-registration';
const NOW = Date.parse('2026-12-09T12:00:00Z');
const auth = { authorization: `Bearer ${EXPORT_TOKEN}` };

// ------------------------------------------------------------------ reading the page

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
function all(node: Node, test: (node: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  for (const child of node.childNodes ?? []) all(child, test, out);
  return out;
}
const byTag = (node: Node, tag: string) => all(node, (n) => n.tagName === tag);
const byClass = (node: Node, name: string) => all(node, (n) => (attr(n, 'class') ?? '').split(/\s+/).includes(name));
const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join('')).replace(/\s+/g, ' ').trim();
function byId(root: Node, id: string): Node {
  const found = all(root, (n) => attr(n, 'id') === id);
  assert.equal(found.length, 1, `one #${id}, found ${found.length}`);
  return found[0]!;
}
const page = (body: string) => parse(body) as unknown as Node;

/** A table's body rows as cell texts. */
const tableRows = (table: Node) =>
  byTag(table, 'tbody')
    .flatMap((tbody) => byTag(tbody, 'tr'))
    .map((tr) => (tr.childNodes ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th').map(text));

/** A chart's bars: the number written, the data-value, and the bar's length (none when suppressed); the chart's scale. */
function chartBars(chart: Node) {
  const max = Number(attr(chart, 'data-max'));
  const bars = byClass(chart, 'bar-row').map((row) => {
    const rect = byTag(row, 'rect')[0];
    return { value: attr(row, 'data-value')!, written: text(byClass(row, 'bar-number')[0]!), rectValue: rect && attr(rect, 'data-value'), width: rect && Number(attr(rect, 'width')) };
  });
  return { max, bars, role: attr(chart, 'role'), name: attr(chart, 'aria-label') };
}

/** How the dashboard writes a JSON cell: the number, or `suppressed` for null (never 0). */
const cellText = (value: number | null) => (value === null ? 'suppressed' : String(value));
/** The length a bar must have for a number on a scale: the test's own arithmetic. */
const expectedWidth = (value: number, max: number) => Math.round((value / max) * 10000) / 100;

/** Checks a chart against the numbers it must draw, in order: written, data-value, and bar length. */
function assertChartDraws(chart: Node, numbers: (number | null)[], max: number, written = cellText) {
  const drawn = chartBars(chart);
  assert.equal(drawn.role, 'img');
  assert.ok(drawn.name && drawn.name.length > 20, 'the chart has a name');
  assert.equal(drawn.max, max, 'the scale');
  assert.deepEqual(
    drawn.bars.map((bar) => bar.written),
    numbers.map((n) => (n === null ? 'suppressed' : written(n))),
  );
  for (const [i, n] of numbers.entries()) {
    const bar = drawn.bars[i]!;
    if (n === null) {
      assert.equal(bar.value, 'suppressed');
      assert.equal(bar.width, undefined, 'no bar for a suppressed count');
    } else {
      assert.equal(bar.value, String(n));
      assert.equal(bar.rectValue, String(n));
      assert.equal(bar.width, expectedWidth(n, max), `bar ${i}: ${n} of ${max}`);
    }
  }
}

/** Rows grouped by their dimensions, first-seen order (as the dashboard groups them). */
function grouped<T extends Record<string, unknown>>(rows: T[], by: string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = JSON.stringify(by.map((d) => row[d]));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}

// ------------------------------------------------------------------ the tests

describe('the analytics dashboard', () => {
  let dir: string;
  let app: FastifyInstance;
  let storage: Storage;
  let attempts = 0;
  const event = (overrides: Record<string, unknown>) => ({
    type: 'page-reached',
    formId: FORM,
    formVersion: '1.0.0',
    step: 'about-you',
    locale: 'kk',
    attempt: `attempt-${String(++attempts).padStart(12, '0')}`,
    at: new Date(NOW).toISOString(),
    ...overrides,
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-dashboard-'));
    storage = new SqliteStorage(join(dir, 'dashboard.db'), { synchronous: 'NORMAL' });
    const definitions = await DefinitionStore.load(FORMS);
    app = await buildServer({ storage, definitions, exportToken: EXPORT_TOKEN, log: { level: 'silent' }, limits: { ratePerMinute: false }, analytics: { now: () => NOW }, htmlFlow: false });

    // Events: both sides of k in the funnel and the errors, in two languages and two weeks.
    const events: Record<string, unknown>[] = [];
    const add = (n: number, overrides: Record<string, unknown>) => {
      for (let i = 0; i < n; i++) events.push(event(overrides));
    };
    const lastWeek = new Date(NOW - 7 * 86_400_000).toISOString();
    add(30, { step: 'about-you' });
    add(12, { step: 'about-you', locale: 'ru' });
    add(11, { step: 'about-you', type: 'page-failed', errors: [{ field: 'iin', code: 'iin_checksum' }] });
    add(14, { step: 'about-you', type: 'page-failed', errors: [{ field: 'iin', code: 'required' }, { field: 'fullName', code: 'required' }] });
    add(4, { step: 'about-you', type: 'page-failed', locale: 'ru', errors: [{ field: 'iin', code: 'required' }] });
    add(22, { step: 'contact' });
    add(3, { step: 'contact', type: 'abandoned' });
    add(17, { step: 'contact', at: lastWeek });
    add(10, { step: 'check-answers', type: 'submitted' });
    add(13, { step: 'check-answers', type: 'submitted', region: 'astana' });
    for (let i = 0; i < events.length; i += 50) {
      const response = await app.inject({ method: 'POST', url: '/api/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ events: events.slice(i, i + 50) }) });
      assert.equal(response.statusCode, 204, response.body);
    }
    // Feedback: kk 12 very satisfied, 9 satisfied, 4 dissatisfied; ru 10 of four ratings and 3 very dissatisfied.
    const send = async (n: number, overrides: Record<string, unknown>) => {
      for (let i = 0; i < n; i++) {
        const body = { formId: FORM, formVersion: '1.0.0', locale: 'ru', given: 'confirmation', rating: 'satisfied', ...overrides };
        const response = await app.inject({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        assert.equal(response.statusCode, 201, response.body);
      }
    };
    await send(12, { locale: 'kk', rating: 'very-satisfied' });
    await send(9, { locale: 'kk', rating: 'satisfied' });
    await send(4, { locale: 'kk', rating: 'dissatisfied', comment: 'Call me on 8 701 234 56 78' });
    for (const rating of ['very-satisfied', 'satisfied', 'neither', 'dissatisfied']) await send(10, { rating });
    await send(3, { rating: 'very-dissatisfied' });
  });
  after(async () => {
    await app.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const json = async (query: string) => {
    const response = await app.inject({ url: `/api/forms/${FORM}/analytics.json${query}`, headers: auth });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const dashboard = async (query: string, headers: Record<string, string> = auth) => {
    const response = await app.inject({ url: `/dashboard/${FORM}${query}`, headers });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    return response;
  };

  it('without the token: 401 and the sign-in form, no numbers; a wrong token or a forged cookie the same', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { cookie: 'sf_dashboard=v1.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, { cookie: `sf_dashboard=${signedValue('another-token-0123456789', NOW)}` }]) {
      for (const url of [`/dashboard/${FORM}`, '/dashboard', `/dashboard/${FORM}/funnel.csv`, `/dashboard/${FORM}/comments.csv`]) {
        const response = await app.inject({ url, headers });
        assert.equal(response.statusCode, 401, `${url} ${JSON.stringify(headers)}`);
        assert.equal(response.headers['www-authenticate'], 'Bearer realm="dashboard"');
        assert.equal(response.headers['cache-control'], 'no-store');
        const doc = page(response.body);
        const form = byTag(doc, 'form')[0]!;
        assert.equal(attr(form, 'method'), 'post');
        assert.equal(attr(form, 'action'), '/dashboard/sign-in');
        assert.equal(attr(byId(doc, 'token'), 'type'), 'password');
        assert.equal(byClass(doc, 'chart').length + byTag(doc, 'table').length, 0, 'nothing of the aggregates');
      }
    }
  });

  it('signs in with the token posted: a signed cookie (HttpOnly, SameSite=Strict, the dashboard path only, not the token), then out', async () => {
    const post = (payload: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/dashboard/sign-in', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload });
    const wrong = await post(`token=nope-nope-nope-nope&form=${FORM}`);
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.headers['set-cookie'], undefined);
    assert.equal(attr(byId(page(wrong.body), 'token'), 'aria-invalid'), 'true');
    assert.match(text(byClass(page(wrong.body), 'error-summary')[0]!), /The export token is not right/);
    assert.equal((await post(`token=&form=${FORM}`)).statusCode, 400);
    // Another site's form posting the token: refused before it is read.
    assert.equal((await post(`token=${EXPORT_TOKEN}`, { origin: 'https://evil.example' })).statusCode, 403);

    const right = await post(`token=${encodeURIComponent(EXPORT_TOKEN)}&form=${FORM}`);
    assert.equal(right.statusCode, 303);
    assert.equal(right.headers.location, `/dashboard/${FORM}`);
    const cookie = String(right.headers['set-cookie']);
    assert.match(cookie, /^sf_dashboard=v1\.\d+\.[\w-]{43}; Path=\/dashboard; Max-Age=28800; HttpOnly; SameSite=Strict$/);
    assert.equal(cookie.includes(EXPORT_TOKEN), false, 'the token is not in the cookie');
    const pair = cookie.split(';')[0]!;
    const signedIn = await dashboard('?by=locale', { cookie: pair });
    assert.equal(byTag(page(signedIn.body), 'table').length > 0, true);
    // The cookie opens the downloads too.
    const csv = await app.inject({ url: `/dashboard/${FORM}/satisfaction.csv?by=locale`, headers: { cookie: pair } });
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.body, (await app.inject({ url: `/api/forms/${FORM}/analytics/satisfaction.csv?by=locale`, headers: auth })).body);

    const out = await app.inject({ method: 'POST', url: '/dashboard/sign-out' });
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers['set-cookie'], 'sf_dashboard=; Path=/dashboard; Max-Age=0; HttpOnly; SameSite=Strict');

    // Behind TLS (an https PUBLIC_ORIGIN): Secure, and the __Secure- name.
    const tls = await buildServer({ storage, definitions: await DefinitionStore.load(FORMS), exportToken: EXPORT_TOKEN, publicOrigins: ['https://forms.example.kz'], log: { level: 'silent' }, limits: { ratePerMinute: false }, htmlFlow: false });
    try {
      const secure = await tls.inject({ method: 'POST', url: '/dashboard/sign-in', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://forms.example.kz' }, payload: `token=${EXPORT_TOKEN}` });
      assert.equal(secure.statusCode, 303);
      assert.equal(secure.headers.location, '/dashboard');
      assert.match(String(secure.headers['set-cookie']), /^__Secure-sf_dashboard=v1\.[^;]+; Path=\/dashboard; Max-Age=28800; HttpOnly; SameSite=Strict; Secure$/);
      const securePair = String(secure.headers['set-cookie']).split(';')[0]!;
      assert.equal((await tls.inject({ url: '/dashboard', headers: { cookie: securePair } })).statusCode, 200);
      // The plain name is not accepted where the cookie must be Secure.
      assert.equal((await tls.inject({ url: '/dashboard', headers: { cookie: securePair.replace('__Secure-', '') } })).statusCode, 401);
    } finally {
      await tls.close();
    }
  });

  it('an unknown form is 404, an unknown breakdown 400, and without EXPORT_TOKEN the dashboard is off (403)', async () => {
    const unknown = await app.inject({ url: '/dashboard/no-such-form', headers: auth });
    assert.equal(unknown.statusCode, 404);
    assert.match(String(unknown.headers['content-type']), /^text\/html/);
    assert.equal((await app.inject({ url: '/dashboard/no-such-form/errors.csv', headers: auth })).statusCode, 404);
    assert.equal((await app.inject({ url: `/dashboard/${FORM}?by=ip`, headers: auth })).statusCode, 400);
    const off = await buildServer({ storage, definitions: await DefinitionStore.load(FORMS), log: { level: 'silent' }, limits: { ratePerMinute: false }, htmlFlow: false });
    try {
      assert.equal((await off.inject({ url: `/dashboard/${FORM}`, headers: auth })).statusCode, 403);
      assert.equal((await off.inject({ method: 'POST', url: '/dashboard/sign-in', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `token=${EXPORT_TOKEN}` })).statusCode, 403);
    } finally {
      await off.close();
    }
  });

  for (const query of ['?by=locale', '', '?by=', '?by=week,region', '?by=&by=week&by=locale']) {
    it(`${query || '(no by)'}: every table equals analytics.json cell for cell, every chart draws its table's numbers, suppressed as suppressed`, async () => {
      const asked = query.replace(/by=&/, '').replace(/&by=/g, ',');
      const result = await json(asked);
      const doc = page((await dashboard(query)).body);
      const by = result.by as string[];

      // The checkboxes show the breakdown in force.
      assert.deepEqual(
        all(doc, (n) => n.tagName === 'input' && attr(n, 'type') === 'checkbox' && attr(n, 'checked') !== undefined).map((n) => attr(n, 'value')),
        by,
      );

      // Satisfaction: a chart of the score (0 to 100%), its table, and the responses per rating.
      const satisfaction = result.satisfaction as Record<string, number | null>[];
      assert.deepEqual(
        tableRows(byId(doc, 'table-satisfaction')).map((cells) => cells.slice(1)),
        satisfaction.map((row) => [cellText(row.responses!), cellText(row.score!)]),
      );
      assertChartDraws(byId(doc, 'chart-satisfaction'), satisfaction.map((row) => row.score!), 100, (n) => `${n}%`);
      for (const [i, row] of satisfaction.entries()) {
        assert.deepEqual(
          byTag(byId(doc, `table-ratings-${i}`), 'td').map(text),
          RATINGS.map((rating) => cellText(row[rating]!)),
        );
      }

      // The funnel: a table and a chart per combination of the dimensions.
      const funnelGroups = grouped(result.funnel as Record<string, number | null>[], by);
      assert.equal(byClass(doc, 'chart').filter((c) => attr(c, 'id')?.startsWith('chart-funnel-')).length, funnelGroups.length);
      for (const [i, rows] of funnelGroups.entries()) {
        const numbers = rows.map((row) => ['reached', 'failed', 'submitted', 'abandoned'].map((column) => row[column]!));
        // One table row per bar: page, measure, count.
        assert.deepEqual(tableRows(byId(doc, `table-funnel-${i}`)).map((cells) => cells[2]), numbers.flat().map(cellText));
        const shown = numbers.flat().filter((n): n is number => n !== null);
        assertChartDraws(byId(doc, `chart-funnel-${i}`), numbers.flat(), Math.max(...shown));
      }

      // The errors: per combination, the most frequent first.
      const errorGroups = grouped(result.errors as Record<string, number>[], by).map((rows) => rows.map((row, at) => ({ row, at })).sort((a, b) => b.row.count! - a.row.count! || a.at - b.at).map(({ row }) => row));
      for (const [i, rows] of errorGroups.entries()) {
        assert.deepEqual(
          tableRows(byId(doc, `table-errors-${i}`)).map((cells) => [cells[1], cells[2]]),
          rows.map((row) => [row.code, String(row.count)]),
        );
        assertChartDraws(byId(doc, `chart-errors-${i}`), rows.map((row) => row.count!), Math.max(...rows.map((row) => row.count!)));
      }
      assert.equal(byTag(doc, 'table').filter((n) => attr(n, 'id')?.startsWith('table-errors-')).length, errorGroups.length);

      // Every table has a caption and headers with a scope; the CSV links carry the breakdown.
      for (const table of byTag(doc, 'table')) {
        assert.ok(text(byTag(table, 'caption')[0]!).length > 5);
        assert.ok(byTag(table, 'th').every((th) => ['col', 'row'].includes(attr(th, 'scope') ?? '')));
      }
      const links = byTag(doc, 'a').map((a) => attr(a, 'href'));
      assert.ok(links.includes(`/dashboard/${FORM}/funnel.csv?by=${encodeURIComponent(by.join(','))}`), links.join(' '));
    });
  }

  it('the seed reaches both sides of k, and a suppressed cell is never shown as 0', async () => {
    const result = await json('?by=locale');
    const doc = page((await dashboard('?by=locale')).body);
    const cells = (result.funnel as Record<string, unknown>[]).flatMap((row) => [row.reached, row.failed, row.submitted, row.abandoned]);
    assert.ok(cells.includes(null) && cells.some((cell) => typeof cell === 'number'));
    // kk: 12 very satisfied shown, the rest hidden; ru: the lone hidden rating's neighbour hidden too.
    assert.deepEqual(tableRows(byId(doc, 'table-satisfaction')), [
      ['Language Kazakh (kk) \u00b7 After sending', '25', '84'],
      ['Language Russian (ru) \u00b7 After sending', '43', '46.5'],
    ]);
    assert.deepEqual(tableRows(byId(doc, 'table-ratings-0')), [
      ['Very satisfied', '12'],
      ['Satisfied', 'suppressed'],
      ['Neither satisfied nor dissatisfied', 'suppressed'],
      ['Dissatisfied', 'suppressed'],
      ['Very dissatisfied', 'suppressed'],
    ]);
    assert.deepEqual(tableRows(byId(doc, 'table-ratings-1')).map((cells) => cells[1]), ['suppressed', '10', '10', '10', 'suppressed']);
    assert.equal(text(byTag(byId(doc, 'table-ratings-1'), 'caption')[0]!), 'Responses per rating, Language Russian (ru) \u00b7 After sending');
    const numbers = byTag(doc, 'td').map(text);
    assert.equal(numbers.includes('0'), false);
    assert.ok(numbers.filter((cell) => cell === 'suppressed').length >= 6);
    // The ru failures of about-you (4) are under k: no bar, the word.
    const ru = tableRows(byId(doc, 'table-funnel-1'));
    assert.deepEqual(ru.slice(0, 4), [
      ['About you (about-you)', 'Reached', '12'],
      ['About you (about-you)', 'Failed checks', 'suppressed'],
      ['About you (about-you)', 'Sent', 'suppressed'],
      ['About you (about-you)', 'Left', 'suppressed'],
    ]);
    const bars = chartBars(byId(doc, 'chart-funnel-1')).bars;
    assert.deepEqual(bars.slice(0, 4).map((bar) => [bar.value, bar.width]), [['12', 100], ['suppressed', undefined], ['suppressed', undefined], ['suppressed', undefined]]);
  });

  it('serves a page the strict CSP allows: no script, no style attribute, the stylesheet from this origin', async () => {
    const response = await dashboard('');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'none'/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal(response.headers['referrer-policy'], 'same-origin');
    assert.equal(response.headers['x-frame-options'], 'DENY');
    const doc = page(response.body);
    assert.equal(byTag(doc, 'script').length, 0);
    assert.equal(all(doc, (n) => attr(n, 'style') !== undefined || n.tagName === 'style').length, 0);
    const sheet = byTag(doc, 'link').map((link) => attr(link, 'href'));
    assert.deepEqual(sheet, ['/dashboard/dashboard.css']);
    const css = await app.inject({ url: '/dashboard/dashboard.css' });
    assert.equal(css.statusCode, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.match(css.body, /\.bar\{fill:#1d70b8\}/);
    // The downloads are the API's files, sandboxed like them.
    const csv = await app.inject({ url: `/dashboard/${FORM}/errors.csv?by=locale`, headers: auth });
    assert.equal(csv.body, (await app.inject({ url: `/api/forms/${FORM}/analytics/errors.csv?by=locale`, headers: auth })).body);
    assert.match(String(csv.headers['content-security-policy']), /sandbox/);
    const comments = await app.inject({ url: `/dashboard/${FORM}/comments.csv`, headers: auth });
    assert.equal(comments.body, (await app.inject({ url: `/api/forms/${FORM}/feedback/comments.csv`, headers: auth })).body);
    assert.match(comments.body, /Call me on \[phone\]/);
  });
});
