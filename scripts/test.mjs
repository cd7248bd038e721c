// `npm test`: runs every check in order, counts results, prints a table and,
// as the very last line, `N passed, N failed` (`, N skipped` when any).
// Usage: node scripts/test.mjs [--only typecheck,lint,...]
// Step ids: chromium, typecheck, lint, core, server, html, build, size, browser, e2e,
// storybook, stories. `chromium` always runs.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const RESULTS_DIR = '.test-results';
const out = (line = '') => process.stdout.write(`${line}\n`);
const err = (line) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------- children

let childEnv = { ...process.env };

/** Runs a command with inherited stdio; resolves to its exit code (1 on a signal or spawn error). */
function runChild(command, args, extraEnv = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      shell: false,
      env: { ...childEnv, ...extraEnv },
    });
    child.on('error', (error) => {
      err(`test: could not start ${command}: ${error.message}`);
      done(1);
    });
    child.on('close', (code, signal) => {
      if (signal) err(`test: ${command} ${args.join(' ')} was killed by ${signal}`);
      done(code ?? 1);
    });
  });
}

const byExitCode = (code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });

/** A step that reports success but exits non-zero still counts as one failure. */
function reconcile(counts, code) {
  if (code !== 0 && counts.failed === 0) {
    err(`test: exit code ${code} but no failed test was reported; counting 1 failed`);
    return { ...counts, failed: 1 };
  }
  return counts;
}

/** `{ name, error }` entries a runner wrote for its failed tests (at most 20 are kept). */
function failureList(value) {
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry) => entry && typeof entry.name === 'string')
    .slice(0, 20)
    .map((entry) => ({ name: entry.name, error: typeof entry.error === 'string' ? entry.error : '' }));
}

function readJson(file) {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const count = (value) => (Number.isInteger(value) && value >= 0 ? value : null);
    const passed = count(data.passed);
    const failed = count(data.failed);
    if (passed === null || failed === null) return null;
    return { passed, failed, skipped: count(data.skipped) ?? 0, failures: failureList(data.failures) };
  } catch {
    return null;
  }
}

// ------------------------------------------------------- node --test steps

/** Splits a package.json script into words, honouring quotes; null if it uses shell syntax. */
function splitScript(script) {
  const words = [];
  let word = null;
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i];
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      if (end === -1) return null;
      word = (word ?? '') + script.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < script.length && script[j] !== '"'; j += 1) {
        if (script[j] === '\\' && '"\\$`'.includes(script[j + 1] ?? '')) j += 1;
        else if (script[j] === '$' || script[j] === '`') return null;
        text += script[j];
      }
      if (j >= script.length) return null;
      word = (word ?? '') + text;
      i = j;
    } else if (c === '\\' && i + 1 < script.length) {
      word = (word ?? '') + script[i + 1];
      i += 1;
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if ('|&;<>()$`'.includes(c)) {
      return null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

function globToRegExp(pattern) {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i += 1;
      if (pattern[i + 1] === '/') {
        i += 1;
        source += '(?:[^/]*/)*';
      } else {
        source += '.*';
      }
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

function walk(dir, files) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else files.push(relative(root, path).split(sep).join('/'));
  }
}

/** Node 20's `node --test` takes no globs (Node 21 added them): expand `*`, `**`, `?` here. */
function expandGlob(pattern) {
  const parts = pattern.split('/');
  const firstGlob = parts.findIndex((part) => /[*?]/.test(part));
  const base = parts.slice(0, firstGlob).join('/') || '.';
  const files = [];
  walk(join(root, base), files);
  const matcher = globToRegExp(pattern.replace(/^\.\//, ''));
  const matches = files.filter((file) => matcher.test(file)).sort();
  return matches.length > 0 ? matches : [pattern];
}

const nodeHasTestGlobs = Number(process.versions.node.split('.')[0]) >= 21;

/**
 * The innermost failed tests of a TAP report, by their names from the file down, with the
 * first line of each one's error. A parent whose subtests failed is not listed again.
 */
function tapFailures(text) {
  const lines = text.split('\n');
  const failures = [];
  /** By depth: the name of the test being read and the line its `# Subtest:` header is on. */
  const open = [];
  for (let i = 0; i < lines.length; i += 1) {
    const subtest = /^(\s*)# Subtest: (.*)$/.exec(lines[i]);
    if (subtest) {
      const depth = subtest[1].length / 4;
      open.length = depth;
      open[depth] = { name: subtest[2], line: i };
      continue;
    }
    const result = /^(\s*)not ok \d+ - (.*?)(?: # .*)?$/.exec(lines[i]);
    if (!result) continue;
    const depth = result[1].length / 4;
    const header = open[depth]?.line ?? -1;
    if (failures.some((failure) => failure.line > header)) continue; // its subtests are listed
    let error = '';
    for (let j = i + 1; j < lines.length && j < i + 40; j += 1) {
      const found = /^\s*error: (.*)$/.exec(lines[j]);
      if (found) {
        error = found[1].replace(/^['"|>-]+\s*$/, '').replace(/^'(.*)'$/, '$1');
        if (!error && j + 1 < lines.length) error = lines[j + 1].trim();
        break;
      }
      if (/^\s*(?:not )?ok \d+/.test(lines[j])) break;
    }
    const names = [...open.slice(0, depth).map((test) => test?.name ?? '?'), result[2]];
    failures.push({ line: i, name: names.join(' > '), error: error.slice(0, 300) });
  }
  return failures.map(({ name, error }) => ({ name, error }));
}

function parseTap(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const figures = {};
  for (const match of text.matchAll(/^# (pass|fail|skipped|cancelled|todo) (\d+)\s*$/gm)) {
    figures[match[1]] = Number(match[2]);
  }
  if (figures.pass === undefined || figures.fail === undefined) return null;
  return {
    passed: figures.pass,
    failed: figures.fail + (figures.cancelled ?? 0),
    skipped: (figures.skipped ?? 0) + (figures.todo ?? 0),
    failures: tapFailures(text),
  };
}

/** Runs a package.json `node --test ...` script directly, with a TAP copy to count from. */
async function nodeTestStep(scriptName, id) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const script = pkg.scripts?.[scriptName];
  if (typeof script !== 'string') {
    err(`test: package.json has no "${scriptName}" script`);
    return byExitCode(1);
  }
  const words = splitScript(script);
  const env = {};
  while (words && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] ?? '')) {
    const assignment = words.shift();
    const eq = assignment.indexOf('=');
    env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
  }
  if (!words || words[0] !== 'node') {
    err(`test: "${scriptName}" is not a plain \`node ...\` command; running it through npm and counting its exit code`);
    return byExitCode(await runChild('npm', ['run', scriptName]));
  }
  const tap = join(RESULTS_DIR, `${id}.tap`);
  rmSync(tap, { force: true });
  let args = words.slice(1);
  if (!nodeHasTestGlobs) {
    args = args.flatMap((arg) => (!arg.startsWith('-') && /[*?]/.test(arg) ? expandGlob(arg) : arg));
  }
  // Reporter options must precede the first file: node treats later words as files.
  const reporters = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
  ];
  const code = await runChild(process.execPath, [...reporters, ...args], env);
  const counts = parseTap(tap);
  if (!counts) {
    err(`test: no readable TAP summary in ${tap}; counting by exit code`);
    return byExitCode(code);
  }
  if (counts.passed + counts.failed + counts.skipped === 0) err(`test: warning: ${scriptName} ran no tests`);
  return reconcile(counts, code);
}

// ------------------------------------------------------------------- steps

const npmStep = (script, extraEnv) => async () => byExitCode(await runChild('npm', ['run', script], extraEnv));

async function jsonStep(script, file) {
  rmSync(file, { force: true });
  const code = await runChild('npm', ['run', script]);
  const counts = readJson(file);
  if (!counts) {
    err(`test: ${file} missing or unreadable; counting by exit code`);
    return byExitCode(code);
  }
  return reconcile(counts, code);
}

const STEPS = [
  { id: 'typecheck', name: 'typecheck', run: npmStep('typecheck') },
  { id: 'lint', name: 'lint', run: npmStep('lint') },
  { id: 'core', name: 'core unit tests', run: () => nodeTestStep('test:core', 'core') },
  { id: 'server', name: 'server tests', run: () => nodeTestStep('test:server', 'server') },
  { id: 'html', name: 'html renderer tests', run: () => nodeTestStep('test:html', 'html') },
  { id: 'build', name: 'build', run: npmStep('build') },
  { id: 'size', name: 'size', run: npmStep('size') },
  { id: 'pack', name: 'package contents', run: () => nodeTestStep('test:pack', 'pack') },
  { id: 'browser', name: 'browser tests', run: () => jsonStep('test:browser', join(RESULTS_DIR, 'browser.json')) },
  { id: 'e2e', name: 'e2e tests', run: () => nodeTestStep('test:e2e', 'e2e') },
  { id: 'storybook', name: 'storybook build', run: npmStep('build-storybook', { STORYBOOK_DISABLE_TELEMETRY: '1' }) },
  { id: 'stories', name: 'story accessibility', run: () => jsonStep('test:stories', join(RESULTS_DIR, 'stories.json')) },
];
const IDS = ['chromium', ...STEPS.map((step) => step.id)];

// --------------------------------------------------------------- arguments

function parseArgs(argv) {
  let only = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    let value;
    if (arg === '--only') value = argv[(i += 1)];
    else if (arg.startsWith('--only=')) value = arg.slice('--only='.length);
    else {
      err(`test: unknown argument ${arg}\nusage: node scripts/test.mjs [--only ${IDS.join(',')}]`);
      process.exit(2);
    }
    const ids = (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !IDS.includes(id));
    if (ids.length === 0 || unknown.length > 0) {
      err(`test: --only takes a comma-separated list of: ${IDS.join(', ')}`);
      process.exit(2);
    }
    only = new Set([...(only ?? []), ...ids]);
  }
  return only;
}

// -------------------------------------------------------------------- main

const only = parseArgs(process.argv.slice(2));
const results = [];
const suiteStart = performance.now();

/** Names the failed tests once more at the very end, where a shortened CI log still shows them. */
function printFailures() {
  const failing = results.filter((r) => r.failures?.length > 0 || r.failed > 0);
  if (failing.length === 0) return;
  out('');
  out('failed tests:');
  for (const r of failing) {
    if (!r.failures?.length) {
      out(`  ${r.name}: ${r.failed} failed (see its output above)`);
      continue;
    }
    for (const failure of r.failures) out(`  ${r.name}: ${failure.name}${failure.error ? `\n      ${failure.error}` : ''}`);
    if (r.failures.length < r.failed) out(`  ${r.name}: and ${r.failed - r.failures.length} more (see its output above)`);
  }
}

const totalsLine = (t) => `${t.passed} passed, ${t.failed} failed${t.skipped > 0 ? `, ${t.skipped} skipped` : ''}`;

function totals() {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const r of results) {
    sum.passed += r.passed;
    sum.failed += r.failed;
    sum.skipped += r.skipped;
  }
  return sum;
}

function writeSummary() {
  const seconds = Number(((performance.now() - suiteStart) / 1000).toFixed(1));
  writeFileSync(
    join(RESULTS_DIR, 'summary.json'),
    `${JSON.stringify({ ...totals(), seconds, node: process.version, steps: results }, null, 2)}\n`,
  );
  return seconds;
}

async function timed(id, name, run) {
  out(`\n=== ${name} ===`);
  const start = performance.now();
  const counts = await run();
  const seconds = Number(((performance.now() - start) / 1000).toFixed(1));
  results.push({ id, name, ...counts, seconds });
  out(`--- ${name}: ${totalsLine(counts)} (${seconds.toFixed(1)} s)`);
}

rmSync(RESULTS_DIR, { recursive: true, force: true });
mkdirSync(RESULTS_DIR, { recursive: true });

let chromium = null;
await timed('chromium', 'chromium', async () => {
  chromium = await ensureChromium();
  if (chromium) out(`chromium: ${chromium}`);
  return byExitCode(chromium ? 0 : 1);
});
if (!chromium) {
  writeSummary();
  out('0 passed, 1 failed');
  process.exit(1);
}
childEnv = { ...process.env, CHROMIUM_PATH: chromium };

for (const step of STEPS) {
  if (only && !only.has(step.id)) continue;
  await timed(step.id, step.name, step.run);
}

const seconds = writeSummary();
const sum = totals();
printFailures();
const nameWidth = Math.max(5, ...results.map((r) => r.name.length));
const row = (name, passed, failed, skipped, secs) =>
  `${name.padEnd(nameWidth)}  ${String(passed).padStart(6)}  ${String(failed).padStart(6)}  ${String(skipped).padStart(7)}  ${String(secs).padStart(7)}`;
out('');
out(row('step', 'passed', 'failed', 'skipped', 'seconds'));
for (const r of results) out(row(r.name, r.passed, r.failed, r.skipped, r.seconds.toFixed(1)));
out(row('total', sum.passed, sum.failed, sum.skipped, seconds.toFixed(1)));
out(`(figures in ${RESULTS_DIR}/summary.json)`);
out(totalsLine(sum));
process.exit(sum.failed > 0 ? 1 : 0);
