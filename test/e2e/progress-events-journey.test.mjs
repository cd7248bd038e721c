// Progress events (issue 16) from a real journey to the reference server's counters: the built
// bundle in headless Chromium opens the demo page's service-feedback form (its `endpoint` puts the
// events beside it, at /api/events), fails the first page once, goes on and submits; the batch
// the receipt sends is checked by the server and stored as counts, read here straight from the
// SQLite file: exactly the pages, the one failure with its codes, and the submission; no answer.
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

describe('sf-form progress events → reference server → SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-events-'));
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

  it('a journey with one failed page is stored as counts: pages reached, the failure and its codes per field, submitted', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const batches = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/events') batches.push({ type: request.headers()['content-type'], body: request.postData() });
    });

    await page.goto(new URL('/?form=service-feedback', server.url).href);
    const form = page.locator('sf-form');
    await form.getByRole('heading', { name: 'The service you used' }).waitFor();
    // The events' chunk is fetched once the first page shows: here before the first Continue.
    await page.waitForLoadState('networkidle');
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'There is a problem' }).waitFor();
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
    // The receipt ends the attempt: its batch goes at once, as a beacon the server answers 204.
    const stored = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/events');
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    assert.equal((await stored).status(), 204);

    assert.equal(batches.length, 1);
    assert.match(batches[0].type, /^text\/plain/);
    // The answers chosen are not in it (the service and the channel are not the region field).
    for (const answer of ['job-seeker-registration', 'online']) assert.ok(!batches[0].body.includes(answer), `${answer} is not sent`);
    assert.deepEqual(problems, []);
    await page.close();

    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT form_id, form_version, week, locale, region, step, kind, field, code, n FROM analytics_counts ORDER BY step, kind, field, code').all();
      const week = rows[0]?.week;
      assert.match(week, /^\d{4}-W\d{2}$/);
      const count = (step, kind, field = '', code = '') => ({ form_id: 'service-feedback', form_version: '1.0.0', week, locale: 'en', region: '', step, kind, field, code, n: 1 });
      assert.deepEqual(rows, [
        count('check-answers', 'page-reached'),
        count('check-answers', 'submitted'),
        count('rating', 'page-reached'),
        count('reply', 'page-reached'),
        count('service', 'error', 'channel', 'required'),
        count('service', 'error', 'service', 'required'),
        count('service', 'page-failed'),
        count('service', 'page-reached'),
      ]);
    } finally {
      db.close();
    }
  });
});
