// Aggregates results/runs.json + results/build.json into results/report.md (+ summary.json).
// Usage: node scripts/report.mjs [runs.json]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SITE } from './lib.mjs';
import { sizes, add, ZERO, siteFile } from './sizes.mjs';
import { reportFile, DEFAULT_RUNS } from './report-files.mjs';

const runsFile = process.argv[2] || DEFAULT_RUNS;
const { meta, results, axe } = JSON.parse(fs.readFileSync(runsFile, 'utf8'));
// Build facts as recorded with the runs; older runs files: results/build.json.
const buildFile = path.join(ROOT, 'results', 'build.json');
const build = meta.build ?? (fs.existsSync(buildFile) ? JSON.parse(fs.readFileSync(buildFile, 'utf8')) : {});
const FLOOR = 'static';
const names = meta.contestants;

const median = (a) => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : null; };
const stat = (name, cond, key) => {
  const v = results.filter((r) => r.contestant === name && r.condition === cond && !r.error && r[key] != null).map((r) => r[key]);
  return v.length ? { med: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null;
};
const errorsOf = (name) => results.filter((r) => r.contestant === name && r.error).map((r) => `${r.condition}#${r.run}: ${r.error}`);

// (a) bytes: every same-origin resource the page fetched (run 0, no throttling), sized from the file on disk.
function bytesFor(name) {
  const r = results.find((x) => x.contestant === name && x.condition === 'none' && x.requestList);
  const out = { js: ZERO, css: ZERO, html: ZERO, font: ZERO, other: ZERO, files: [], external: [] };
  if (!r) return out;
  for (const q of r.requestList) {
    const u = new URL(q.url);
    if (u.hostname !== '127.0.0.1') { out.external.push(q.url); continue; }
    if (q.failed || q.status !== 200) continue;
    // Sizes recorded by measure.mjs; older runs files: the file as it is in site/ now.
    const file = q.file ? path.join(SITE, q.file) : siteFile(SITE, q.url);
    if (!q.size && !file) continue;
    const ext = path.extname(file);
    // A form definition fetched as JSON is page content like the HTML: counted with it (compressed).
    const kind = ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : ext === '.html' || ext === '.json' ? 'html' : /woff2?|ttf|otf/.test(ext) ? 'font' : 'other';
    const s = q.size ?? sizes(file);
    out[kind] = add(out[kind], s);
    out.files.push({ path: path.relative(SITE, file), kind, ...s, transferred: q.bytes });
  }
  out.observed = r.transferBytes; out.requests = r.requests;
  return out;
}

const kb = (b) => (b / 1024).toFixed(b < 10240 ? 1 : 0);
const ms = (x) => (x == null ? '—' : x.toFixed(0));
const ratio = (v, f) => (v == null || f == null || f === 0 ? '' : ` (×${(v / f).toFixed(v / f < 10 ? 1 : 0)})`);

const rows = {};
for (const n of names) {
  rows[n] = {
    label: build[n]?.label || n, bytes: bytesFor(n), rawDist: build[n]?.rawDist || [], notes: build[n]?.notes || '',
    ready: Object.fromEntries(meta.conditions.map((c) => [c, stat(n, c, 'ready')])),
    upgraded: Object.fromEntries(meta.conditions.map((c) => [c, stat(n, c, 'upgraded')])),
    beforeReady: Object.fromEntries(meta.conditions.map((c) => [c, stat(n, c, 'bytesBeforeReady')])),
    afterReady: Object.fromEntries(meta.conditions.map((c) => [c, stat(n, c, 'bytesAfterReady')])),
    scriptAfterReady: Object.fromEntries(meta.conditions.map((c) => [c, stat(n, c, 'scriptBytesAfterReady')])),
    fcp: stat(n, 'none', 'fcp'), tbt4x: stat(n, 'cpu4x', 'tbtToReady'),
    validate: stat(n, 'none', 'validateMs'), validate4x: stat(n, 'cpu4x', 'validateMs'),
    summary: stat(n, 'none', 'summaryMs'), summary4x: stat(n, 'cpu4x', 'summaryMs'),
    heap: stat(n, 'none', 'heapUsed'), dom: stat(n, 'none', 'domNodesInPage'),
    axe: axe.find((a) => a.contestant === n), errors: errorsOf(n),
    failedReq: [...new Set(results.filter((r) => r.contestant === n).flatMap((r) => r.failedRequests || []))],
  };
}
const F = rows[FLOOR];
const L = [];
L.push(`# Performance anchors: 50-field form`, '');
L.push(`Measured ${meta.startedAt} → ${meta.finishedAt}; Chromium ${meta.chromium}; Node ${meta.node}; ${meta.runs} runs per condition; viewport ${meta.viewport.width}×${meta.viewport.height}.`);
if (meta.sdk) L.push(`Service Forms SDK measured: ${meta.sdk}.`);
L.push(`Conditions: none; cpu4x = CDP Emulation.setCPUThrottlingRate 4; net3g = CDP Network.emulateNetworkConditions 400 kbit/s down+up, 400 ms RTT; cpu4x+net3g = both. Cold cache every run (new browser context). Served over HTTPS/HTTP2 from 127.0.0.1 with brotli.`);
L.push('', `Values are medians; (×N) = ratio to the static-HTML floor. Bytes are of the files the page actually fetched (min = as served, uncompressed).`, '');

const s3 = (o) => `${kb(o.raw)} / ${kb(o.gzip)} / ${kb(o.br)}`;
L.push('## Main table', '');
L.push('| contestant | JS KB min / gz / br | CSS KB min / gz / br | all bytes br KB (req) | ready ms | ready cpu4x | ready net3g | ready cpu4x+net3g | validate ms | validate cpu4x | heap MB | DOM nodes | axe rules/nodes (after submit) |');
L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of names) {
  const r = rows[n]; const b = r.bytes;
  const allBr = b.js.br + b.css.br + b.html.br + b.font.raw + b.other.raw;
  const fAll = F.bytes.js.br + F.bytes.css.br + F.bytes.html.br + F.bytes.font.raw + F.bytes.other.raw;
  const rc = (c) => (r.ready[c] ? `${ms(r.ready[c].med)}${ratio(r.ready[c].med, F.ready[c]?.med)}` : '—');
  const ax = r.axe ? `${r.axe.initial?.violations ?? '?'}/${r.axe.initial?.nodes ?? '?'} (${r.axe.afterSubmit?.violations ?? '?'}/${r.axe.afterSubmit?.nodes ?? '?'})` : '—';
  L.push(`| ${n} | ${s3(b.js)} | ${s3(b.css)} | ${kb(allBr)}${ratio(allBr, fAll)} (${b.requests}) | ${rc('none')} | ${rc('cpu4x')} | ${rc('net3g')} | ${rc('cpu4x+net3g')} | ${r.validate ? ms(r.validate.med) + ratio(r.validate.med, F.validate?.med) : '—'} | ${r.validate4x ? ms(r.validate4x.med) + ratio(r.validate4x.med, F.validate4x?.med) : '—'} | ${r.heap ? (r.heap.med / 1048576).toFixed(1) + ratio(r.heap.med, F.heap?.med) : '—'} | ${r.dom ? r.dom.med + ratio(r.dom.med, F.dom?.med) : '—'} | ${ax} |`);
}
L.push('', '"all bytes br" = JS + CSS + HTML brotli-11 sizes + fonts/images as-is (what a br-capable CDN ships). Third-party requests (blocked here) are not counted.', '');

L.push('## Spread (median [min–max], ms)', '');
L.push('| contestant | FCP | ready | ready cpu4x | ready net3g | ready cpu4x+net3g | TBT to ready cpu4x | validate | validate cpu4x | errors+summary | errors+summary cpu4x |');
L.push('|---|---|---|---|---|---|---|---|---|---|---|');
const sp = (s) => (s ? `${ms(s.med)} [${ms(s.min)}–${ms(s.max)}]` : '—');
for (const n of names) {
  const r = rows[n];
  L.push(`| ${n} | ${sp(r.fcp)} | ${sp(r.ready.none)} | ${sp(r.ready.cpu4x)} | ${sp(r.ready.net3g)} | ${sp(r.ready['cpu4x+net3g'])} | ${sp(r.tbt4x)} | ${sp(r.validate)} | ${sp(r.validate4x)} | ${sp(r.summary)} | ${sp(r.summary4x)} |`);
}
L.push('');
L.push('## Bytes in detail (KB: min / gzip-9 / brotli-11)', '');
L.push('| contestant | JS | CSS | HTML (+ JSON definition) | fonts+images (as is) | observed transfer KB | files fetched | raw dist (min / gz / br) |');
L.push('|---|---|---|---|---|---|---|---|');
for (const n of names) {
  const r = rows[n]; const b = r.bytes;
  const raw = r.rawDist.map((d) => `${d.what}: ${kb(d.raw)} / ${kb(d.gzip)} / ${kb(d.br)}`).join('<br>') || '—';
  L.push(`| ${n} | ${s3(b.js)} | ${s3(b.css)} | ${s3(b.html)} | ${kb(b.font.raw + b.other.raw)} | ${b.observed != null ? kb(b.observed) : '—'} | ${b.files.map((f) => f.path).join('<br>')} | ${raw} |`);
}
L.push('');
// Issue 8's targets for our SDK, as ratios to the floors measured in this same run.
const SF = 'service-forms';
if (rows[SF]) {
  const r = rows[SF]; const allBrOf = (b) => b.js.br + b.css.br + b.html.br + b.font.raw + b.other.raw;
  const mini = rows['lit-zod-mini'];
  const checks = [];
  const bytes = allBrOf(r.bytes);
  if (mini) checks.push(['bytes (all, brotli) ≤ 1.2× lit-zod-mini', `${kb(bytes)} KB = ${(bytes / allBrOf(mini.bytes)).toFixed(2)}× (${kb(allBrOf(mini.bytes))} KB)`, bytes <= 1.2 * allBrOf(mini.bytes)]);
  const rd = r.ready['cpu4x+net3g']?.med; const fl = F.ready['cpu4x+net3g']?.med;
  if (rd != null && fl != null) checks.push(['ready cpu4x+net3g ≤ 1.5× static', `${ms(rd)} ms = ${(rd / fl).toFixed(2)}× (${ms(fl)} ms)`, rd <= 1.5 * fl]);
  const v = r.summary?.med ?? r.validate?.med;
  if (v != null) checks.push(['validation (click → 50 errors + summary), unthrottled ≤ 16 ms', `${ms(v)} ms (errors alone ${ms(r.validate?.med)} ms)`, v <= 16]);
  if (r.heap) checks.push(['JS heap after GC ≤ 1.5 MB', `${(r.heap.med / 1048576).toFixed(2)} MB`, r.heap.med <= 1.5 * 1048576]);
  if (r.axe?.initial) { const n = r.axe.initial.nodes + (r.axe.afterSubmit?.nodes ?? 0); checks.push(['0 axe findings (initial + after submit)', `${n}`, n === 0]); }
  L.push(`## ${SF}: issue 8 targets`, '', '| target | measured | |', '|---|---|---|');
  for (const [t, m, ok] of checks) L.push(`| ${t} | ${m} | ${ok ? 'met' : 'missed'} |`);
  L.push('');
}
// Usable first, upgraded after (issue 15): what had arrived by the ready frame, what came after,
// and when a page's script had upgraded it (contestants with an `upgraded` probe).
if (names.some((n) => meta.conditions.some((c) => rows[n].beforeReady[c]))) {
  const cs = meta.conditions;
  L.push('## Bytes before usable, and the upgrade', '');
  L.push('Response bodies as sent (brotli), from Resource Timing: "before" = the document and every resource whose response ended by the ready frame; "after" = the rest, until the upgrade (if any) and `load` + 500 ms. "upgraded" = the first frame in which the page\'s script has taken it over (contestants with an `upgraded` probe). Medians; KB = 1024 bytes.', '');
  L.push(`| contestant | ${cs.map((c) => `before ready KB ${c}`).join(' | ')} | ${cs.map((c) => `after KB (script) ${c}`).join(' | ')} | ${cs.map((c) => `upgraded ms ${c}`).join(' | ')} |`);
  L.push(`|---|${cs.map(() => '---|').join('')}${cs.map(() => '---|').join('')}${cs.map(() => '---|').join('')}`);
  for (const n of names) {
    const r = rows[n];
    const b = (c) => (r.beforeReady[c] ? `${kb(r.beforeReady[c].med)}${ratio(r.beforeReady[c].med, F.beforeReady[c]?.med)}` : '—');
    const a = (c) => (r.afterReady[c] ? `${kb(r.afterReady[c].med)} (${kb(r.scriptAfterReady[c]?.med ?? 0)})` : '—');
    L.push(`| ${n} | ${cs.map(b).join(' | ')} | ${cs.map(a).join(' | ')} | ${cs.map((c) => sp(r.upgraded[c])).join(' | ')} |`);
  }
  L.push('');
}
// Issue 15's targets for the served page taken over, as ratios to the floors of this same run.
const SV = 'service-forms-served';
if (rows[SV]) {
  const r = rows[SV]; const C = 'cpu4x+net3g'; const checks = [];
  const gov = rows.govuk; const mini = rows['lit-zod-mini'];
  const rd = r.ready[C]?.med; const fl = F.ready[C]?.med;
  if (rd != null && fl != null) checks.push([`ready ${C} ≤ 1.3× static`, `${ms(rd)} ms = ${(rd / fl).toFixed(2)}× (${ms(fl)} ms)`, rd <= 1.3 * fl]);
  if (rd != null && gov?.ready[C]) checks.push([`ready ${C} ahead of GOV.UK`, `${ms(rd)} ms against ${ms(gov.ready[C].med)} ms`, rd < gov.ready[C].med]);
  const bb = r.beforeReady[C]?.med; const fb = F.beforeReady[C]?.med;
  if (bb != null && fb) checks.push([`bytes before usable (${C}) ≤ 1.5× static`, `${bb} bytes = ${(bb / fb).toFixed(2)}× (${fb} bytes)`, bb <= 1.5 * fb]);
  const sa = r.scriptAfterReady[C]?.med;
  if (sa != null) checks.push([`script bytes after usable (${C}) ≤ 27 564 (26.9 KB brotli, the entry when issue 15 was filed)`, `${sa} bytes (${r.afterReady[C]?.med} bytes after ready in all, with the definition)`, sa <= 27564]);
  if (r.upgraded[C]) checks.push([`upgrade complete ${C} recorded`, `${ms(r.upgraded[C].med)} ms [${ms(r.upgraded[C].min)}–${ms(r.upgraded[C].max)}]`, true]);
  const v = r.validate?.med;
  if (v != null && mini?.validate) checks.push(['validation after upgrade (click → 50 errors) ≤ 1.3× lit-zod-mini', `${ms(v)} ms = ${(v / mini.validate.med).toFixed(2)}× (${ms(mini.validate.med)} ms)`, v <= 1.3 * mini.validate.med]);
  else if (v != null) checks.push(['validation after upgrade (click → 50 errors); lit-zod-mini not in this run', `${ms(v)} ms`, null]);
  if (r.heap) checks.push(['JS heap after the upgrade and GC ≤ 1.5 MB', `${(r.heap.med / 1048576).toFixed(2)} MB`, r.heap.med <= 1.5 * 1048576]);
  L.push(`## ${SV}: issue 15 targets`, '', '| target | measured | |', '|---|---|---|');
  for (const [t, m, ok] of checks) L.push(`| ${t} | ${m} | ${ok === null ? 'not compared' : ok ? 'met' : 'missed'} |`);
  L.push('');
}
L.push('## axe-core violations', '');
for (const n of names) {
  const a = rows[n].axe;
  if (!a) continue;
  const fmt = (x) => (x ? x.rules.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') || 'none' : '?');
  L.push(`- **${n}** initial: ${fmt(a.initial)}; after submit: ${fmt(a.afterSubmit)}${a.error ? `; error: ${a.error}` : ''}`);
}
L.push('', '## Notes per contestant', '');
for (const n of names) {
  const r = rows[n];
  L.push(`- **${n}** (${r.label}): ${r.notes}${r.failedReq.length ? ` Blocked third-party requests: ${r.failedReq.map((u) => new URL(u).host + new URL(u).pathname.replace(/^(.{40}).*/, '$1…')).join(', ')}.` : ''}${r.errors.length ? ` Failed runs: ${r.errors.join('; ')}` : ''}`);
}
const out = reportFile(runsFile);
fs.writeFileSync(out.md, L.join('\n') + '\n');
fs.writeFileSync(out.summary, JSON.stringify(rows, null, 2));
console.log(L.join('\n'));
