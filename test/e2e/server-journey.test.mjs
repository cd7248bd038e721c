// A person's journey from the demo agency page through the reference server to a stored row:
// the built bundle in headless Chromium fills in the service-feedback form and submits it through
// sf-form's `endpoint` (fetch adapter behind the offline outbox); the row is then read straight
// from the SQLite file, and the applicant's status page and the export show it.
// Runs after `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const TOKEN = 'journey-export-token-0123456789';

/** Fills in the service-feedback form up to "Check your answers" (a low rating: the comment page applies). */
async function fillFeedback(page, comment) {
  const form = page.locator('sf-form');
  await form.getByLabel('Which service did you use?').selectOption('job-seeker-registration');
  await form.getByRole('radio', { name: 'Online' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Your rating' }).waitFor();
  await form.getByRole('radio', { name: '2: Poor' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'What went wrong' }).waitFor();
  await form.getByRole('checkbox', { name: 'I waited too long' }).check();
  await form.getByLabel('Tell us what happened and how we could do better').fill(comment);
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Getting a reply' }).waitFor();
  await form.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
  await form.getByRole('button', { name: 'Continue' }).click();
  await form.getByRole('heading', { name: 'Check your answers before sending your application' }).waitFor();
  return form;
}

describe('demo site → reference server → SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-journey-'));
  const file = join(dir, 'submissions.db');
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: file, databaseUrl: undefined, exportToken: TOKEN, ratePerMinute: false, logLevel: 'warn' });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('submits the feedback form and the row is in the database, answers as typed', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const posts = [];
    page.on('request', (request) => {
      // Progress events go beside the endpoint, to /api/events (progress-events-journey.test.mjs).
      if (request.method() === 'POST' && !request.url().endsWith('/api/events')) posts.push({ path: new URL(request.url()).pathname, key: request.headers()['idempotency-key'] });
    });

    const comment = 'Nobody answered <b>the phone</b> for two days. =1+1';
    await page.goto(new URL('/?form=service-feedback', server.url).href);
    const form = await fillFeedback(page, comment);
    await form.getByRole('button', { name: 'Accept and send' }).click();
    await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
    const reference = await form.locator('.reference').textContent();
    assert.match(reference, /^SF-[346789ABCDEFGHJKMNPQRTWXY]{4}-[346789ABCDEFGHJKMNPQRTWXY]{4}$/);
    assert.equal(posts.length, 1);
    assert.equal(posts[0].path, '/api/submissions');
    assert.deepEqual(problems, []);
    await page.close();

    // The row, read from the SQLite file itself.
    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT submission_id, reference, form_id, form_version, locale, answers, status FROM submissions').all();
      assert.equal(rows.length, 1);
      const [row] = rows;
      assert.equal(row.reference, reference);
      assert.equal(row.submission_id, posts[0].key);
      assert.equal(row.form_id, 'service-feedback');
      assert.equal(row.form_version, '1.0.0');
      assert.equal(row.locale, 'en');
      assert.equal(row.status, 'received');
      assert.deepEqual(JSON.parse(row.answers), {
        service: 'job-seeker-registration',
        channel: 'online',
        rating: '2',
        reasons: ['waiting'],
        comment,
        wantsReply: 'no',
      });
    } finally {
      db.close();
    }

    // The applicant's status, and the export with the HTML kept as text.
    const status = await (await fetch(new URL(`/api/submissions/${reference}`, server.url))).json();
    assert.deepEqual({ ...status, receivedAt: typeof status.receivedAt }, { reference, formId: 'service-feedback', status: 'received', receivedAt: 'string' });
    const exported = await (await fetch(new URL('/api/forms/service-feedback/submissions.json', server.url), { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.equal(exported.submissions[0].answers.comment, comment);
  });

  it('offline: the outbox keeps the application on the device; back online it is sent once and stored', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(new URL('/?form=service-feedback', server.url).href);
    const form = await fillFeedback(page, 'Sent from a bus with no signal.');
    const db = new Database(file, { readonly: true });
    try {
      const count = () => db.prepare("SELECT count(*) AS n FROM submissions WHERE json_extract(answers, '$.comment') = ?").get('Sent from a bus with no signal.').n;
      await context.setOffline(true);
      await form.getByRole('button', { name: 'Accept and send' }).click();
      await form.getByRole('heading', { name: 'Application saved on this device' }).waitFor();
      assert.equal(count(), 0);
      await context.setOffline(false);
      await form.getByRole('heading', { name: 'Application submitted' }).waitFor();
      const reference = await form.locator('.reference').textContent();
      assert.match(reference, /^SF-[346789ABCDEFGHJKMNPQRTWXY]{4}-[346789ABCDEFGHJKMNPQRTWXY]{4}$/);
      assert.equal(count(), 1);
      assert.equal(db.prepare('SELECT reference FROM submissions WHERE json_extract(answers, \'$.comment\') = ?').get('Sent from a bus with no signal.').reference, reference);
      assert.deepEqual(problems, []);
    } finally {
      db.close();
      await context.close();
    }
  });
});
