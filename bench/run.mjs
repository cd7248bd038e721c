// `npm run bench` (at the repository root): the 50-field bench against peers, end to end.
//   1. builds the SDK (root `npm run build`) when dist/service-forms.js or the HTML renderer
//      (packages/html/dist, for the service-forms-html contestant) is missing, or `--build` is given;
//   2. installs the bench's own dependencies (`npm ci` in bench/) when bench/node_modules is missing;
//   3. builds every contestant page into bench/site/, measures them in headless Chromium and
//      writes the report.
// `--baseline REF` also measures the SDK as built at a git commit (contestant service-forms-baseline,
// beside service-forms), for a change measured side by side with what it changes; the build is
// kept in bench/.baseline/<commit>/.
// Other flags go to scripts/measure.mjs: --runs N, --only a,b,
// --conditions none,cpu4x,net3g,cpu4x+net3g, --no-axe, --debug, --out file, --port N.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../scripts/find-chromium.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const argv = process.argv.slice(2);
const rebuild = argv.includes('--build');
const baselineAt = argv.indexOf('--baseline');
const baselineRef = baselineAt >= 0 ? argv[baselineAt + 1] : undefined;
if (baselineAt >= 0 && (!baselineRef || baselineRef.startsWith('--'))) {
  console.error('--baseline needs a git ref: npm run bench -- --baseline main');
  process.exit(2);
}
const measureArgs = argv.filter((a, i) => a !== '--build' && i !== baselineAt && !(baselineAt >= 0 && i === baselineAt + 1));
const opt = (k) => { const i = measureArgs.indexOf(`--${k}`); return i >= 0 ? measureArgs[i + 1] : undefined; };
// Every figure in the report is also a ratio to the static floor: a subset always measures it.
const onlyAt = measureArgs.indexOf('--only');
if (onlyAt >= 0 && measureArgs[onlyAt + 1] && !measureArgs[onlyAt + 1].split(',').includes('static')) {
  measureArgs[onlyAt + 1] = `static,${measureArgs[onlyAt + 1]}`;
  console.log('(static added to --only: the report gives every figure as a ratio to it)');
}

function step(title, command, args, cwd, env = process.env) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}${cwd === REPO ? '' : ` (in ${path.relative(REPO, cwd) || '.'})`}`);
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✖ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

const entry = path.join(REPO, 'dist', 'service-forms.js');
const htmlRenderer = path.join(REPO, 'packages', 'html', 'dist', 'render.js');
if (rebuild || !fs.existsSync(entry) || !fs.existsSync(htmlRenderer)) step('SDK bundle', npm, ['run', 'build'], REPO);
if (!fs.existsSync(path.join(BENCH, 'node_modules'))) step('bench dependencies', npm, ['ci', '--no-audit', '--no-fund'], BENCH);

const chromium = await ensureChromium();
if (!chromium) process.exit(1);

// Which SDK build is measured: the commit, and whether the bundled packages differ from it.
let sdk = `dist/service-forms.js built ${fs.statSync(entry).mtime.toISOString()}`;
try {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages/core', 'packages/elements', 'packages/adapters', 'packages/html'], { cwd: REPO, encoding: 'utf8' }).trim();
  sdk += ` from commit ${head}${dirty ? ' with uncommitted changes in the bundled packages' : ''}`;
} catch {
  // Not a git checkout (a tarball): the build time is all we know.
}
const env = { ...process.env, CHROMIUM_PATH: chromium, BENCH_SDK: sdk };

if (baselineRef) {
  // The baseline: REF checked out in a worktree of its own, node_modules hard-linked from this
  // checkout (its workspace links are relative, so they point into the worktree's packages),
  // built with its own `npm run build`. Kept per commit: a second run reuses it.
  const commit = execFileSync('git', ['rev-parse', '--short', `${baselineRef}^{commit}`], { cwd: REPO, encoding: 'utf8' }).trim();
  const dir = path.join(BENCH, '.baseline', commit);
  if (!fs.existsSync(path.join(dir, 'dist', 'service-forms.js'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: REPO });
    step(`baseline checkout (${baselineRef} = ${commit})`, 'git', ['worktree', 'add', '--detach', '--force', dir, commit], REPO);
    step('baseline node_modules (hard links)', 'cp', ['-al', path.join(REPO, 'node_modules'), path.join(dir, 'node_modules')], REPO);
    step('baseline bundle', npm, ['run', 'build'], dir);
  }
  env.BENCH_BASELINE_DIST = path.join(dir, 'dist');
  env.BENCH_BASELINE_REF = `${baselineRef} (${commit})`;
  const at = measureArgs.indexOf('--only');
  if (at >= 0) measureArgs[at + 1] = [...new Set([...measureArgs[at + 1].split(','), 'service-forms', 'service-forms-baseline'])].join(',');
  else measureArgs.push('--only', 'static,lit-zod-mini,service-forms,service-forms-baseline');
}

const only = opt('only');
step('contestant pages', process.execPath, ['scripts/build.mjs', ...(only ? only.split(',') : [])], BENCH, env);
step('measure', process.execPath, ['scripts/measure.mjs', ...measureArgs], BENCH, env);
const runs = opt('out') ? path.resolve(BENCH, opt('out')) : path.join(BENCH, 'results', 'runs.json');
step('report', process.execPath, ['scripts/report.mjs', runs], BENCH, env);

const { reportFile } = await import('./scripts/report-files.mjs');
console.log(`\nReport: ${path.relative(process.cwd(), reportFile(runs).md) || '.'}`);
