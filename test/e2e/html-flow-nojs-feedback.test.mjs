// The satisfaction question on the HTML flow's confirmation (issue 16), in a real Chromium with
// JavaScript disabled, against the demo server as `npm start` runs it (examples/server.mjs, after
// the build): a short application (service feedback) sent in Russian, then the question answered
// with the keyboard alone: Send with no rating first (the confirmation again, the error summary
// first in main, "Ошибка:" in the title, the comment kept), then a rating chosen with the arrow
// keys and Send with Enter. The thank-you page's title and heading say thank you; the stored row
// (read from the SQLite file) is exactly what POST /api/feedback would store, the comment masked,
// once. axe (violations and incomplete results both fail) over the question, its error state and
// the thanks; at 320 px the error state does not scroll sideways.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import { confirmation, definition, demoAndBrowser, message, tabAndPress, tabAndType } from './nojs-helpers.mjs';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { isoWeek } = await tsImport('../../packages/server/src/analytics/week.ts', import.meta.url);

const LOCALE = 'ru';
const CONTINUE = 'main form button[name="action"][value="continue"]:not([aria-hidden])';

describe('the satisfaction question without JavaScript, through the reference server', { timeout: 180_000 }, () => {
  const harness = demoAndBrowser('sf-nojs-feedback-');

  /**
   * axe over what the JavaScript-off page shows now: its HTML served again at the same origin (so
   * the stylesheet applies) in a context that may run axe.
   */
  async function axeFindings(page, where) {
    const html = await page.content();
    const context = await harness.browser.newContext({ bypassCSP: true });
    try {
      const checked = await context.newPage();
      const url = `${harness.origin}/axe-check${new URL(page.url()).pathname.replace(/\//g, '-')}`;
      await checked.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      await checked.goto(url);
      await checked.addScriptTag({ content: await readFile(AXE, 'utf8') });
      const found = await checked.evaluate(
        (tags) =>
          window.axe
            .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
            .then(({ violations, incomplete }) => [...violations, ...incomplete].map((rule) => `${rule.id}: ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`)),
        WCAG_TAGS,
      );
      return found.map((finding) => `${where}: ${finding}`);
    } finally {
      await context.close();
    }
  }

  it('service feedback sent in Russian; the question answered by keyboard: an error first, then stored once, masked, and thanked', async () => {
    const formTitle = definition('service-feedback').title[LOCALE];
    const failures = [];
    const weekBefore = isoWeek(Date.now());
    const { context, page, problems } = await harness.open('service-feedback', LOCALE);
    try {
      // The application, briefly.
      await page.selectOption('select[name="service"]', 'labour-contract');
      await page.check('input[name="channel"][value="online"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/rating$/);
      await page.check('input[name="rating"][value="5"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/reply$/);
      await page.check('input[name="wantsReply"][value="no"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/check-answers$/);
      await page.click(CONTINUE);
      const reference = await confirmation(page, LOCALE);

      // The question, under the confirmation, in Russian.
      const question = page.getByRole('region', { name: message(LOCALE, 'feedback-heading') });
      await question.waitFor();
      const radios = question.getByRole('group', { name: message(LOCALE, 'feedback-question') });
      for (const rating of ['very-satisfied', 'satisfied', 'neither', 'dissatisfied', 'very-dissatisfied']) {
        assert.equal(await radios.getByRole('radio', { name: message(LOCALE, `feedback-${rating}`), exact: true }).getAttribute('value'), rating);
      }
      const comment = question.getByRole('textbox', { name: message(LOCALE, 'feedback-comment') });
      assert.equal(await comment.getAttribute('name'), 'comment');
      failures.push(...(await axeFindings(page, 'the question')));

      // By keyboard: a comment typed, Send pressed with no rating chosen.
      const typed = 'Всё понятно, но долго.\nМой телефон +7 701 234 56 78';
      await tabAndType(page, comment, typed.split('\n')[0]);
      await page.keyboard.press('Enter');
      await page.keyboard.type(typed.split('\n')[1]);
      const send = question.getByRole('button', { name: message(LOCALE, 'feedback-send') });
      await tabAndPress(page, send, 'Enter');
      await page.locator('main > .sf-error-summary').waitFor();
      assert.equal(await page.title(), `${message(LOCALE, 'error-prefix')} ${message(LOCALE, 'confirmation-heading')} – ${formTitle}`);
      const summary = page.locator('main > :first-child');
      assert.equal(await summary.getAttribute('class'), 'sf-error-summary');
      assert.deepEqual(
        await summary.getByRole('link').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent.trim()])),
        [['#rating:option-0', message(LOCALE, 'feedback-no-rating')]],
      );
      assert.equal(await page.locator('textarea[name="comment"]').inputValue(), typed, 'the comment kept as typed');
      assert.equal((await page.locator('.sf-reference').textContent()).trim(), reference, 'still the confirmation');
      failures.push(...(await axeFindings(page, 'the question in error')));
      // At 320 CSS px (400% zoom of 1280) nothing scrolls sideways (WCAG 1.4.10).
      await page.setViewportSize({ width: 320, height: 800 });
      assert.deepEqual(await page.evaluate(() => [document.documentElement.scrollWidth <= document.documentElement.clientWidth, document.documentElement.clientWidth]), [true, 320]);
      await page.setViewportSize({ width: 1280, height: 800 });

      // The summary's link leads to the first radio; the arrow keys choose, Enter sends.
      await tabAndPress(page, summary.getByRole('link'), 'Enter');
      assert.equal(await page.evaluate(() => location.hash), '#rating:option-0');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'rating:option-0', 'the link moves focus to the first radio');
      const dissatisfied = page.getByRole('radio', { name: message(LOCALE, 'feedback-dissatisfied'), exact: true });
      for (let i = 0; !(await dissatisfied.evaluate((radio) => radio === document.activeElement)); i++) {
        assert.ok(i < 5, 'the arrow keys did not reach Dissatisfied');
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await dissatisfied.isChecked(), true, 'the arrow keys choose');
      await page.keyboard.press('Enter');

      // The thanks: its own title and heading, Back to the confirmation.
      await page.waitForURL(/\/session\/feedback\?lang=ru$/);
      assert.equal(await page.title(), `${message(LOCALE, 'feedback-thanks')} – ${formTitle}`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message(LOCALE, 'feedback-thanks'));
      assert.ok((await page.locator('main').textContent()).includes(message(LOCALE, 'feedback-thanks-body')));
      const back = page.locator('a.sf-back-link');
      assert.equal((await back.textContent()).trim(), message(LOCALE, 'back'));
      assert.equal(await back.getAttribute('href'), '/apply/service-feedback/session/confirmation?lang=ru');
      failures.push(...(await axeFindings(page, 'the thanks')));

      // The confirmation opened again: the thanks in the question's place, no form to send twice.
      await page.goto(`${harness.origin}/apply/service-feedback/session/confirmation`);
      assert.equal((await page.locator('.sf-reference').textContent()).trim(), reference);
      assert.equal(await page.locator('main form').count(), 0);
      assert.equal(await page.getByRole('heading', { level: 2, name: message(LOCALE, 'feedback-thanks') }).count(), 1);

      const db = new Database(harness.database, { readonly: true });
      try {
        const rows = db.prepare("SELECT form_id, form_version, week, locale, region, given, rating, comment FROM feedback WHERE form_id = 'service-feedback'").all();
        const weeks = new Set([weekBefore, isoWeek(Date.now())]);
        assert.equal(rows.length, 1, 'stored once');
        assert.ok(weeks.has(rows[0].week), rows[0].week);
        assert.deepEqual({ ...rows[0], week: undefined }, {
          form_id: 'service-feedback',
          form_version: '1.0.0',
          week: undefined,
          locale: 'ru',
          region: '',
          given: 'confirmation',
          rating: 'dissatisfied',
          comment: 'Всё понятно, но долго.\nМой телефон [phone]',
        });
        // One submission, the feedback holds nothing of it.
        assert.equal(db.prepare("SELECT count(*) AS n FROM submissions WHERE form_id = 'service-feedback'").get().n, 1);
      } finally {
        db.close();
      }
    } catch (error) {
      error.message += `\n  at ${page.url()}\n${await page.locator('main').ariaSnapshot().catch(() => '(no main)')}`;
      throw error;
    } finally {
      await context.close();
    }
    // The console's one message: Chromium's note of the 400 that answered the post with a problem.
    assert.deepEqual(
      problems.map((problem) => problem.replace(/127\.0\.0\.1:\d+/g, 'server')),
      ['Failed to load resource: the server responded with a status of 400 (Bad Request) http://server/apply/service-feedback/session/feedback?lang=ru'],
    );
    assert.deepEqual(failures, []);
  });
});
