// Makes a PostgreSQL server available for the server tests and benchmarks, without manual steps.
//
// - DATABASE_URL set: that server is used as it is (the user's choice wins).
// - Otherwise the PostgreSQL binaries are looked for (Debian's /usr/lib/postgresql/<n>/bin, then
//   PATH); when missing and running as root with apt-get, Debian's `postgresql` package is
//   installed first (as scripts/find-chromium.mjs does for chromium).
// - Then a throwaway cluster is made: initdb in a new temporary folder (owned by the `postgres`
//   user when running as root, since initdb refuses root), listening on 127.0.0.1 only, on a free
//   port, with its socket in that folder. `stop()` shuts it down and deletes the folder.
//
// Run directly:
//   node scripts/find-postgres.mjs                 prints the binaries' folder (installing if needed)
//   node scripts/find-postgres.mjs -- cmd args...  runs cmd with DATABASE_URL set, then stops the cluster
import { spawn } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const MISSING_MESSAGE =
  'No PostgreSQL found: install Debian\'s postgresql (apt-get install -y postgresql), or set DATABASE_URL to a server to use.';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const TOOLS = ['initdb', 'pg_ctl', 'postgres'];

/** @returns {string | null} a folder holding initdb, pg_ctl and postgres, or null */
export function findPostgresBin() {
  const debian = '/usr/lib/postgresql';
  let versions = [];
  try {
    versions = readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  } catch {
    // not Debian's layout
  }
  const folders = [...versions.map((version) => join(debian, version, 'bin')), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  return folders.find((folder) => TOOLS.every((tool) => isExecutable(join(folder, tool)))) ?? null;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => isExecutable(join(dir, command)));
}

/** Runs a command; resolves { code, output } (stdout and stderr together, for error messages). */
function run(command, args, { inherit = false } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: false,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C.UTF-8' },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: `${output}${error.message}` }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const isRoot = () => process.getuid?.() === 0;

/**
 * The binaries' folder, installing Debian's postgresql first when none is found and we are root
 * with apt-get. Throws with a clear message when PostgreSQL cannot be had.
 * @returns {Promise<string>}
 */
export async function ensurePostgresBin() {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot() && onPath('apt-get')) {
    process.stderr.write('find-postgres: installing Debian\'s postgresql package\n');
    if ((await run('apt-get', ['update'], { inherit: true })).code === 0) {
      await run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { inherit: true });
    }
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  throw new Error(MISSING_MESSAGE);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (initdb and postgres refuse root). */
function runTool(bin, tool, args) {
  const command = join(bin, tool);
  return isRoot() ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

/**
 * A PostgreSQL to use: DATABASE_URL when set, else a new throwaway cluster on 127.0.0.1.
 * @returns {Promise<{ url: string, source: 'env' | 'cluster', stop: () => Promise<void> }>}
 */
export async function ensurePostgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, source: 'env', stop: async () => {} };
  const bin = await ensurePostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'sf-postgres-'));
  const data = join(dir, 'data');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (isRoot()) {
      const { code, output } = await run('id', ['-u', 'postgres']);
      if (code !== 0) throw new Error('running as root, but there is no `postgres` user to run initdb as');
      const uid = Number(output.trim());
      const gid = Number((await run('id', ['-g', 'postgres'])).output.trim());
      chownSync(dir, uid, gid);
    }
    const init = await runTool(bin, 'initdb', ['-D', data, '--username=sf', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-instructions']);
    if (init.code !== 0) throw new Error(`initdb failed:\n${init.output}`);
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=100`;
    const start = await runTool(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    if (start.code !== 0) throw new Error(`pg_ctl start failed:\n${start.output}`);
    let stopped = false;
    return {
      url: `postgresql://sf@127.0.0.1:${port}/postgres`,
      source: 'cluster',
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await runTool(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const dashes = process.argv.indexOf('--');
  if (dashes === -1) {
    try {
      process.stdout.write(`${await ensurePostgresBin()}\n`);
      process.exit(0);
    } catch (error) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
  }
  const [command, ...args] = process.argv.slice(dashes + 1);
  if (!command) {
    process.stderr.write('usage: node scripts/find-postgres.mjs [-- command args...]\n');
    process.exit(2);
  }
  let postgres;
  try {
    postgres = await ensurePostgres();
  } catch (error) {
    process.stderr.write(`find-postgres: ${error.message}\n`);
    process.exit(1);
  }
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: postgres.url } });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('close', async (code) => {
    await postgres.stop();
    process.exit(code ?? 1);
  });
}
