// The satisfaction question on a real confirmation, sent to the real reference server: the built
// bundle in headless Chromium submits the service-feedback example through sf-form's `endpoint`,
// answers sf-feedback on the confirmation by keyboard, and the feedback row is read straight from
// the SQLite file (comment masked, nothing personal, the week only).
// Runs after `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

describe('sf-feedback → reference server → SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-feedback-'));
  const file = join(dir, 'submissions.db');
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: file, databaseUrl: undefined, exportToken: undefined, ratePerMinute: false, logLevel: 'warn' });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('feedback given by keyboard on the confirmation arrives once, stored masked with the form, version, locale and week', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push({ path: new URL(request.url()).pathname, body: request.postData() });
    });

    await page.goto(new URL('/?form=service-feedback', server.url).href);
    const form = page.locator('sf-form');
    await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Your rating' }).waitFor();
    await form.getByRole('radio', { name: '5: Very good' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
    await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();

    const question = form.locator('sf-feedback');
    await question.getByRole('heading', { name: 'Tell us what you think of this service' }).waitFor();
    // Keyboard only: into the radios, down to "Dissatisfied", to the comment, to Send.
    await question.getByRole('radio', { name: 'Very satisfied' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nobody answered. Call me on 8 701 234 56 78 or aigul@example.kz');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await question.getByRole('heading', { name: 'Thank you for your feedback' }).waitFor();

    const sent = posts.filter((post) => post.path === '/api/feedback');
    assert.equal(sent.length, 1);
    assert.deepEqual(JSON.parse(sent[0].body), {
      formId: 'service-feedback',
      formVersion: JSON.parse(sent[0].body).formVersion,
      locale: 'en',
      given: 'confirmation',
      rating: 'dissatisfied',
      comment: 'Nobody answered. Call me on 8 701 234 56 78 or aigul@example.kz',
    });
    assert.match(JSON.parse(sent[0].body).formVersion, /^\d+\.\d+\.\d+$/);
    assert.deepEqual(problems, []);
    await page.close();

    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT form_id, form_version, week, locale, region, given, rating, comment FROM feedback').all();
      assert.equal(rows.length, 1);
      const [row] = rows;
      assert.deepEqual({ ...row, week: undefined }, {
        form_id: 'service-feedback',
        form_version: JSON.parse(sent[0].body).formVersion,
        week: undefined,
        locale: 'en',
        region: '',
        given: 'confirmation',
        rating: 'dissatisfied',
        comment: 'Nobody answered. Call me on [phone] or [email]',
      });
      assert.match(row.week, /^\d{4}-W\d{2}$/);
    } finally {
      db.close();
    }
  });
});
