// Issue 20, part 4: a page with sf- elements written in its HTML does not jump when the bundle
// arrives and the elements upgrade. /examples/controls.html (the controls by hand) is loaded on
// a slow line (400 kbit/s, 400 ms), so the raw HTML paints long before the elements are
// defined; the cumulative layout shift from the first paint to all elements defined is read
// from the browser's own layout-shift entries. Before the demo reserved room for undefined
// elements (examples/site.css), the raw option texts showed, then the page jumped: 0.09–0.18.
// Runs after `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'sf-shift-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const TAGS = ['sf-text-field', 'sf-select', 'sf-checkbox-group', 'sf-number-field', 'sf-textarea', 'sf-file-upload', 'sf-repeatable', 'sf-checkbox'];

/**
 * A page `width` px wide on a slow line (400 ms, 50 kB/s), recording every layout shift not
 * caused by input from the first paint on.
 */
async function slowPage(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, page };
}

/** The page's cumulative layout shift so far is at most 0.05 (and is reported). */
async function assertLittleShift(page, t) {
  const shifts = await page.evaluate(() => window.__shifts);
  const cls = shifts.reduce((sum, value) => sum + value, 0);
  t.diagnostic(`cumulative layout shift ${cls.toFixed(3)}`);
  assert.ok(cls <= 0.05, `cumulative layout shift ${cls.toFixed(3)} (${shifts.map((s) => s.toFixed(3)).join(', ')})`);
}

describe('no layout shift when the elements upgrade', { timeout: 120_000 }, () => {
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: join(dataDir, 'shift.db'), databaseUrl: undefined, ratePerMinute: false });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [375, 1280]) {
    it(`controls.html at ${width} px on a slow line: no raw option text, cumulative layout shift at most 0.05`, { timeout: 90_000 }, async (t) => {
      const { context, page } = await slowPage(browser, width);
      await page.goto(new URL('/examples/controls.html', server.url).href, { waitUntil: 'commit' });
      // The raw HTML is painted before the bundle has arrived: no option text is on screen.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
      const early = await page.evaluate((tags) => ({
        undefinedCount: tags.filter((tag) => !customElements.get(tag)).length,
        visibleOptions: [...document.querySelectorAll('option')].filter((o) => o.checkVisibility({ visibilityProperty: true })).length,
      }), TAGS);
      assert.ok(early.undefinedCount > 0, 'the page was read before the elements were defined');
      assert.equal(early.visibleOptions, 0, 'no raw option text shows');
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 80_000 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await assertLittleShift(page, t);
      await context.close();
    });
  }

  // The demo page's <sf-form> holds light-DOM content for when its script does not run (a
  // <noscript> link, a "has not loaded" message the CSS shows only after 10 s): unseen while the
  // bundle is on its way, not drawn once the element upgrades, and nothing jumps for it.
  it('the demo page at 375 px on a slow line: the embed\'s fallback never shows, cumulative layout shift at most 0.05', { timeout: 90_000 }, async (t) => {
    const { context, page } = await slowPage(browser, 375);
    await page.goto(new URL('/?form=service-feedback', server.url).href, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => customElements.get('sf-form')), undefined, 'the page was read before the form was defined');
    assert.equal(await page.locator('sf-form').getByRole('link').count(), 0, 'the fallback is not shown while the bundle is on its way');
    await page.locator('sf-form').getByLabel('Which service did you use?').waitFor({ timeout: 80_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await page.locator('sf-form').getByRole('link', { name: /without JavaScript/ }).count(), 0);
    await assertLittleShift(page, t);
    await context.close();
  });
});
