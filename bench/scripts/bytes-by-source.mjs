// Which source modules the bytes of a built file come from, read from its source map: every
// minified byte is attributed to the source of the mapping segment it lies in (bytes before a
// line's first mapped segment count as "(unmapped)"). Brotli is estimated per group in
// proportion to the minified bytes (compression is not additive), the total is exact.
// Usage: node scripts/bytes-by-source.mjs <file.js> [more.js ...] [--by file|package]
import fs from 'node:fs';
import path from 'node:path';
import { sizes } from './sizes.mjs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VAL = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Decodes one mappings line into segments [generatedColumn, sourceIndex | -1]. */
function* segments(line, state) {
  let col = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const nums = []; let value = 0; let shift = 0;
    for (const ch of seg) {
      const d = VAL[ch]; value += (d & 31) << shift;
      if (d & 32) { shift += 5; continue; }
      nums.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0;
    }
    col += nums[0];
    if (nums.length > 1) { state.src += nums[1]; yield [col, state.src]; } else yield [col, -1];
  }
}

/** Minified bytes per source path of one file with its `.map` beside it. */
export function bytesBySource(file) {
  const code = fs.readFileSync(file, 'utf8');
  const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
  const out = new Map();
  const add = (k, n) => out.set(k, (out.get(k) || 0) + n);
  const lines = code.split('\n');
  const state = { src: 0 };
  map.mappings.split(';').forEach((mline, i) => {
    const text = lines[i] ?? '';
    const segs = [...segments(mline, state)];
    let prevCol = 0; let prevSrc = -1;
    for (const [col, src] of segs) {
      add(prevSrc >= 0 ? map.sources[prevSrc] : '(unmapped)', Buffer.byteLength(text.slice(prevCol, col)));
      prevCol = col; prevSrc = src;
    }
    add(prevSrc >= 0 ? map.sources[prevSrc] : '(unmapped)', Buffer.byteLength(text.slice(prevCol)) + 1);
  });
  return out;
}

/** lit (reactive-element, lit-html, lit-element), @lit/localize, zod, or packages/<pkg>/<folder>. */
export function groupOf(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return ['lit-html', 'lit-element', '@lit/reactive-element', 'lit'].includes(pkg) ? 'lit' : pkg;
  }
  const m = source.match(/packages\/([^/]+)\/(?:dist|src)\/(.*)$/);
  if (m) { const dir = m[2].includes('/') ? m[2].slice(0, m[2].indexOf('/')) : m[2].replace(/\.[jt]s$/, ''); return `${m[1]}/${dir}`; }
  return source;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : 'package';
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--by');
  const total = new Map(); let raw = 0; let br = 0;
  for (const f of files) {
    const s = sizes(f); raw += s.raw; br += s.br;
    for (const [src, n] of bytesBySource(f)) { const k = by === 'file' ? src : groupOf(src); total.set(k, (total.get(k) || 0) + n); }
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`${files.map((f) => path.basename(f)).join(' + ')}: ${kb(raw)} KB min, ${kb(br)} KB brotli`);
  console.log('| source | min KB | share | ≈ brotli KB |\n|---|---|---|---|');
  for (const [k, n] of [...total].sort((a, b) => b[1] - a[1])) if (n / raw >= 0.003) console.log(`| ${k} | ${kb(n)} | ${((100 * n) / raw).toFixed(1)}% | ${kb((br * n) / raw)} |`);
}
