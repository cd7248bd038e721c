// Loads every contestant in headless Chromium (playwright-core + Debian chromium)
// under several throttling conditions and records load, validation, heap and
// transfer figures; then runs axe-core once per contestant.
// Usage: node scripts/measure.mjs [--runs 7] [--only a,b] [--conditions none,cpu4x,net3g,cpu4x+net3g] [--no-axe] [--debug]
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium (bench/run.mjs sets it).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, NM, SITE } from './lib.mjs';
import { sizes, siteFile } from './sizes.mjs';
import { startServer } from './server.mjs';
import { loadContestants } from './contestants.mjs';
import { initScript } from './probe-init.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const flag = (k) => argv.includes(`--${k}`);
const RUNS = Number(opt('runs', 7));
const ONLY = (opt('only', '') || '').split(',').filter(Boolean);
const DEBUG = flag('debug');
const OUT = opt('out', path.join(ROOT, 'results', 'runs.json'));

const NET3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const ALL_CONDITIONS = {
  none: { cpu: 1, net: null, validate: true, heap: true },
  cpu4x: { cpu: 4, net: null, validate: true },
  net3g: { cpu: 1, net: NET3G },
  'cpu4x+net3g': { cpu: 4, net: NET3G },
};
const CONDS = (opt('conditions', Object.keys(ALL_CONDITIONS).join(','))).split(',');

const VIEWPORT = { width: 1280, height: 800 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function waitConsole(page, msg, timeout) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => { page.off('console', on); reject(new Error(`timeout waiting for ${msg}`)); }, timeout);
    const on = (m) => { if (m.text() === `__pa:${msg}`) { clearTimeout(t); page.off('console', on); resolve(); } };
    page.on('console', on);
  });
}

/** Scroll the submit control into view (instantly: some CSS sets smooth scrolling),
 *  wait until its position is stable, and check that a click at its centre hits it. */
async function submitPoint(page, c) {
  await page.evaluate((b) => { new Function(b)().scrollIntoView({ block: 'center', behavior: 'instant' }); }, c.probe.submit);
  let prev = null;
  for (let i = 0; i < 40; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const pt = await page.evaluate((b) => { const r = new Function(b)().getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }, c.probe.submit);
    if (prev && prev.x === pt.x && prev.y === pt.y) {
      const hit = await page.evaluate(({ b, x, y }) => { const el = new Function(b)(); let h = document.elementFromPoint(x, y);
        while (h && h.shadowRoot && h.shadowRoot.elementFromPoint(x, y) && h.shadowRoot.elementFromPoint(x, y) !== h) h = h.shadowRoot.elementFromPoint(x, y);
        for (let n = h; n; n = n.parentNode || n.host) if (n === el) return true; return false; }, { b: c.probe.submit, x: pt.x, y: pt.y });
      if (!hit) throw new Error('submit control is not hit-testable at its centre');
      await sleep(200);
      return pt;
    }
    prev = pt; await sleep(50);
  }
  throw new Error('submit control position never settled');
}

async function runOnce(browser, c, condName, origin, { wantRequests = false } = {}) {
  const cond = ALL_CONDITIONS[condName];
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: VIEWPORT });
  await context.addInitScript({ content: initScript(c.probe) });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => { if (!m.text().startsWith('__pa:')) logs.push(`${m.type()}: ${m.text()}`.slice(0, 300)); });
  page.on('pageerror', (e) => logs.push(`pageerror: ${String(e).slice(0, 300)}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url, method: e.request.method, type: e.type, ts: e.timestamp }));
  cdp.on('Network.responseReceived', (e) => { const r = reqs.get(e.requestId); if (r) Object.assign(r, { status: e.response.status, protocol: e.response.protocol, enc: e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || '', type: e.type }); });
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) Object.assign(r, { bytes: e.encodedDataLength, end: e.timestamp }); });
  cdp.on('Network.loadingFailed', (e) => { const r = reqs.get(e.requestId); if (r) Object.assign(r, { failed: e.errorText, end: e.timestamp }); });
  if (cond.net) await cdp.send('Network.emulateNetworkConditions', cond.net);
  if (cond.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cond.cpu });

  const res = { contestant: c.name, condition: condName };
  try {
    const readyP = waitConsole(page, 'ready', 120000);
    // A page usable before its script upgrades it: the upgrade's end too, before heap and validation.
    const upgradedP = c.probe.upgraded ? waitConsole(page, 'upgraded', 120000) : null;
    upgradedP?.catch(() => {});
    await page.goto(`${origin}/${c.name}/`, { waitUntil: 'commit', timeout: 120000 });
    await readyP;
    await page.waitForLoadState('load', { timeout: 120000 }).catch(() => {});
    if (upgradedP) await upgradedP;
    await sleep(500);
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const P = window.__pa;
      const tbt = P.longTasks.filter(([s]) => s < P.ready).reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
      // Bytes before usable: the response bodies (as sent, compressed) of the document and of
      // every resource whose response had ended by the ready frame; the rest came after.
      const entries = [nav, ...performance.getEntriesByType('resource')].filter((e) => new URL(e.name).hostname === location.hostname);
      const split = { before: 0, beforeReq: 0, after: 0, afterReq: 0, afterScript: 0 };
      for (const e of entries) {
        if (e.responseEnd <= P.ready) { split.before += e.encodedBodySize; split.beforeReq++; }
        else { split.after += e.encodedBodySize; split.afterReq++; if (e.initiatorType === 'script' || /\.m?js$/.test(new URL(e.name).pathname)) split.afterScript += e.encodedBodySize; }
      }
      return { ready: P.ready, upgraded: P.upgraded, fcp: fcp ? fcp.startTime : null, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        tbtToReady: tbt, longTasks: P.longTasks.length,
        bytesBeforeReady: split.before, requestsBeforeReady: split.beforeReq, bytesAfterReady: split.after, requestsAfterReady: split.afterReq, scriptBytesAfterReady: split.afterScript };
    });
    Object.assign(res, m);
    // Page resources only: no data: URLs, no browser-initiated /favicon.ico.
    const done = [...reqs.values()].filter((r) => !r.url.startsWith('data:') && !r.url.endsWith('/favicon.ico'));
    res.requests = done.filter((r) => !r.failed).length;
    res.failedRequests = done.filter((r) => r.failed).map((r) => r.url);
    res.transferBytes = done.reduce((a, r) => a + (r.bytes || 0), 0);
    if (wantRequests) {
      // Sized now, from the files served: a later build of site/ must not change this run's bytes.
      res.requestList = done.map(({ url, type, bytes, enc, protocol, status, failed }) => {
        const file = !failed && status === 200 ? siteFile(SITE, url) : null;
        return { url, type, bytes, enc, protocol, status, failed, ...(file ? { file: path.relative(SITE, file), size: sizes(file) } : {}) };
      });
    }

    if (cond.heap) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const h = await cdp.send('Runtime.getHeapUsage');
      res.heapUsed = h.usedSize; res.heapTotal = h.totalSize;
      const pm = await cdp.send('Performance.getMetrics');
      const g = (n) => pm.metrics.find((x) => x.name === n)?.value;
      res.domNodes = g('Nodes'); res.jsEventListeners = g('JSEventListeners');
      res.domNodesInPage = await page.evaluate(() => {
        let n = 0; const walk = (root) => { for (const el of root.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); } }; walk(document); return n;
      });
    }

    if (cond.validate) {
      const pt = await submitPoint(page, c);
      await page.evaluate(() => window.__pa.arm());
      const errP = waitConsole(page, 'errors', 60000);
      errP.catch(() => {});
      const sumP = c.probe.summary ? waitConsole(page, 'summary', 10000).catch(() => 'timeout') : null;
      await page.mouse.click(pt.x, pt.y);
      await errP;
      if (sumP) await sumP;
      const v = await page.evaluate(() => ({ click: window.__pa.clickEpoch, errors: window.__pa.errorsEpoch, summary: window.__pa.summaryEpoch, navigated: !!window.__pa.navigated }));
      res.validateMs = v.errors - v.click;
      res.summaryMs = v.summary ? v.summary - v.click : null;
      res.navigatedOnSubmit = v.navigated;
    }
    if (DEBUG) {
      fs.mkdirSync(path.join(ROOT, 'results', 'debug'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'results', 'debug', `${c.name}-${condName}.png`), fullPage: false });
    }
  } catch (e) {
    res.error = String(e.message || e);
    if (DEBUG) {
      fs.mkdirSync(path.join(ROOT, 'results', 'debug'), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, 'results', 'debug', `${c.name}-${condName}-FAIL.png`) }).catch(() => {});
    }
  }
  res.consoleErrors = logs.filter((l) => /^(error|pageerror)/.test(l)).slice(0, 10);
  if (DEBUG) res.logs = logs.slice(0, 30);
  await context.close();
  return res;
}

async function runAxe(browser, c, origin) {
  const axeSrc = fs.readFileSync(path.join(NM, 'axe-core', 'axe.min.js'), 'utf8');
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: VIEWPORT });
  await context.addInitScript({ content: initScript(c.probe) });
  const page = await context.newPage();
  const out = { contestant: c.name };
  const summarize = (r) => ({ violations: r.violations.length, nodes: r.violations.reduce((a, v) => a + v.nodes.length, 0),
    rules: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })) });
  try {
    const readyP = waitConsole(page, 'ready', 60000);
    const upgradedP = c.probe.upgraded ? waitConsole(page, 'upgraded', 60000) : null;
    upgradedP?.catch(() => {});
    await page.goto(`${origin}/${c.name}/`, { waitUntil: 'commit' });
    await readyP; await page.waitForLoadState('load').catch(() => {});
    if (upgradedP) await upgradedP;
    await sleep(500);
    await page.addScriptTag({ content: axeSrc });
    out.initial = summarize(await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })));
    // Error state: click submit, wait for errors, run again.
    const pt = await submitPoint(page, c);
    await page.evaluate(() => window.__pa.arm());
    const errP = waitConsole(page, 'errors', 60000);
    await page.mouse.click(pt.x, pt.y);
    await errP; await sleep(c.probe.summary ? 800 : 300);
    await page.waitForLoadState('load').catch(() => {});
    if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSrc });
    out.afterSubmit = summarize(await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })));
  } catch (e) { out.error = String(e.message || e); }
  await context.close();
  return out;
}

const contestants = await loadContestants(ONLY);
const srv = await startServer({ port: Number(opt('port', 8443)) });
const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
let browser = await launch();
// If Chromium ever dies, start a fresh one so the remaining runs still happen.
async function live() { if (!browser.isConnected()) { console.log('chromium disconnected; relaunching'); browser = await launch(); } return browser; }
const meta = { startedAt: new Date().toISOString(), chromium: browser.version(), runs: RUNS, conditions: CONDS, viewport: VIEWPORT,
  node: process.version, contestants: contestants.map((c) => c.name), sdk: process.env.BENCH_SDK || null };
console.log(`chromium ${meta.chromium}; ${contestants.length} contestants; conditions ${CONDS.join(',')}; ${RUNS} runs`);
const results = [];
// Warm-up (not recorded): one load per contestant so disk caches are warm for everyone.
for (const c of contestants) await runOnce(await live(), c, 'none', srv.origin);
for (let i = 0; i < RUNS; i++) {
  for (const cond of CONDS) {
    for (const c of contestants) {
      const r = await runOnce(await live(), c, cond, srv.origin, { wantRequests: i === 0 && cond === 'none' });
      r.run = i;
      results.push(r);
      console.log(`[${i + 1}/${RUNS}] ${cond.padEnd(12)} ${c.name.padEnd(10)} ready=${r.ready?.toFixed(0)}ms` + (r.upgraded != null ? ` upgraded=${r.upgraded.toFixed(0)}ms` : '') +
        (r.validateMs != null ? ` validate=${r.validateMs.toFixed(0)}ms summary=${r.summaryMs?.toFixed(0)}` : '') + (r.heapUsed ? ` heap=${(r.heapUsed / 1048576).toFixed(1)}MB` : '') +
        ` xfer=${r.transferBytes} req=${r.requests}` + (r.error ? ` ERROR ${r.error}` : ''));
    }
  }
}
const axe = [];
if (!flag('no-axe')) for (const c of contestants) { const a = await runAxe(await live(), c, srv.origin); axe.push(a); console.log(`axe ${c.name}: ${a.initial?.violations} rules / ${a.initial?.nodes} nodes; after submit ${a.afterSubmit?.violations}/${a.afterSubmit?.nodes} ${a.error || ''}`); }
meta.finishedAt = new Date().toISOString();
// The build facts of what was measured (labels, notes, raw dist sizes), so that a report made
// later from this file does not pick up a newer build of results/build.json.
const buildFile = path.join(ROOT, 'results', 'build.json');
if (fs.existsSync(buildFile)) {
  const build = JSON.parse(fs.readFileSync(buildFile, 'utf8'));
  meta.build = Object.fromEntries(meta.contestants.filter((n) => build[n]).map((n) => [n, build[n]]));
}
await browser.close();
await srv.close();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify({ meta, results, axe }, null, 2));
console.log(`wrote ${OUT}`);
