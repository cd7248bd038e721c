// What a returning visitor on a slow line downloads again: nothing that has not changed. The
// built demo from the reference server, opened twice in one browser: content-hashed chunks come
// from the cache without a request, the definition from the cache (max-age with an ETag), the
// page and the entry revalidate with a 304. Runs after `npm run build` (npm test orders it so).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { startDemoServer } from '../../examples/server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'sf-http-cache-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

describe('HTTP caching of the demo, the bundle and the definitions', () => {
  let server;
  let browser;
  before(async () => {
    server = await startDemoServer({ port: 0, sqliteFile: join(dataDir, 'cache.db'), databaseUrl: undefined, ratePerMinute: false });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the page preloads the entry, the checker and the form services by their hashed names', async () => {
    const html = await (await fetch(server.url)).text();
    const manifest = JSON.parse(await (await fetch(new URL('/dist/chunks.json', server.url))).text());
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);
    assert.deepEqual(links, [`/dist/${manifest.entry}`, `/dist/${manifest.chunks['definition-checker']}`, `/dist/${manifest.chunks['form-services']}`]);
    assert.match(manifest.chunks['definition-checker'], /^chunks\/definition-checker-[\w-]{8}\.js$/);
    for (const link of links) assert.equal((await fetch(new URL(link, server.url))).status, 200, link);
  });

  it('a second visit fetches no chunk and no definition again, and revalidates the rest with 304s', async () => {
    // What reaches the server, as the server saw it (the browser's own reports of revalidated
    // responses vary between a reload and a new tab).
    let served = [];
    server.app.server.on('request', (request, response) => {
      response.on('finish', () => served.push({ path: new URL(request.url, 'http://x').pathname, status: response.statusCode }));
    });
    const context = await browser.newContext();
    // Each visit in a new tab of the same browser (one HTTP cache), as a person coming back.
    let codings = [];
    const open = async () => {
      served = [];
      codings = [];
      const page = await context.newPage();
      page.on('response', async (response) => {
        const entry = { path: new URL(response.url()).pathname, status: response.status(), coding: response.headers()['content-encoding'], size: Infinity };
        codings.push(entry);
        entry.size = (await response.body().catch(() => null))?.length ?? Infinity;
      });
      await page.goto(new URL('/?form=service-feedback', server.url).href);
      await page.locator('sf-form').getByLabel('Which service did you use?').waitFor();
      await page.waitForLoadState('networkidle');
      await page.close();
      // Leaving the page posts its progress events (a beacon, not a fetch of anything cached).
      return served.filter((r) => r.path !== '/examples/favicon.svg' && r.path !== '/api/events');
    };
    const kind = (path) => (path.startsWith('/dist/chunks/') ? 'chunk' : path.startsWith('/forms/') ? 'definition' : path);

    const first = await open();
    assert.ok(first.filter((r) => kind(r.path) === 'chunk').length >= 3, 'the first visit loads the chunks');
    assert.deepEqual(first.filter((r) => r.status !== 200).map((r) => `${r.path} ${r.status}`), [], 'the first visit downloads everything');
    // Chromium asks for brotli: every text answer of 1 KiB or more comes brotli-compressed (the
    // second visit then revalidates the brotli representations, by their own ETags).
    assert.deepEqual(codings.filter((r) => r.size >= 1024 && r.coding !== 'br').map((r) => `${r.path} ${r.coding}`), [], 'the first visit is brotli-compressed');
    assert.deepEqual(codings.filter((r) => r.size < 1024 && r.coding !== undefined).map((r) => `${r.path} ${r.coding}`), [], 'answers under 1 KiB go as they are');

    const second = await open();
    assert.deepEqual(second.map((r) => `${kind(r.path)} ${r.status}`).sort(), ['/ 304', '/dist/service-forms.js 304', '/examples/demo.js 304', '/examples/site.css 304']);
    await context.close();
  });
});
