import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_RATINGS, localize, message } from '@service-forms/core';
import type { FastifyInstance } from 'fastify';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';
import { attr, descendants, has, text } from '../../../html/src/testing/parse.js';
import { isoWeek } from '../analytics/week.js';
import { DefinitionStore } from '../definitions.js';
import type { Storage } from '../storage/storage.js';
import { Browser, checkFlowPage, EXAMPLE_FORMS_DIR, exampleFormId, firstInMain, flowServer, goThrough, h1Of, pageForm, textOf, titleOf, urlencoded, type Entry, type Page } from '../testing/html-flow.js';

// The satisfaction question on the HTML flow's confirmation (issue 16): asked as plain HTML in
// the person's language, posted to /apply/<id>/session/feedback with the session's CSRF token,
// stored through the same checks and as the same row as POST /api/feedback (week, region,
// masked comment), then post/redirect/get to the thanks. A post with problems: the confirmation
// again with the error pattern, the comment kept. Once per submission.

const test = { timeout: 120_000 };
/** The analytics clock: Tuesday 8 December 2026, 10:15 in Astana. */
const NOW = Date.parse('2026-12-08T05:15:00Z');

const goodAnswers = (file: string) => FORMS.find(([name]) => name === file)![1].find((c) => 'accepted' in c.expected)!;

let app: FastifyInstance;
let storage: Storage;

before(async () => {
  ({ app, storage } = await flowServer({ analytics: { now: () => NOW } }));
});
after(async () => {
  await app.close();
});

/** A new browser through `file`'s form in `locale` to its confirmation. */
async function sent(file: string, locale: string): Promise<{ browser: Browser; formId: string; page: Page; answers: Record<string, unknown> }> {
  const browser = new Browser(app);
  const formId = exampleFormId(file);
  const good = goodAnswers(file);
  const outcome = await goThrough(browser, formId, locale, good.answers);
  assert.equal(outcome.kind, 'sent');
  return { browser, formId, page: outcome.page, answers: (good.expected as { accepted: Record<string, unknown> }).accepted };
}

/** Posts the page's feedback form: `rating` and `comment` typed (CRLF line breaks, as a browser posts), everything else as the page has it. */
function answer(browser: Browser, page: Page, { rating, comment }: { rating?: string; comment?: string }, edit: (entries: Entry[]) => Entry[] = (e) => e) {
  return browser.submit(page, (name) => (name === 'rating' ? rating : name === 'comment' ? comment : undefined), 'send-feedback', edit);
}

const feedbackOf = (formId: string) => storage.listFeedback(formId);

describe('the satisfaction question on the HTML flow\'s confirmation', () => {
  it('asked in Kazakh; answered: 303 to the thanks, stored once exactly as POST /api/feedback stores it (week, region, the comment masked)', test, async () => {
    const { browser, formId, page, answers } = await sent('job-seeker', 'kk');
    checkFlowPage(page, 'confirmation');
    assert.equal(h1Of(page.doc), message('kk', 'confirmation-heading'));
    const form = pageForm(page.doc);
    assert.equal(attr(form, 'action'), `/apply/${formId}/session/feedback?lang=kk`);
    assert.equal(textOf(descendants(form).find((el) => el.tagName === 'legend')!), message('kk', 'feedback-question'));
    assert.deepEqual(
      descendants(form)
        .filter((el) => attr(el, 'type') === 'radio')
        .map((el) => attr(el, 'value')),
      [...FEEDBACK_RATINGS],
    );
    assert.deepEqual(await feedbackOf(formId), []);

    const typed = ' Ұзақ күттім. Нөмірім 8 701 234 56 78,\nЖСН 900115300014, пошта aigul@example.kz ';
    const response = await browser.request('POST', `/apply/${formId}/session/feedback?lang=kk`, {
      payload: urlencoded([
        { name: '_csrf', value: attr(descendants(form).find((el) => attr(el, 'name') === '_csrf')!, 'value')! },
        { name: 'rating', value: 'dissatisfied' },
        { name: 'comment', value: typed.replace(/\n/g, '\r\n') },
        { name: 'action', value: 'send-feedback' },
      ]),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/apply/${formId}/session/feedback?lang=kk`);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['set-cookie'], undefined);

    const thanks = await browser.follow(response, `/apply/${formId}/session/feedback`);
    assert.equal(thanks.status, 200);
    checkFlowPage(thanks, 'thanks');
    assert.equal(h1Of(thanks.doc), message('kk', 'feedback-thanks'));
    assert.equal(titleOf(thanks.doc), `${message('kk', 'feedback-thanks')} – ${localize(JSON.parse(readFileSync(join(EXAMPLE_FORMS_DIR, 'job-seeker.json'), 'utf8')).title, 'kk')}`);
    assert.ok(textOf(thanks.doc.all('main')[0]!).includes(message('kk', 'feedback-thanks-body')));
    assert.equal(attr(thanks.doc.all('a').find((a) => attr(a, 'class') === 'sf-back-link')!, 'href'), `/apply/${formId}/session/confirmation?lang=kk`);

    // The row: what the browser's sf-feedback would have sent, stored as the JSON route stores it.
    assert.equal(typeof answers.region, 'string');
    assert.deepEqual(await feedbackOf(formId), [
      {
        formId,
        formVersion: '1.0.0',
        week: isoWeek(NOW),
        locale: 'kk',
        region: answers.region,
        given: 'confirmation',
        rating: 'dissatisfied',
        comment: 'Ұзақ күттім. Нөмірім [phone],\nЖСН [IIN/BIN], пошта [email]',
      },
    ]);

    // The same answer through the JSON route (what sf-feedback posts): the very same row.
    const json = await browser.request('POST', '/api/feedback', {
      payload: JSON.stringify({ formId, formVersion: '1.0.0', locale: 'kk', given: 'confirmation', rating: 'dissatisfied', comment: typed, region: answers.region }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(json.statusCode, 201);
    const [fromForm, fromJson] = await feedbackOf(formId);
    assert.deepEqual(fromJson, fromForm);

    // A reload of the confirmation still works: the thanks in the question's place, no form.
    const reload = await browser.get(`/apply/${formId}/session/confirmation`);
    assert.equal(reload.status, 200);
    assert.equal(h1Of(reload.doc), message('kk', 'confirmation-heading'));
    assert.equal(reload.doc.all('form').length, 0);
    assert.ok(textOf(reload.doc.all('main')[0]!).includes(message('kk', 'feedback-thanks')));

    // The same answer posted again (the back button, a double click), or another: the thanks, nothing more stored.
    const again = await answer(browser, page, { rating: 'very-satisfied', comment: 'Екінші рет' });
    assert.equal(again.url, `/apply/${formId}/session/feedback?lang=kk`);
    assert.equal(h1Of(again.doc), message('kk', 'feedback-thanks'));
    const empty = await answer(browser, page, {});
    assert.equal(h1Of(empty.doc), message('kk', 'feedback-thanks'), 'even one with problems: it was given');
    assert.equal((await feedbackOf(formId)).length, 2, "the form's row and the JSON route's, no more");
    // The submission itself is untouched: one row.
    const session = await storage.readSession(browser.sessionId(formId)!);
    assert.equal((await storage.listByForm(formId)).filter((r) => r.submissionId === session!.submissionId).length, 1);
  });

  it('two posts at once (a double click): one row, both answered with the thanks', test, async () => {
    const { browser, formId, page } = await sent('service-feedback', 'en');
    const before = (await feedbackOf(formId)).length;
    const csrf = attr(descendants(pageForm(page.doc)).find((el) => attr(el, 'name') === '_csrf')!, 'value')!;
    const post = () =>
      browser.request('POST', `/apply/${formId}/session/feedback?lang=en`, {
        payload: urlencoded([
          { name: '_csrf', value: csrf },
          { name: 'rating', value: 'satisfied' },
        ]),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const responses = await Promise.all([post(), post()]);
    assert.deepEqual(
      responses.map((r) => [r.statusCode, r.headers.location]),
      [
        [303, `/apply/${formId}/session/feedback?lang=en`],
        [303, `/apply/${formId}/session/feedback?lang=en`],
      ],
    );
    const rows = await feedbackOf(formId);
    assert.equal(rows.length, before + 1);
    assert.deepEqual(rows.filter((row) => row.rating === 'satisfied' && row.locale === 'en'), [
      { formId, formVersion: '1.0.0', week: isoWeek(NOW), locale: 'en', region: '', given: 'confirmation', rating: 'satisfied', comment: undefined },
    ]);
  });

  it('with problems: the confirmation again (400), the summary first, inline errors, "Error:" in the title, the comment kept; nothing stored until it is right', test, async () => {
    const { browser, formId, page } = await sent('service-feedback', 'ru');
    const before = (await feedbackOf(formId)).length;
    const formTitle = localize(JSON.parse(readFileSync(join(EXAMPLE_FORMS_DIR, 'service-feedback.json'), 'utf8')).title, 'ru');
    const prefix = message('ru', 'error-prefix');

    // Nothing chosen, a comment over the limit (one code point too many, after trimming).
    const long = `Слишком долго.\n${'ж'.repeat(FEEDBACK_COMMENT_MAX - 14)}`;
    assert.equal([...long].length, FEEDBACK_COMMENT_MAX + 1);
    const failed = await answer(browser, page, { comment: `${long}\n`.replace(/\n/g, '\r\n') });
    assert.equal(failed.status, 400);
    assert.equal(failed.url, `/apply/${formId}/session/feedback?lang=ru`, 'answered at the address it posted to, no redirect');
    checkFlowPage(failed, 'confirmation in error');
    assert.equal(titleOf(failed.doc), `${prefix} ${message('ru', 'confirmation-heading')} – ${formTitle}`);
    const summary = firstInMain(failed.doc);
    assert.equal(attr(summary, 'class'), 'sf-error-summary');
    assert.deepEqual(
      descendants(summary)
        .filter((el) => el.tagName === 'a')
        .map((a) => [attr(a, 'href'), textOf(a)]),
      [
        ['#rating:option-0', message('ru', 'feedback-no-rating')],
        ['#comment', message('ru', 'feedback-too-long', { max: FEEDBACK_COMMENT_MAX })],
      ],
    );
    const errors = failed.doc.elements.filter((el) => attr(el, 'class') === 'sf-error').map(textOf);
    assert.deepEqual(errors, [`${prefix} ${message('ru', 'feedback-no-rating')}`, `${prefix} ${message('ru', 'feedback-too-long', { max: FEEDBACK_COMMENT_MAX })}`]);
    const textarea = failed.doc.all('textarea')[0]!;
    assert.equal(attr(textarea, 'aria-invalid'), 'true');
    assert.equal(text(textarea), `${long}\n`, 'the comment exactly as typed');
    assert.ok(textOf(failed.doc.all('main')[0]!).includes(message('ru', 'confirmation-heading')), 'still the confirmation');
    assert.equal((await feedbackOf(formId)).length, before);

    // A rating chosen, the comment still too long: the rating stays chosen, one error.
    const still = await answer(browser, failed, { rating: 'neither' });
    assert.equal(still.status, 400);
    assert.deepEqual(
      still.doc.all('input').filter((el) => has(el, 'checked')).map((el) => attr(el, 'value')),
      ['neither'],
    );
    assert.deepEqual(
      descendants(firstInMain(still.doc)).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href')),
      ['#comment'],
    );
    assert.equal((await feedbackOf(formId)).length, before);

    // Put right: stored (trimmed), then the thanks.
    const done = await answer(browser, still, { comment: long.slice(0, 40) });
    assert.equal(done.status, 200);
    assert.equal(h1Of(done.doc), message('ru', 'feedback-thanks'));
    const rows = await feedbackOf(formId);
    assert.equal(rows.length, before + 1);
    assert.ok(rows.some((row) => row.rating === 'neither' && row.locale === 'ru' && row.comment === long.slice(0, 40).trim()));
  });

  it('in the language the confirmation was switched to; stored with that language', test, async () => {
    const { browser, formId } = await sent('service-feedback', 'kk');
    const english = await browser.get(`/apply/${formId}/session/confirmation?lang=en`);
    assert.equal(textOf(english.doc.all('legend')[0]!), message('en', 'feedback-question'));
    assert.equal(attr(pageForm(english.doc), 'action'), `/apply/${formId}/session/feedback?lang=en`);
    const thanks = await answer(browser, english, { rating: 'very-satisfied' });
    assert.equal(attr(thanks.doc.all('html')[0]!, 'lang'), 'en');
    const rows = await feedbackOf(formId);
    assert.ok(rows.some((row) => row.rating === 'very-satisfied' && row.locale === 'en'));
  });

  it('refused without the session\'s CSRF token (403, nothing stored); a name it does not have (400, nothing stored)', test, async () => {
    const { browser, formId, page } = await sent('service-feedback', 'en');
    const before = (await feedbackOf(formId)).length;
    const wrong = await answer(browser, page, { rating: 'satisfied' }, (entries) => entries.map((e) => (e.name === '_csrf' ? { name: '_csrf', value: 'forged' } : e)));
    assert.equal(wrong.status, 403);
    assert.ok(titleOf(wrong.doc).startsWith(`${message('en', 'error-prefix')} `));
    const missing = await answer(browser, page, { rating: 'satisfied' }, (entries) => entries.filter((e) => e.name !== '_csrf'));
    assert.equal(missing.status, 403);
    const extra = await answer(browser, page, { rating: 'satisfied' }, (entries) => [...entries, { name: 'iin', value: '900115300014' }]);
    assert.equal(extra.status, 400);
    assert.equal((await feedbackOf(formId)).length, before);
    // Another browser (no cookie) posting the same: the session's own refusal, nothing stored.
    const stranger = new Browser(app);
    const response = await stranger.request('POST', `/apply/${formId}/session/feedback`, {
      payload: 'rating=satisfied',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 403);
    assert.equal((await feedbackOf(formId)).length, before);
    // The thanks before any feedback: back to the confirmation.
    const early = await browser.request('GET', `/apply/${formId}/session/feedback`);
    assert.equal(early.statusCode, 303);
    assert.equal(early.headers.location, `/apply/${formId}/session/confirmation`);
  });

  it('before the application is sent, there is nothing to give feedback on: back to the page, nothing stored', test, async () => {
    const browser = new Browser(app);
    const formId = exampleFormId('service-feedback');
    const first = await browser.get(`/apply/${formId}?lang=en`);
    const csrf = attr(descendants(pageForm(first.doc)).find((el) => attr(el, 'name') === '_csrf')!, 'value')!;
    const before = (await feedbackOf(formId)).length;
    const response = await browser.request('POST', `/apply/${formId}/session/feedback`, {
      payload: urlencoded([
        { name: '_csrf', value: csrf },
        { name: 'rating', value: 'satisfied' },
      ]),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, attr(pageForm(first.doc), 'action'));
    assert.equal((await feedbackOf(formId)).length, before);
  });
});

describe('a form whose definition says "feedback": false', () => {
  let dir: string;
  let off: { app: FastifyInstance; storage: Storage };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-feedback-off-'));
    const definition = JSON.parse(readFileSync(join(EXAMPLE_FORMS_DIR, 'service-feedback.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'service-feedback.json'), JSON.stringify({ ...definition, feedback: false }));
    off = await flowServer({ definitions: await DefinitionStore.load(dir), analytics: { now: () => NOW } });
  });
  after(async () => {
    await off.app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the confirmation without the question, and a post of one stores nothing', test, async () => {
    const browser = new Browser(off.app);
    const formId = exampleFormId('service-feedback');
    const good = goodAnswers('service-feedback');
    const outcome = await goThrough(browser, formId, 'kk', good.answers);
    assert.equal(outcome.kind, 'sent');
    assert.equal(h1Of(outcome.page.doc), message('kk', 'confirmation-heading'));
    assert.equal(outcome.page.doc.all('form').length, 0);
    assert.ok(!textOf(outcome.page.doc.all('main')[0]!).includes(message('kk', 'feedback-heading')));
    const session = await off.storage.readSession(browser.sessionId(formId)!);
    const response = await browser.request('POST', `/apply/${formId}/session/feedback`, {
      payload: urlencoded([
        { name: '_csrf', value: session!.csrfToken },
        { name: 'rating', value: 'satisfied' },
      ]),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/apply/${formId}/session/confirmation`);
    assert.deepEqual(await off.storage.listFeedback(formId), []);
  });
});
