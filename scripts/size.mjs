// Measures built bundles against size-budget.json (npm run size).
// Usage: node scripts/size.mjs [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgetFile = join(root, 'size-budget.json');
const KINDS = ['min', 'gzip', 'brotli'];
const asJson = process.argv.includes('--json');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

let budgets;
try {
  budgets = JSON.parse(readFileSync(budgetFile, 'utf8'));
} catch (error) {
  process.stderr.write(`size: cannot read ${budgetFile}: ${error.message}\n`);
  process.exit(1);
}

const files = Object.keys(budgets).filter((key) => key !== '//');
const errors = [];
const results = [];

if (files.length === 0) errors.push('size-budget.json lists no files');

for (const file of files) {
  const budget = budgets[file];
  if (budget === null || typeof budget !== 'object' || Array.isArray(budget)) {
    errors.push(`${file}: budget must be an object like { "brotli": 30720 }`);
    continue;
  }
  for (const [kind, limit] of Object.entries(budget)) {
    if (kind === 'each' && file.endsWith('/')) continue;
    if (!KINDS.includes(kind)) {
      errors.push(`${file}: unknown budget kind "${kind}" (allowed: ${KINDS.join(', ')})`);
    } else if (!Number.isInteger(limit) || limit <= 0) {
      errors.push(`${file}: ${kind} budget must be a positive whole number of bytes`);
    }
  }

  let bytes;
  try {
    // A key ending in `/` budgets the total of the .js files in that folder (the lazily loaded
    // chunks); each file is printed too.
    if (file.endsWith('/')) {
      const names = readdirSync(join(root, file)).filter((name) => name.endsWith('.js')).sort();
      const parts = names.map((name) => readFileSync(join(root, file, name)));
      // `each` caps every chunk on its own: nobody downloads all of them, so the total is
      // printed for information and only budgeted when a kind is given at the top level.
      const each = budget.each ?? {};
      for (const [i, part] of parts.entries()) {
        const one = measure(part);
        if (!asJson) process.stdout.write(`  ${file}${names[i]}  min ${kb(one.min)}  gzip ${kb(one.gzip)}  brotli ${kb(one.brotli)}\n`);
        for (const kind of KINDS) {
          if (typeof each[kind] === 'number' && one[kind] > each[kind]) {
            errors.push(`${file}${names[i]}: ${kind} size ${one[kind]} bytes (${kb(one[kind])}) exceeds the per-chunk ${kind} budget of ${each[kind]} bytes (${kb(each[kind])})`);
          }
        }
      }
      // Each chunk is fetched and compressed on its own: the total is the sum of the parts.
      const total = parts.map(measure).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });
      const over = KINDS.filter((kind) => typeof budget[kind] === 'number' && total[kind] > budget[kind]);
      for (const kind of over) errors.push(`${file} (all chunks): ${kind} size ${total[kind]} bytes (${kb(total[kind])}) exceeds the ${kind} budget of ${budget[kind]} bytes (${kb(budget[kind])})`);
      results.push({ file: `${file} (${names.length} chunks)`, ...total, budget, ok: over.length === 0 });
      continue;
    }
    bytes = readFileSync(join(root, file));
  } catch {
    errors.push(`${file}: missing; run \`npm run build\` first`);
    results.push({ file, missing: true, budget });
    continue;
  }

  const sizes = measure(bytes);
  const over = [];
  for (const kind of KINDS) {
    const limit = budget[kind];
    if (typeof limit === 'number' && sizes[kind] > limit) {
      over.push(kind);
      errors.push(
        `${file}: ${kind} size ${sizes[kind]} bytes (${kb(sizes[kind])}) ` +
          `exceeds the ${kind} budget of ${limit} bytes (${kb(limit)})`,
      );
    }
  }
  results.push({ file, ...sizes, budget, ok: over.length === 0 });
}

if (asJson) {
  process.stdout.write(`${JSON.stringify({ ok: errors.length === 0, files: results }, null, 2)}\n`);
} else {
  const width = Math.max(0, ...results.map((r) => r.file.length));
  for (const r of results) {
    if (r.missing) continue;
    const limits = [
      ...KINDS.filter((kind) => typeof r.budget[kind] === 'number').map((kind) => `budget ${kind} ${kb(r.budget[kind])}`),
      ...KINDS.filter((kind) => typeof r.budget.each?.[kind] === 'number').map((kind) => `each chunk ${kind} at most ${kb(r.budget.each[kind])}`),
    ].join(', ');
    process.stdout.write(
      `${r.file.padEnd(width)}  min ${kb(r.min)}  gzip ${kb(r.gzip)}  brotli ${kb(r.brotli)}` +
        `${limits ? `  (${limits})` : ''}\n`,
    );
  }
}

if (errors.length > 0) {
  for (const message of errors) process.stderr.write(`size budget failed: ${message}\n`);
  process.exit(1);
}
