// The analytics dashboard (issue 16) in a real Chromium, served by the real reference server with
// progress events and feedback sent to it over HTTP: signed in through its form (the cookie),
// the page under its own strict CSP (nothing blocked, no script, the stylesheet applied), no
// sideways scroll at 320 px, and axe (violations AND incomplete fail) on the sign-in page, the
// sign-in page with its error, and the dashboard at 1280 px and 320 px.
// Runs after `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AXE = `${ROOT}node_modules/axe-core/axe.min.js`;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TOKEN = 'e2e-dashboard-token-0123456789';
const FORM = 'job-seeker-registration';

describe('the analytics dashboard in Chromium', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-dashboard-e2e-'));
  let server;
  let browser;
  let attempts = 0;

  before(async () => {
    server = await startDemoServer({ port: 0, host: '127.0.0.1', sqliteFile: join(dir, 'submissions.db'), databaseUrl: undefined, exportToken: TOKEN, ratePerMinute: false, logLevel: 'warn' });
    const post = async (path, body, status) => {
      const response = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal(response.status, status, await response.text());
    };
    // Counts on both sides of k (10): some cells shown, some suppressed, in two languages and a region.
    const events = [];
    const add = (n, overrides) => {
      for (let i = 0; i < n; i++) {
        events.push({ type: 'page-reached', formId: FORM, formVersion: '1.0.0', step: 'about-you', locale: 'kk', attempt: `e2e-attempt-${String(++attempts).padStart(8, '0')}`, at: new Date().toISOString(), ...overrides });
      }
    };
    add(24, {});
    add(11, { locale: 'ru' });
    add(12, { type: 'page-failed', errors: [{ field: 'iin', code: 'iin_checksum' }] });
    add(4, { type: 'page-failed', locale: 'ru', errors: [{ field: 'iin', code: 'required' }] });
    add(15, { step: 'contact', region: 'astana' });
    add(3, { step: 'contact', type: 'abandoned' });
    add(10, { step: 'check-answers', type: 'submitted' });
    for (let i = 0; i < events.length; i += 50) await post('/api/events', { events: events.slice(i, i + 50) }, 204);
    for (const [n, rating, locale] of [[11, 'very-satisfied', 'kk'], [4, 'neither', 'kk'], [10, 'satisfied', 'ru'], [2, 'very-dissatisfied', 'ru']]) {
      for (let i = 0; i < n; i++) await post('/api/feedback', { formId: FORM, formVersion: '1.0.0', locale, given: 'confirmation', rating }, 201);
    }
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the dashboard signed out, signs in through the form, and lands on the form's page. */
  async function signIn(page, token = TOKEN) {
    const first = await page.goto(new URL(`/dashboard/${FORM}?by=locale`, server.url).href);
    assert.equal(first.status(), 401);
    await page.getByLabel('Export token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
  }

  it('signs in through its form, runs nothing, is styled under its CSP, and reflows at 320 px', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const problems = [];
    try {
      // The first answer is the sign-in page's 401, which Chromium logs as a failed load: listen after it.
      await signIn(page);
      page.on('console', (entry) => {
        if (entry.type() === 'error') problems.push(`console: ${entry.text()}`);
      });
      await page.reload();
      assert.equal(new URL(page.url()).pathname, `/dashboard/${FORM}`);
      await page.getByRole('heading', { level: 1, name: /Register as a job seeker/ }).waitFor();
      const seen = await page.evaluate(() => ({
        scripts: document.scripts.length,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        barFill: getComputedStyle(document.querySelector('rect.bar')).fill,
        headerBackground: getComputedStyle(document.querySelector('.header')).backgroundColor,
        charts: document.querySelectorAll('[role="img"]').length,
        tables: document.querySelectorAll('table:not([id^="table-ratings-"])').length,
        ratingTables: document.querySelectorAll('table[id^="table-ratings-"]').length,
        scoreBars: document.querySelectorAll('#chart-satisfaction .bar-row').length,
      }));
      assert.equal(seen.scripts, 0);
      assert.ok(seen.sideways <= 0, `scrolls ${seen.sideways}px sideways at 320 px`);
      assert.equal(seen.barFill, 'rgb(29, 112, 184)', 'the stylesheet applies to the SVG bars');
      assert.equal(seen.headerBackground, 'rgb(11, 12, 12)');
      // Each chart is followed by its table; satisfaction by a table of responses per rating for each of its rows too.
      assert.ok(seen.charts >= 4 && seen.tables === seen.charts, `${seen.charts} charts, ${seen.tables} tables`);
      assert.ok(seen.scoreBars >= 2 && seen.ratingTables === seen.scoreBars, `${seen.scoreBars} scores, ${seen.ratingTables} tables of ratings`);
      // A suppressed count is written as such in the chart and in its table.
      assert.ok((await page.getByText('suppressed', { exact: true }).count()) >= 2);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('axe finds nothing (violations and incomplete): sign-in, its error, the dashboard at 1280 px and 320 px', async () => {
    const axe = await readFile(AXE, 'utf8');
    const failures = [];
    const check = async (page, where) => {
      await page.addScriptTag({ content: axe });
      const found = await page.evaluate(
        (tags) =>
          window.axe
            .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] })
            .then(({ violations, incomplete }) =>
              [...violations, ...incomplete].map((rule) => `${rule.id}: ${rule.nodes.map((node) => `${node.target.join(' ')} (${[...node.any, ...node.all].map((check) => check.message).join('; ')})`).join(', ')}`),
            ),
        WCAG_TAGS,
      );
      for (const finding of found) failures.push(`${where}: ${finding}`);
    };
    for (const width of [1280, 320]) {
      // A context that may run axe: bypassCSP lets the injected axe in; the page has no script.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(new URL(`/dashboard/${FORM}`, server.url).href);
        await check(page, `sign-in at ${width}px`);
        await page.getByLabel('Export token').fill('not-the-token-0123456789');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('alert').waitFor();
        await check(page, `sign-in error at ${width}px`);
        await signIn(page);
        await page.getByRole('heading', { level: 2, name: 'Satisfaction' }).waitFor();
        await check(page, `dashboard ?by=locale at ${width}px`);
        await page.goto(new URL(`/dashboard/${FORM}`, server.url).href);
        await check(page, `dashboard (every dimension) at ${width}px`);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(failures, []);
  });
});
