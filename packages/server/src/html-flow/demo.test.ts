// `npm start` (examples/server.mjs) serves the HTML flow: the demo page links each form's HTML
// version, served for <sf-form> to take over (HTML_ENHANCE_SCRIPT on by default in the demo), and
// a form goes through those pages as plain HTML to a stored row, over real HTTP for the page.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Started } from '../start.js';
import { Browser, goThrough } from '../testing/html-flow.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { startDemoServer } from '../../../../examples/server.mjs';

describe('the demo server (npm start)', () => {
  let started: Started;
  const dir = mkdtempSync(join(tmpdir(), 'sf-demo-flow-'));
  before(async () => {
    started = (await startDemoServer({ port: 0, sqliteFile: join(dir, 'submissions.db'), logLevel: 'silent' })) as Started;
  });
  after(async () => {
    await started?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('links each form\'s HTML version, which works without JavaScript to a stored row', { timeout: 60_000 }, async () => {
    const page = await (await fetch(started.url)).text();
    const links = [...page.matchAll(/<a href="(\/apply\/[^"]+)" data-html-form="([^"]+)"/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(links.map(([, id]) => id).sort(), ['job-seeker-registration', 'labour-contract', 'large-family-benefit', 'service-feedback', 'targeted-social-assistance']);
    for (const [href] of links) {
      const response = await fetch(new URL(href!, started.url), { headers: { 'accept-language': 'ru' } });
      assert.equal(response.status, 200, href);
      // Enhanced, as the demo serves its HTML pages (DEMO_ENHANCE_SCRIPT): the bundle from this
      // origin only, and the page inside <sf-form> for it to take over; without script, plain HTML.
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const html = await response.text();
      assert.match(html, /^<!doctype html>\s*<html lang="ru">/);
      assert.match(html, /<script type="module" src="\/dist\/service-forms\.js">/);
      assert.match(html, /<sf-form class="sf-served"/);
    }
    const browser = new Browser(started.app);
    const outcome = await goThrough(browser, 'service-feedback', 'kk', { service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' });
    assert.equal(outcome.kind, 'sent');
    const [record] = await started.storage.listByForm('service-feedback');
    assert.deepEqual(record!.answers, { service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' });
  });
});
