// Issue 20, part 4: the demo page is the one agencies copy. It has a skip link first and one h1,
// and when the person chooses another language in the form, the page speaks it too: `<html lang>`,
// its own words and its title, which the form puts its page heading before. Runs after
// `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'sf-demo-page-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

describe('the demo page: skip link, one h1, the page speaks the chosen language', { timeout: 90_000 }, () => {
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: join(dataDir, 'demo.db'), databaseUrl: undefined, ratePerMinute: false });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Tab first reaches "Skip to main content", which moves focus to the main content; one h1', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/?form=service-feedback', server.url).href);
    await page.locator('sf-form').getByLabel('Which service did you use?').waitFor();
    assert.deepEqual(await page.locator('h1').allTextContents(), ['Apply online']);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.close();
  });

  it('choosing Қазақша: <html lang="kk">, the page\'s words and the whole title in Kazakh', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(new URL('/?form=service-feedback', server.url).href);
    await page.locator('sf-form').getByLabel('Which service did you use?').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('sf-form').getByRole('button', { name: 'Қазақша' }).click();
    await page.locator('sf-form').getByLabel('Қай қызметті алдыңыз?').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
    assert.deepEqual(await page.locator('h1').allTextContents(), ['Онлайн өтініш беру']);
    assert.equal(await page.locator('.skip-link').textContent(), 'Негізгі мазмұнға өту');
    assert.equal(await page.locator('nav.forms-nav').getAttribute('aria-label'), 'Нысандар');
    assert.equal(await page.locator('a[data-form="service-feedback"]').textContent(), 'Қызмет туралы пікір қалдыру');
    assert.equal(await page.title(), 'Еңбек және халықты әлеуметтік қорғау министрлігі (демо)');
    // A failed page: the "Error:" prefix in Kazakh on the page's Kazakh title.
    await page.locator('sf-form').getByRole('button', { name: 'Жалғастыру' }).click();
    await page.waitForFunction(() => document.title.startsWith('Қате: '));
    assert.equal(await page.title(), 'Қате: Еңбек және халықты әлеуметтік қорғау министрлігі (демо)');
    await page.close();
  });
});
