// Where one contestant's time and memory go: a Chrome trace and a V8 CPU profile of the load
// (navigation → ready probe) and of the failed submit (click → errors + summary probes), plus a
// heap snapshot summary after load. Averages over --runs loads (default 5), unthrottled unless
// --cpu N. Writes results/debug/<name>-profile.json (the raw aggregates) and prints tables.
// Usage: node scripts/profile.mjs <contestant> [--runs 5] [--cpu 4] [--port 8556]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib.mjs';
import { startServer } from './server.mjs';
import { loadContestants } from './contestants.mjs';
import { initScript } from './probe-init.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(`--${k}`); return i >= 0 ? argv[i + 1] : d; };
const name = argv[0];
const RUNS = Number(opt('runs', 5));
const CPU = Number(opt('cpu', 1));
const [c] = await loadContestants([name]);
if (!c) throw new Error(`no contestant ${name}`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const waitFor = (page, what) => page.waitForFunction((k) => window.__pa && window.__pa[k] != null, what, { timeout: 60000, polling: 'raf' });

/** Self time (ms) per trace event name on the renderer main thread, between two timestamps. */
function selfTimes(events, from, to) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'))
    ?? events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const xs = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.ts >= from && e.ts + (e.dur || 0) <= to && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = {}; const stack = [];
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) out[parent.name] = (out[parent.name] || 0) - e.dur / 1000;
    out[e.name] = (out[e.name] || 0) + e.dur / 1000;
    stack.push(e);
  }
  return out;
}

/** Self time (ms) per JS function (name @ file:line) of a V8 CPU profile. */
function profileSelf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i] || 0) / 1000));
  const out = {};
  for (const [id, ms] of dt) {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'} @ ${f.url ? path.basename(new URL(f.url, 'https://x/').pathname) : ''}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    out[k] = (out[k] || 0) + ms;
  }
  return out;
}

/** Self bytes per constructor/type of a heap snapshot. */
function heapSummary(snap) {
  const { node_fields: nf, node_types: [types] } = snap.snapshot.meta;
  const F = nf.length; const iType = nf.indexOf('type'); const iName = nf.indexOf('name'); const iSize = nf.indexOf('self_size');
  const byType = {}; const byName = {}; let total = 0;
  for (let i = 0; i < snap.nodes.length; i += F) {
    const t = types[snap.nodes[i + iType]]; const s = snap.nodes[i + iSize]; total += s;
    byType[t] = (byType[t] || 0) + s;
    const k = t === 'object' || t === 'closure' || t === 'native' ? `${t}: ${snap.strings[snap.nodes[i + iName]]}`.slice(0, 80) : `(${t})`;
    byName[k] = (byName[k] || 0) + s;
  }
  return { total, byType, byName };
}

const add = (acc, o) => { for (const [k, v] of Object.entries(o)) acc[k] = (acc[k] || 0) + v; return acc; };
const srv = await startServer({ port: Number(opt('port', 8556)) });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const agg = { load: {}, submit: {}, loadJs: {}, submitJs: {}, ready: [], submitMs: [], heap: null };
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: initScript(c.probe) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  await cdp.send('Profiler.start');
  await page.goto(`${srv.origin}/${c.name}/`, { waitUntil: 'commit' });
  await waitFor(page, 'ready');
  const { profile: loadProfile } = await cdp.send('Profiler.stop');
  await page.waitForLoadState('load'); await sleep(500);
  const readyAt = await page.evaluate(() => window.__pa.ready);
  agg.ready.push(readyAt);
  if (run === 0) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage'); await cdp.send('HeapProfiler.collectGarbage');
    const chunks = []; const onChunk = (e) => chunks.push(e.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    agg.heap = heapSummary(JSON.parse(chunks.join('')));
    agg.heap.usedSize = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  const el = await page.evaluateHandle((b) => new Function(b)(), c.probe.submit);
  await el.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' })); await sleep(300);
  const box = await el.boundingBox();
  await page.evaluate(() => window.__pa.arm());
  await cdp.send('Profiler.start');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await waitFor(page, 'errorsEpoch');
  if (c.probe.summary) await waitFor(page, 'summaryEpoch');
  const { profile: submitProfile } = await cdp.send('Profiler.stop');
  const t = await page.evaluate(() => ({ click: window.__pa.clickEpoch, errors: window.__pa.errorsEpoch, summary: window.__pa.summaryEpoch, origin: performance.timeOrigin }));
  agg.submitMs.push(Math.max(t.errors, t.summary || 0) - t.click);
  await sleep(300);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  // Trace timestamps are µs of a monotonic clock; navigationStart marks the page's time origin.
  const nav = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(`/${c.name}/`)) ?? trace.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  add(agg.load, selfTimes(trace, t0, t0 + readyAt * 1000));
  const clickTs = t0 + (t.click - t.origin) * 1000;
  add(agg.submit, selfTimes(trace, clickTs - 2000, clickTs + agg.submitMs.at(-1) * 1000 + 2000));
  add(agg.loadJs, profileSelf(loadProfile));
  add(agg.submitJs, profileSelf(submitProfile));
  await context.close();
}
await browser.close(); await srv.close();

const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const top = (o, n, div = RUNS) => Object.entries(o).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `| ${k} | ${(v / div).toFixed(1)} |`).join('\n');
console.log(`# ${c.name}: ${RUNS} loads, CPU ×${CPU}; ready median ${med(agg.ready).toFixed(0)} ms; submit → errors+summary median ${med(agg.submitMs).toFixed(0)} ms\n`);
console.log('## Load → ready: main-thread self time by trace event (ms, mean)\n| event | ms |\n|---|---|\n' + top(agg.load, 14));
console.log('\n## Load → ready: JS self time by function (ms, mean)\n| function | ms |\n|---|---|\n' + top(agg.loadJs, 20));
console.log('\n## Submit (±2 s around the click): main-thread self time by trace event (ms, mean)\n| event | ms |\n|---|---|\n' + top(agg.submit, 14));
console.log('\n## Submit: JS self time by function (ms, mean)\n| function | ms |\n|---|---|\n' + top(agg.submitJs, 20));
const h = agg.heap;
console.log(`\n## Heap after load + 2 GCs: getHeapUsage ${(h.usedSize / 1048576).toFixed(2)} MB; snapshot self sizes ${(h.total / 1048576).toFixed(2)} MB\n| kind | KB |\n|---|---|\n` +
  Object.entries(h.byType).sort((a, b) => b[1] - a[1]).map(([k, v]) => `| ${k} | ${(v / 1024).toFixed(0)} |`).join('\n'));
console.log('\n| top self sizes | KB |\n|---|---|\n' + Object.entries(h.byName).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${(v / 1024).toFixed(0)} |`).join('\n'));
fs.mkdirSync(path.join(ROOT, 'results', 'debug'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'results', 'debug', `${c.name}-profile.json`), JSON.stringify({ ...agg, heap: { ...h, byName: undefined } }, null, 1));
