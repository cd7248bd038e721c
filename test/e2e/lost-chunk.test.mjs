// A chunk lost on a weak connection, with the built bundle: the error summary is a chunk of its
// own (fetched as sf-form opens, needed at the first failed Continue). When it never arrives,
// the person still learns what to fix: each error shows on its control, the title says
// "Error:", and focus moves to the first control in error; the form goes on as usual.
// Runs after `npm run build` (npm test orders it so). Served by Playwright's request routing
// from the files on disk: no server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const ORIGIN = 'https://agency.example';
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feedback – Ministry</title>
<script type="module" src="/dist/service-forms.js"></script></head>
<body><main><sf-form src="/examples/forms/service-feedback.json" drafts="off"></sf-form></main></body></html>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

/** Whether `element` is where focus is, through the shadow roots on the way. */
const focused = (element) => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === element;
};

describe('the error summary lost on the way', () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('shows each error on its control, says "Error:" in the title and focuses the first control in error; the form goes on', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    let lost;
    const summaryLost = new Promise((resolve) => (lost = resolve));
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      if (/^\/dist\/chunks\/error-summary-[\w-]+\.js$/.test(path)) {
        lost(path);
        return route.abort('connectionreset');
      }
      const body = await readFile(new URL(`../..${path}`, import.meta.url)).catch(() => null);
      return body ? route.fulfill({ contentType: TYPES[extname(path)] ?? 'application/octet-stream', body }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const form = page.locator('sf-form');
    const service = form.getByLabel('Which service did you use?');
    await service.waitFor();
    // sf-form asks for the summary as it opens; the connection drops it.
    assert.match(await summaryLost, /^\/dist\/chunks\/error-summary-/);

    await form.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction(() => document.title.startsWith('Error: '));
    assert.equal(await page.title(), 'Error: Feedback – Ministry');
    assert.equal(await service.evaluate(focused), true, 'focus is on the first control in error');
    const select = form.locator('sf-select');
    assert.equal(await select.locator('.error').textContent().then((text) => text.replace(/\s+/g, ' ').trim()), 'Error: Select the service you used');
    assert.equal(await page.evaluate(() => customElements.get('sf-error-summary')), undefined);

    // The next try goes on as usual.
    await service.selectOption('job-seeker-registration');
    await form.getByRole('radio', { name: 'Online' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('heading', { name: 'Your rating' }).waitFor();
    assert.equal(await page.title(), 'Your rating – Feedback – Ministry');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
