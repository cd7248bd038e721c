// Locates a Chromium executable for the browser tests, e2e tests and the
// story accessibility check. Run directly (`node scripts/find-chromium.mjs`)
// it prints the path, installing Debian's chromium first when running as root
// on a machine with apt-get and no browser.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const MISSING_MESSAGE =
  'No Chromium found: install Debian\'s chromium (apt-get install -y chromium) or set CHROMIUM_PATH.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | null} the path of a Chromium executable, or null */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return CANDIDATES.find(isExecutable) ?? null;
}

function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(join(dir, command)));
}

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      shell: false,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', () => done(1));
    child.on('close', (code) => done(code ?? 1));
  });
}

/**
 * Returns the Chromium path, installing Debian's chromium package first when
 * none is found and we are root with apt-get available. Returns null (after
 * printing one line to stderr) when no browser can be had.
 * @returns {Promise<string | null>}
 */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    if ((await run('apt-get', ['update'])) === 0) {
      await run('apt-get', ['install', '-y', 'chromium']);
    }
    const installed = findChromium();
    if (installed) return installed;
  }
  process.stderr.write(`${MISSING_MESSAGE}\n`);
  return null;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const path = await ensureChromium();
  if (path) {
    process.stdout.write(`${path}\n`);
    process.exit(0);
  }
  process.exit(1);
}
