import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import { message } from '@service-forms/core';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';
import { attr } from '../../../html/src/testing/parse.js';
import type { ServerOptions } from '../app.js';
import { pdfBytes } from '../testing/forms.js';
import {
  Browser,
  errorSummary,
  exampleFormId,
  flowServer,
  formEntries,
  fromAnswers,
  goThrough,
  h1Of,
  multipartBody,
  pageForm,
  pageStep,
  textOf,
  titleOf,
  urlencoded,
  type Entry,
  type Page,
} from '../testing/html-flow.js';
import { HTML_FLOW_CSP } from './routes.js';
import { word } from './words.js';

// Bad input through the HTML flow: each a clear 4xx page (in the session's language, with a way
// back), nothing stored twice, no answer lost.

const test = { timeout: 60_000 };
const FEEDBACK = 'service-feedback';
const GOOD_FEEDBACK = { service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' };
const JOB_SEEKER = exampleFormId('job-seeker');
const ASSISTANCE = exampleFormId('social-assistance');

async function server(options: Partial<ServerOptions> = {}) {
  const made = await flowServer(options);
  return { ...made, browser: new Browser(made.app) };
}

/** A refusal page: the status, the flow's headers, a heading in the language, and its link back. */
function assertRefusal(page: Page, status: number, locale: string, heading: string, where: string): void {
  assert.equal(page.status, status, `${where}: ${titleOf(page.doc)}`);
  assert.equal(page.response.headers['content-security-policy'], HTML_FLOW_CSP, where);
  // Not no-referrer: under it a browser posts the page's form with `Origin: null`, refused.
  assert.equal(page.response.headers['referrer-policy'], 'same-origin', where);
  assert.equal(page.response.headers['cache-control'], 'no-store', where);
  assert.equal(attr(page.doc.all('html')[0]!, 'lang'), locale, where);
  assert.equal(h1Of(page.doc), heading, where);
}

/** The first page of the feedback form posted with good answers: the browser is on the second. */
async function onSecondPage(browser: Browser, locale = 'ru') {
  const first = await browser.get(`/apply/${FEEDBACK}?lang=${locale}`);
  const second = await browser.submit(first, fromAnswers(GOOD_FEEDBACK));
  assert.equal(second.status, 200);
  return { first, second };
}

/** Posts `entries` to a page's form action, as given (no redirect followed). */
async function post(browser: Browser, page: Page, entries: Entry[], multipart = false) {
  const action = attr(pageForm(page.doc), 'action')!;
  const body = multipart ? await multipartBody(entries) : { payload: urlencoded(entries), contentType: 'application/x-www-form-urlencoded' };
  return browser.follow(await browser.request('POST', action, { payload: body.payload, headers: { 'content-type': body.contentType } }), action);
}

describe('refused POSTs keep every answer', () => {
  it('tampered and unknown field names: 400, the page\'s own answers kept, nothing else', test, async () => {
    const { app, browser, storage } = await server();
    const { second } = await onSecondPage(browser);
    const values = fromAnswers(GOOD_FEEDBACK);
    for (const extra of [
      { name: '__proto__', value: 'x' },
      { name: 'notAField', value: '1' },
      { name: 'service', value: 'tampered' }, // a field of another page
      { name: 'constructor.prototype.polluted', value: 'yes' },
    ]) {
      const entries = formEntries(pageForm(second.doc), values, 'continue');
      const refused = await post(browser, second, [...entries, extra]);
      assertRefusal(refused, 400, 'ru', word('ru', 'unknownHeading'), extra.name);
      assert.equal(refused.doc.all('a').filter((a) => attr(a, 'href') === second.url).length, 1, 'a link back to the page');
      const again = await browser.get(second.url);
      assert.equal(pageStep(again), pageStep(second), 'still on the page: the button was not applied');
      assert.equal(attr(again.doc.all('input').find((i) => attr(i, 'value') === '5' && i.attrs.some((a) => a.name === 'checked'))!, 'name'), 'rating', 'the rating typed is kept');
    }
    const first = await browser.get(`/apply/${FEEDBACK}/service`);
    assert.notEqual(first.status, 404);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(await storage.count(), 0);
    await app.close();
  });

  it('a missing or wrong CSRF token: 403 in the session\'s language, nothing written, earlier answers kept', test, async () => {
    const { app, browser, storage } = await server();
    const { second } = await onSecondPage(browser, 'kk');
    const session = await storage.readSession(browser.sessionId(FEEDBACK)!);
    const entries = formEntries(pageForm(second.doc), fromAnswers(GOOD_FEEDBACK), 'continue');
    for (const [what, token] of [
      ['missing', undefined],
      ['empty', ''],
      ['wrong', 'x'.repeat(43)],
      ['repeated', 'both'],
    ] as const) {
      const tampered = entries.flatMap((entry): Entry[] => {
        if (entry.name !== '_csrf') return [entry];
        if (token === undefined) return [];
        if (token === 'both') return [entry, { name: '_csrf', value: 'other' }];
        return [{ name: '_csrf', value: token }];
      });
      for (const multipart of [false, true]) {
        const refused = await post(browser, second, tampered, multipart);
        assertRefusal(refused, 403, 'kk', word('kk', 'csrfHeading'), `${what}${multipart ? ' (multipart)' : ''}`);
        const said = textOf(refused.doc.all('main')[0]!);
        assert.ok(said.includes(word('kk', what === 'missing' || what === 'empty' ? 'csrfMissing' : 'csrfWrong')), `${what}: ${said}`);
        assert.ok(refused.doc.all('a').some((a) => attr(a, 'href') === second.url), 'a link back to the page');
      }
    }
    const after = await storage.readSession(browser.sessionId(FEEDBACK)!);
    assert.equal(after!.revision, session!.revision, 'nothing written');
    assert.deepEqual(after!.state.answers, session!.state.answers, 'the answers saved before are kept');
    // A session's token works, and the page goes on.
    const next = await browser.submit(second, fromAnswers(GOOD_FEEDBACK));
    assert.equal(next.status, 200);
    assert.notEqual(pageStep(next), pageStep(second));
    await app.close();
  });

  it('a POST from another site, and a POST without a session cookie: 403 pages', test, async () => {
    const { app, browser, storage } = await server();
    const { second } = await onSecondPage(browser, 'en');
    const entries = formEntries(pageForm(second.doc), fromAnswers(GOOD_FEEDBACK), 'continue');
    const response = await browser.request('POST', attr(pageForm(second.doc), 'action')!, {
      payload: urlencoded(entries),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    });
    assert.equal(response.statusCode, 403);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.equal(response.headers['content-security-policy'], HTML_FLOW_CSP);
    const stranger = new Browser(app);
    const noCookie = await stranger.follow(
      await stranger.request('POST', attr(pageForm(second.doc), 'action')!, { payload: urlencoded(entries), headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      second.url,
    );
    assertRefusal(noCookie, 403, 'en', word('en', 'endedHeading'), 'no cookie');
    assert.ok(textOf(noCookie.doc.all('main')[0]!).includes(word('en', 'noCookie')));
    assert.equal(await storage.count(), 0);
    await app.close();
  });

  it('an oversize body: 413 page; a body of another type: 415 page; earlier answers kept', test, async () => {
    const { app, browser, storage } = await server();
    const { second } = await onSecondPage(browser, 'en');
    const action = attr(pageForm(second.doc), 'action')!;
    const csrf = attr(second.doc.all('input').find((i) => attr(i, 'name') === '_csrf')!, 'value')!;
    const big = await browser.follow(
      await browser.request('POST', action, { payload: `_csrf=${csrf}&comment=${'a'.repeat(300 * 1024)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      action,
    );
    assertRefusal(big, 413, 'en', word('en', 'tooLargeHeading'), 'oversize');
    const json = await browser.follow(await browser.request('POST', action, { payload: '{}', headers: { 'content-type': 'application/json' } }), action);
    assertRefusal(json, 415, 'en', word('en', 'badHeading'), 'json');
    const session = await storage.readSession(browser.sessionId(FEEDBACK)!);
    assert.equal(session!.state.answers.service, GOOD_FEEDBACK.service, 'the first page\'s answers kept');
    await app.close();
  });

  it('a POST of a page the session is no longer on (another tab): back to the current page, nothing read', test, async () => {
    const { app, browser, storage } = await server();
    const { first, second } = await onSecondPage(browser, 'en');
    const before = await storage.readSession(browser.sessionId(FEEDBACK)!);
    const stale = await browser.submit(first, () => '');
    assert.equal(stale.url, second.url);
    const after = await storage.readSession(browser.sessionId(FEEDBACK)!);
    assert.deepEqual(after!.state, before!.state);
    await app.close();
  });
});

describe('files: the JSON API\'s limits', () => {
  const [, cases] = FORMS.find(([id]) => id === 'social-assistance')!;
  const withFile = cases.find((c) => 'accepted' in c.expected && (c.expected as { files?: object }).files)!;

  it('too large, a renamed program, too many: the page again with the field\'s error, or 413; nothing stored', test, async () => {
    const { app, browser, storage } = await server({ limits: { ratePerMinute: false, fileBytes: 2000, files: 3 } });
    let checked = false;
    const outcome = await goThrough(browser, ASSISTANCE, 'en', withFile.answers, async (page) => {
      if (checked || attr(pageForm(page.doc), 'enctype') !== 'multipart/form-data') return;
      checked = true;
      const input = page.doc.all('input').find((i) => attr(i, 'type') === 'file')!;
      const name = attr(input, 'name')!;
      const values = fromAnswers(withFile.answers);
      const withFiles = (files: File[]) => (entries: Entry[]) => entries.flatMap((e) => (e.name === name && 'file' in e ? files.map((file) => ({ name, file })) : [e]));
      const big = await browser.submit(page, values, 'continue', withFiles([new File([new Uint8Array(pdfBytes(3000))], 'big.pdf', { type: 'application/pdf' })]));
      assert.equal(pageStep(big), pageStep(page), 'the same page');
      assert.deepEqual(errorSummary(big.doc)?.length, 1);
      assert.ok(titleOf(big.doc).startsWith(message('en', 'error-prefix')));
      const program = await browser.submit(big, values, 'continue', withFiles([new File(['MZ\x90\x00 not a pdf'], 'payslip.pdf', { type: 'application/pdf' })]));
      assert.equal(pageStep(program), pageStep(page));
      assert.equal(errorSummary(program.doc)?.length, 1);
      const many = await browser.submit(program, values, 'continue', withFiles(Array.from({ length: 4 }, (_, i) => new File([new Uint8Array(pdfBytes(100))], `p${i}.pdf`, { type: 'application/pdf' }))));
      assertRefusal(many, 413, 'en', word('en', 'tooLargeHeading'), 'too many files');
      const session = await storage.readSession(browser.sessionId(ASSISTANCE)!);
      assert.equal(session!.state.step, pageStep(page), 'still on the page');
      return browser.get(page.url);
    });
    assert.ok(checked, 'a page with a file input');
    assert.equal(outcome.kind, 'sent', 'then a good file goes through');
    const records = await storage.listByForm(ASSISTANCE);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0]!.files.map((f) => f.name), ['payslip.pdf']);
    await app.close();
  });
});

describe('sending once', () => {
  it('a replayed final POST shows the same reference and stores nothing more', test, async () => {
    const { app, browser, storage } = await server();
    let check: Page | undefined;
    const outcome = await goThrough(browser, FEEDBACK, 'kk', GOOD_FEEDBACK, async (page, step) => {
      if (step === 'check-answers') check = page;
    });
    assert.equal(outcome.kind, 'sent');
    const [record] = await storage.listByForm(FEEDBACK);
    for (let i = 0; i < 3; i++) {
      const replay = await browser.submit(check!, () => undefined, 'continue');
      assert.ok(replay.url.endsWith('/session/confirmation'));
      assert.ok(textOf(replay.doc.all('main')[0]!).includes(record!.reference));
    }
    // A replay of an earlier page's POST too: to the confirmation, nothing written.
    assert.equal(await storage.count(), 1);
    await app.close();
  });

  it('two final POSTs at once store one submission; both see its reference', test, async () => {
    const { app, browser, storage } = await server();
    let check: Page | undefined;
    await goThrough(browser, FEEDBACK, 'ru', GOOD_FEEDBACK, async (page, step) => {
      if (step !== 'check-answers') return;
      check = page;
      const pages = await Promise.all(Array.from({ length: 6 }, () => browser.submit(page, () => undefined, 'continue')));
      const references = new Set(pages.map((p) => /SF-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(textOf(p.doc.all('main')[0]!))?.[0]));
      assert.equal(references.size, 1);
      assert.ok([...references][0]);
      return pages[0];
    });
    assert.ok(check);
    assert.equal(await storage.count(), 1);
    await app.close();
  });
});

describe('an expired session', () => {
  it('says so; Continue resumes with every answer; past the grace, Start again', test, async () => {
    let now = Date.parse('2026-12-07T09:00:00Z');
    const { app, browser, storage } = await server({ htmlFlow: { now: () => now, session: { idleSeconds: 60 * 60, maxAgeSeconds: 4 * 60 * 60, graceSeconds: 60 * 60 } } });
    const { second } = await onSecondPage(browser, 'kk');
    const oldId = browser.sessionId(FEEDBACK);
    now += 61 * 60 * 1000;
    const expired = await browser.get(second.url);
    assertRefusal(expired, 410, 'kk', word('kk', 'expiredHeading'), 'expired');
    const resume = expired.doc.all('a').find((a) => textOf(a) === message('kk', 'continue'))!;
    const resumed = await browser.get(attr(resume, 'href')!);
    assert.equal(resumed.status, 200);
    assert.equal(pageStep(resumed), pageStep(second), 'the page the person was on');
    assert.notEqual(browser.sessionId(FEEDBACK), oldId, 'a new session id');
    assert.equal((await storage.readSession(browser.sessionId(FEEDBACK)!))!.state.answers.service, GOOD_FEEDBACK.service, 'answers held');

    // A POST into an expired session (its own token): the answers of that page are kept too.
    now += 61 * 60 * 1000;
    const sent = await browser.submit(resumed, fromAnswers({ ...GOOD_FEEDBACK, rating: '4' }));
    assertRefusal(sent, 410, 'kk', word('kk', 'expiredHeading'), 'expired POST');
    assert.ok(textOf(sent.doc.all('main')[0]!).includes(word('kk', 'expiredKept')));
    const carry = sent.doc.all('a').find((a) => textOf(a) === message('kk', 'continue'))!;
    const again = await browser.get(attr(carry, 'href')!);
    assert.equal(again.status, 200);
    assert.ok(again.doc.all('input').some((i) => attr(i, 'name') === 'rating' && attr(i, 'value') === '4' && i.attrs.some((a) => a.name === 'checked')), 'the rating sent into the expired session');

    // Past expiry and grace: gone; Start again starts a new one.
    now += 3 * 60 * 60 * 1000;
    const gone = await browser.get(again.url);
    assertRefusal(gone, 410, 'en', word('en', 'endedHeading'), 'gone');
    const start = gone.doc.all('a').find((a) => attr(a, 'href') === `/apply/${FEEDBACK}`)!;
    const fresh = await browser.get(attr(start, 'href')!);
    assert.equal(fresh.status, 200);
    assert.equal(await storage.count(), 0);
    await app.close();
  });
});

describe('pages and headers', () => {
  it('an unknown form is a 404 page; the cookie is HttpOnly, SameSite=Lax and scoped to the form', test, async () => {
    const { app, browser } = await server();
    const missing = await browser.get('/apply/no-such-form?lang=ru');
    assertRefusal(missing, 404, 'ru', word('ru', 'notFoundHeading'), 'unknown form');
    const missingStep = await browser.get('/apply/no-such-form/page');
    assert.equal(missingStep.status, 404);
    const under = await browser.get('/apply/a/b/c/d');
    assert.equal(under.status, 404);
    assert.match(String(under.response.headers['content-type']), /^text\/html/);
    const first = await browser.request('GET', `/apply/${JOB_SEEKER}`);
    assert.match(String(first.headers['set-cookie']), new RegExp(`^sf_session=[A-Za-z0-9_-]{43}; Path=/apply/${JOB_SEEKER}; HttpOnly; SameSite=Lax$`));
    await app.close();
  });

  it('GET /forms/:id asking for HTML goes to the pages; asking for JSON gets the definition', test, async () => {
    const { app } = await server();
    const html = await app.inject({ url: `/forms/${FEEDBACK}`, headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    assert.equal(html.statusCode, 303);
    assert.equal(html.headers.location, `/apply/${FEEDBACK}`);
    for (const accept of [undefined, '*/*', 'application/json']) {
      const json = await app.inject({ url: `/forms/${FEEDBACK}`, headers: accept ? { accept } : {} });
      assert.equal(json.statusCode, 200, String(accept));
      assert.equal(json.json().id, FEEDBACK);
    }
    await app.close();
  });

  it('pages are compressed when asked for; the stylesheet is served when the package has one', test, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sf-css-'));
    const css = join(folder, 'service-forms.css');
    writeFileSync(css, `body { margin: 0 }\n${'/* padding */\n'.repeat(200)}`);
    const { app, browser } = await server({ htmlFlow: { stylesheetFile: css } });
    browser.headers['accept-encoding'] = 'br, gzip';
    const page = await browser.request('GET', `/apply/${JOB_SEEKER}?lang=en`);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.match(String(page.headers.vary), /Accept-Encoding/);
    assert.ok(brotliDecompressSync(page.rawPayload).toString().startsWith('<!doctype html>'));
    const sheet = await app.inject({ url: '/assets/service-forms.css', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(sheet.statusCode, 200);
    assert.match(String(sheet.headers['content-type']), /^text\/css/);
    assert.equal(sheet.headers['content-encoding'], 'gzip');
    const again = await app.inject({ url: '/assets/service-forms.css', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(sheet.headers.etag) } });
    assert.equal(again.statusCode, 304);
    await app.close();
    const none = await server({ htmlFlow: { stylesheetFile: join(folder, 'missing.css') } });
    assert.equal((await none.app.inject({ url: '/assets/service-forms.css' })).statusCode, 404);
    await none.app.close();
  });

  it('too many requests: a 429 page with Retry-After', test, async () => {
    const { app, browser } = await server({ limits: { ratePerMinute: 2 } });
    await browser.get(`/apply/${FEEDBACK}?lang=en`);
    await browser.request('GET', `/apply/${FEEDBACK}`);
    const limited = await browser.get(`/apply/${FEEDBACK}`);
    assertRefusal(limited, 429, 'en', word('en', 'busyHeading'), 'rate limited');
    assert.ok(limited.response.headers['retry-after']);
    await app.close();
  });
});
