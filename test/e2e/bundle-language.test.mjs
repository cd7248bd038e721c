// The built bundle on a page whose <html lang> is Russian, then Kazakh: hand-written controls
// speak the page's language with no script of the page's own, and only that language's chunk
// is fetched. Runs after `npm run build` (npm test orders it so). Served by Playwright's
// request routing from the files on disk: no server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'https://agency.example';
const PAGE = `<!doctype html>
<html lang="ru-RU"><head><meta charset="utf-8"><title>Обратная связь</title>
<script type="module" src="/dist/service-forms.js"></script></head>
<body><main><sf-text-field name="fullName" label="Full name" required></sf-text-field></main></body></html>`;

describe('the bundle follows <html lang>', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('speaks Russian on a ru-RU page, Kazakh when the page switches, fetching only what it shows', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const fetched = [];
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      fetched.push(path);
      if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      const body = await readFile(new URL(`../..${path}`, import.meta.url)).catch(() => null);
      return body ? route.fulfill({ contentType: 'text/javascript', body }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const message = () => page.evaluate(() => document.querySelector('sf-text-field').validationMessage);
    await page.waitForFunction(() => document.querySelector('sf-text-field').validationMessage === 'Заполните поле «Full name»');
    const localeChunks = () => fetched.map((path) => /^\/dist\/chunks\/(kk|ru)-/.exec(path)?.[1]).filter(Boolean);
    assert.deepEqual(localeChunks(), ['ru']);

    await page.evaluate(() => document.documentElement.setAttribute('lang', 'kk'));
    await page.waitForFunction(() => document.querySelector('sf-text-field').validationMessage === '«Full name» өрісін толтырыңыз');
    assert.deepEqual(localeChunks(), ['ru', 'kk']);
    assert.equal(await message(), '«Full name» өрісін толтырыңыз');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
