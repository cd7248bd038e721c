// `npm run bench:reference`: the job-seeker form as an agency ships it with our reference server
// (`npm start`: examples/server.mjs → packages/server), not as the bench's own server serves it.
// Loads `/?form=job-seeker` in headless Chromium under 4× CPU slowdown + 400 kbit/s + 400 ms
// RTT (the bench's `cpu4x+net3g`), each run in a new browser context (a first visit, cold
// cache), and prints the median time until the form's first page is usable and the bytes on
// the wire (CDP `encodedDataLength`, headers included), with the content coding of each answer.
// Runs after `npm run build` (it serves dist/ as built). Bounded: each run gives up after 90 s.
// Usage: node bench/reference-server.mjs [--runs 3] [--identity] [--requests]
//   --identity   the browser asks for `Accept-Encoding: identity` (what a server that does not
//                compress sends), for a before/after on one build
//   --requests   print every request of the last run
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../scripts/find-chromium.mjs';
import { startDemoServer } from '../examples/server.mjs';
import { initScript } from './scripts/probe-init.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const at = argv.indexOf(`--${name}`); return at >= 0 ? argv[at + 1] : fallback; };
const RUNS = Math.max(1, Math.min(10, Number(opt('runs', 3)) || 3));
const IDENTITY = argv.includes('--identity');
const NET3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const RUN_TIMEOUT = 90_000;

// The first page of the job-seeker form is usable: the Continue button and every field of the
// page rendered with its native control.
const FORM = `document.querySelector('sf-form')?.shadowRoot`;
const probe = {
  ready: `const r = ${FORM}; if (!r || !r.querySelector('button[type=submit]')) return false;
    const cs = r.querySelectorAll('[data-sf-field]'); if (cs.length < 4) return false;
    for (const c of cs) if (!c.shadowRoot || !c.shadowRoot.querySelector('input,select,textarea')) return false;
    return true`,
};

const dataDir = mkdtempSync(join(tmpdir(), 'sf-bench-reference-'));
const server = await startDemoServer({ port: 0, sqliteFile: join(dataDir, 'bench.db'), databaseUrl: undefined, ratePerMinute: false, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function runOnce() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: initScript(probe) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (IDENTITY) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url }));
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { status: e.response.status, enc: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || 'identity' });
    });
    cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.bytes = e.encodedDataLength; });
    await cdp.send('Network.emulateNetworkConditions', NET3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the form was not ready in time')), RUN_TIMEOUT);
      page.on('console', (m) => { if (m.text() === '__pa:ready') { clearTimeout(timer); resolve(); } });
    });
    await page.goto(new URL('/?form=job-seeker', server.url).href, { waitUntil: 'commit', timeout: RUN_TIMEOUT });
    await ready;
    await page.waitForLoadState('networkidle', { timeout: RUN_TIMEOUT }).catch(() => {});
    const readyMs = await page.evaluate(() => window.__pa.ready);
    const done = [...requests.values()].filter((r) => !r.url.startsWith('data:') && !r.url.endsWith('/favicon.ico'));
    return { readyMs, bytes: done.reduce((sum, r) => sum + (r.bytes || 0), 0), requests: done };
  } finally {
    await context.close();
  }
}

const median = (values) => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runOnce();
    runs.push(run);
    console.log(`run ${i + 1}: ready ${(run.readyMs / 1000).toFixed(2)} s, ${(run.bytes / 1024).toFixed(1)} KB on the wire, ${run.requests.length} requests`);
  }
  const last = runs.at(-1);
  const encodings = {};
  for (const r of last.requests) encodings[r.enc] = (encodings[r.enc] ?? 0) + 1;
  if (argv.includes('--requests')) {
    for (const r of last.requests) console.log(`  ${r.status ?? '-'} ${r.enc?.padEnd(8) ?? ''} ${String(r.bytes ?? '-').padStart(7)}  ${new URL(r.url).pathname}`);
  }
  console.log(`job-seeker form from the reference server, cpu4x+net3g${IDENTITY ? ', Accept-Encoding: identity' : ''}, ${RUNS} runs: ` +
    `median ready ${(median(runs.map((r) => r.readyMs)) / 1000).toFixed(2)} s, median ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} KB on the wire ` +
    `(content codings: ${Object.entries(encodings).map(([k, v]) => `${k} ${v}`).join(', ')})`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
