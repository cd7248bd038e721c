import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * `service-forms-server` (cli.ts, the package's bin), run as a person runs it: a process started
 * with flags, judged by exit code and output; the running one by what it serves. From source,
 * the way `npm run test:server` loads every module (scripts/pack.test.mjs runs the built one).
 */

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const FORMS = fileURLToPath(new URL('../../../examples/forms/', import.meta.url));
/** tsx by its full address: the runs' working folder is a temporary one, outside the workspace. */
const NODE_ARGS = ['--conditions=source', '--import', import.meta.resolve('tsx'), CLI];
/** The settings of this machine's environment must not leak into the runs. */
const ENV = { PATH: process.env.PATH, SHUTDOWN_DRAIN_MS: '0', LOG_LEVEL: 'warn' };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...NODE_ARGS, ...args], { cwd, env: ENV, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('service-forms-server', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sf-server-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--help prints the usage and exits 0', { timeout: 120_000 }, async () => {
    const result = await run(['--help'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^usage: service-forms-server --forms <folder> \[--port 8080\] \[--host 127\.0\.0\.1\] \[--db <file or URL>\]/);
    for (const flag of ['--forms', '--port', '--host', '--db', '--help']) assert.match(result.stdout, new RegExp(`${flag}\\b`));
  });

  it('serves the example forms on a free port of 127.0.0.1 until it is stopped', { timeout: 120_000 }, async () => {
    const db = join(dir, 'served', 'submissions.db');
    const child = spawn(process.execPath, [...NODE_ARGS, '--forms', FORMS, '--port', '0', '--host', '127.0.0.1', '--db', db], { cwd: dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed within 90 s\nstdout: ${stdout}\nstderr: ${stderr}`)), 90_000);
        child.stdout.on('data', () => {
          // Ready once the last line of the start is out (the form lines come in separate writes).
          const found = /^Service Forms server \(SQLite [^)]*\): (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout);
          if (found && /^ {2}submissions: POST /m.test(stdout)) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        });
        void exited.then((code) => reject(new Error(`exited ${code} before listening\nstdout: ${stdout}\nstderr: ${stderr}`)));
      });
      assert.match(stdout, /service-feedback: http:\/\/127\.0\.0\.1:\d+\/forms\/service-feedback .*\/apply\/service-feedback/);

      const page = await fetch(`${url}apply/service-feedback`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(10_000) });
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(await page.text(), /<form\b/);

      const definition = await fetch(`${url}forms/job-seeker-registration`, { signal: AbortSignal.timeout(10_000) });
      assert.equal(definition.status, 200);
      assert.equal(((await definition.json()) as { id: string }).id, 'job-seeker-registration');
      assert.equal((await fetch(`${url}health`, { signal: AbortSignal.timeout(10_000) })).status, 200);
      assert.ok(readFileSync(db).length > 0, 'the SQLite file --db names was created');
    } finally {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      assert.equal(code, 0, `a clean stop on SIGTERM\nstderr: ${stderr}`);
    }
  });

  it('exits 1 naming a folder that does not exist', { timeout: 120_000 }, async () => {
    const result = await run(['--forms', './no-such-forms', '--port', '0'], dir);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^service-forms-server: \.\/no-such-forms: no such folder/);
  });

  it('exits 1 on a folder without definitions, and on a file given as the folder', { timeout: 120_000 }, async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const none = await run(['--forms', empty, '--port', '0'], dir);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /no form definitions in it \(no \*\.json file\)/);
    const file = await run(['--forms', join(FORMS, 'service-feedback.json'), '--port', '0'], dir);
    assert.equal(file.code, 1);
    assert.match(file.stderr, /service-feedback\.json: not a folder/);
  });

  it('exits 1 on a bad definition, naming its file and the path of the problem', { timeout: 120_000 }, async () => {
    const forms = join(dir, 'bad-forms');
    mkdirSync(forms);
    const definition = JSON.parse(readFileSync(join(FORMS, 'service-feedback.json'), 'utf8'));
    definition.pages[0].fields[0].type = 'txt';
    writeFileSync(join(forms, 'broken.json'), JSON.stringify(definition, null, 2));
    const result = await run(['--forms', forms, '--port', '0', '--db', join(dir, 'bad.db')], dir);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^service-forms-server: .*broken\.json: not a valid form definition: pages\[0\]\.fields\[0\]\.type: must be one of /);
  });

  it('exits 2 on a wrong command line, with the usage', { timeout: 120_000 }, async () => {
    for (const [args, message] of [
      [['--port', '80'], /name the folder of definitions: --forms <folder>/],
      [['--forms', FORMS, '--port', 'eighty'], /--port must be a whole number, got "eighty"/],
      [['--forms', FORMS, '--colour'], /unknown option --colour/],
      [['--forms'], /--forms needs a value/],
      [[FORMS], /unexpected argument .* \(the folder goes after --forms\)/],
    ] as const) {
      const result = await run([...args], dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.match(result.stderr, /usage: service-forms-server/);
    }
  });
});
