// The no-JavaScript way through a form, in a real Chromium with JavaScript disabled, against the
// demo server as `npm start` runs it (examples/server.mjs, after the build): from the demo page's
// "without JavaScript" link, in Kazakh, by keyboard and clicks on native controls only. A failed
// page (the error summary first, the title prefixed), a branch that adds a page, Change from
// check answers that removes it again, and sending: the confirmation shows the reference and the
// stored row holds exactly the answers given (read from the SQLite file).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { demoAndBrowser, ENHANCED, message } from './nojs-helpers.mjs';

const CONTINUE = 'main form button[name="action"][value="continue"]:not([aria-hidden])';

describe('a form without JavaScript, through the reference server', { timeout: 180_000 }, () => {
  const harness = demoAndBrowser('sf-nojs-');

  it('service feedback in Kazakh: a failed page, a branch, Change, sent once and stored exactly', async () => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (entry) => entry.type() === 'error' && problems.push(`${entry.text()} ${entry.location()?.url ?? ''}`.trim()));
    try {
      await page.goto(`${harness.origin}/`);
      await page.click('a[data-html-form="service-feedback"]');
      assert.match(new URL(page.url()).pathname, /^\/apply\/service-feedback(\/|$)/);
      await page.click('nav a[hreflang="kk"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
      assert.equal(await page.locator('sf-form.sf-served').count(), ENHANCED ? 1 : 0);

      // Continue with nothing: the summary first in main, the title says "Қате:", nothing lost.
      await page.click(CONTINUE);
      const prefix = message('kk', 'error-prefix');
      assert.ok((await page.title()).startsWith(`${prefix} `), await page.title());
      const first = await page.evaluate(() => document.querySelector('main').firstElementChild.className);
      assert.equal(first, 'sf-error-summary');
      assert.equal((await page.textContent('main h2')).trim(), message('kk', 'there-is-a-problem'));
      const links = await page.$$eval('.sf-error-summary a', (as) => as.map((a) => a.getAttribute('href')));
      assert.equal(links.length, 2, links.join());
      for (const href of links) assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, href);

      // Answer the first page by keyboard: the select and a radio.
      await page.focus('select[name="service"]');
      await page.selectOption('select[name="service"]', 'labour-contract');
      await page.check('input[name="channel"][value="online"]');
      await page.focus('input[name="channel"][value="online"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/rating$/);

      // A low rating adds "what went wrong".
      await page.check('input[name="rating"][value="2"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/what-went-wrong$/);
      await page.check('input[name="reasons"][value="waiting"]');
      await page.check('input[name="reasons"][value="unclear"]');
      await page.fill('textarea[name="comment"]', 'Ұзақ күттім.\nҚағаздар түсініксіз.');
      await page.click(CONTINUE);
      await page.waitForURL(/\/reply$/);

      await page.check('input[name="wantsReply"][value="yes"]');
      await page.fill('input[name="replyName"]', 'Әлия Қайратқызы');
      await page.check('input[name="replyBy"][value="email"]');
      await page.fill('input[name="replyEmail"]', 'aliya@example.kz');
      await page.check('input[name="replyConsent"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/check-answers$/);
      assert.equal((await page.textContent('main h1')).trim(), message('kk', 'check-answers-heading'));
      assert.ok((await page.textContent('main')).includes('Қағаздар түсініксіз.'));

      // Change the rating to 4: "what went wrong" no longer applies and is not sent.
      await page.click('a[href*="/change/rating"]');
      // The Change link's fragment names the question: the browser scrolls to it.
      await page.waitForURL(/\/rating#rating$/);
      assert.equal(await page.isChecked('input[name="rating"][value="2"]'), true, 'the answer is shown back');
      await page.check('input[name="rating"][value="4"]');
      await page.click(CONTINUE);
      await page.waitForURL(/\/check-answers$/);
      assert.ok(!(await page.textContent('main')).includes('Қағаздар түсініксіз.'), 'a page that no longer applies is not listed');

      // Accept and send.
      await page.click(CONTINUE);
      await page.waitForURL(/\/session\/confirmation/);
      assert.equal((await page.textContent('main h1')).trim(), message('kk', 'confirmation-heading'));
      const reference = (await page.textContent('.sf-reference')).trim();
      assert.match(reference, /^[A-Z0-9-]{6,}$/);

      // The browser's back button and a second send store nothing more.
      await page.goBack();
      const again = page.locator(CONTINUE);
      if (await again.count()) await again.click();

      const db = new Database(harness.database, { readonly: true });
      try {
        const rows = db.prepare("SELECT reference, locale, answers FROM submissions WHERE form_id = 'service-feedback'").all();
        assert.equal(rows.length, 1, 'stored once');
        assert.equal(rows[0].reference, reference);
        assert.equal(rows[0].locale, 'kk');
        assert.deepEqual(JSON.parse(rows[0].answers), {
          service: 'labour-contract',
          channel: 'online',
          rating: '4',
          wantsReply: 'yes',
          replyName: 'Әлия Қайратқызы',
          replyBy: 'email',
          replyEmail: 'aliya@example.kz',
          replyConsent: true,
        });
      } finally {
        db.close();
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
