import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configFromEnv, startServer } from './start.js';
import { request as httpRequest } from 'node:http';
import { SqliteStorage } from './storage/sqlite.js';
import { envelope, testDefinitions } from './testing/forms.js';

describe('configFromEnv', () => {
  it('defaults: 127.0.0.1:8080, SQLite in data/, the example forms, export off, 60 requests a minute', () => {
    assert.deepEqual(configFromEnv({}), {
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: undefined,
      sqliteFile: 'data/submissions.db',
      sqliteSynchronous: 'FULL',
      formsDir: 'examples/forms',
      exportToken: undefined,
      corsOrigins: [],
      publicOrigins: [],
      ratePerMinute: 60,
      fileBytes: 10 * 1024 * 1024,
      uploadMemoryBytes: undefined,
      logLevel: 'info',
      shutdownDrainMs: 2000,
      trustProxy: false,
      htmlSession: { idleSeconds: 7200, maxAgeSeconds: 43200, graceSeconds: 86400 },
      htmlEnhanceScript: undefined,
      analyticsMinCount: 10,
    });
  });

  it('reads every variable', () => {
    const config = configFromEnv({
      PORT: '0',
      HOST: '::1',
      DATABASE_URL: 'postgresql://u@127.0.0.1/db',
      SQLITE_FILE: '/tmp/x.db',
      SQLITE_SYNCHRONOUS: 'normal',
      FORMS_DIR: 'forms',
      EXPORT_TOKEN: 'a-token-of-sixteen+',
      CORS_ORIGINS: 'https://a.example.kz, https://b.example.kz',
      PUBLIC_ORIGIN: 'https://forms.example.kz/, http://127.0.0.1:8080',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_FILE_BYTES: '1000',
      MAX_UPLOAD_MEMORY: '50000',
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '0',
      TRUST_PROXY: '1',
      HTML_SESSION_TTL: '30m',
      HTML_SESSION_MAX_AGE: '8h',
      HTML_SESSION_GRACE: '2h',
      HTML_ENHANCE_SCRIPT: '/dist/service-forms.js',
      ANALYTICS_MIN_COUNT: '25',
    });
    assert.deepEqual(config, {
      port: 0,
      host: '::1',
      databaseUrl: 'postgresql://u@127.0.0.1/db',
      sqliteFile: '/tmp/x.db',
      sqliteSynchronous: 'NORMAL',
      formsDir: 'forms',
      exportToken: 'a-token-of-sixteen+',
      corsOrigins: ['https://a.example.kz', 'https://b.example.kz'],
      publicOrigins: ['https://forms.example.kz', 'http://127.0.0.1:8080'],
      ratePerMinute: false,
      fileBytes: 1000,
      uploadMemoryBytes: 50000,
      logLevel: 'warn',
      shutdownDrainMs: 0,
      trustProxy: true,
      htmlSession: { idleSeconds: 1800, maxAgeSeconds: 28800, graceSeconds: 7200 },
      htmlEnhanceScript: '/dist/service-forms.js',
      analyticsMinCount: 25,
    });
  });

  it('refuses a short export token and numbers that are not numbers', () => {
    assert.throws(() => configFromEnv({ EXPORT_TOKEN: 'short' }), /EXPORT_TOKEN must be at least 16 characters/);
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /PORT must be a whole number/);
    assert.throws(() => configFromEnv({ SQLITE_SYNCHRONOUS: 'OFF' }), /SQLITE_SYNCHRONOUS must be FULL or NORMAL/);
    assert.throws(() => configFromEnv({ HTML_SESSION_TTL: 'two hours' }), /HTML_SESSION_TTL must be a duration/);
    for (const bad of ['https://cdn.example.kz/service-forms.js', 'dist/service-forms.js', '/dist/../secret.js', '/dist/service-forms.css']) {
      assert.throws(() => configFromEnv({ HTML_ENHANCE_SCRIPT: bad }), /HTML_ENHANCE_SCRIPT must be a path on this server/, bad);
    }
    assert.throws(() => configFromEnv({ ANALYTICS_MIN_COUNT: '0' }), /ANALYTICS_MIN_COUNT must be 1 or more/);
    assert.throws(() => configFromEnv({ ANALYTICS_MIN_COUNT: 'ten' }), /ANALYTICS_MIN_COUNT must be a whole number/);
    for (const bad of ['forms.example.kz', 'https://forms.example.kz/path', 'ftp://forms.example.kz', 'https://forms.example.kz:443']) {
      assert.throws(() => configFromEnv({ PUBLIC_ORIGIN: bad }), /PUBLIC_ORIGIN must be origins like/, bad);
    }
  });
});

describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sf-start-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the SQLite file on first run, listens on 127.0.0.1, and closes', async () => {
    const { folder } = await testDefinitions();
    const file = join(dir, 'data', 'submissions.db');
    const started = await startServer({ ...configFromEnv({}), port: 0, sqliteFile: file, formsDir: folder, logLevel: 'silent' });
    try {
      assert.equal(existsSync(file), true);
      assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.deepEqual(await (await fetch(new URL('/health', started.url))).json(), { status: 'ok', storage: 'sqlite' });
    } finally {
      await started.close();
    }
    await assert.rejects(fetch(new URL('/health', started.url)));
  });

  it('closing under load: requests already sent are stored or answered 503 shutting_down, none is reset', { timeout: 30_000 }, async () => {
    const { folder } = await testDefinitions();
    const started = await startServer({ ...configFromEnv({}), port: 0, sqliteFile: join(dir, 'drain', 'submissions.db'), formsDir: folder, logLevel: 'silent', ratePerMinute: false });
    const url = new URL('/api/submissions', started.url);
    // 60 posts at once, each on its own connection, then close with a drain while they queue.
    const posts = Array.from({ length: 60 }, () => {
      const sent = envelope();
      return new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
        const request = httpRequest(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += String(chunk)));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        });
        request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
        request.end(JSON.stringify(sent));
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const closed = started.close({ drainMs: 500 });
    const answers = await Promise.all(posts);
    await closed;
    const errors = answers.filter((answer) => 'error' in answer);
    assert.deepEqual(errors, [], 'no connection reset or refused');
    const statuses = answers.map((answer) => ('status' in answer ? answer.status : 0));
    assert.ok(statuses.every((status) => status === 201 || status === 503), statuses.join(' '));
    for (const answer of answers) if ('status' in answer && answer.status === 503) assert.equal(JSON.parse(answer.body).error, 'shutting_down');
    const reopened = new SqliteStorage(join(dir, 'drain', 'submissions.db'));
    assert.equal(await reopened.count(), statuses.filter((status) => status === 201).length);
    await reopened.close();
    await assert.rejects(fetch(new URL('/health', started.url)));
  });

  it('a bad definition stops the start, naming the file', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const forms = join(dir, 'bad-forms');
    mkdirSync(forms);
    writeFileSync(join(forms, 'broken.json'), JSON.stringify({ id: 'x', version: '1', pages: [] }));
    await assert.rejects(startServer({ ...configFromEnv({}), port: 0, sqliteFile: join(dir, 'bad.db'), formsDir: forms, logLevel: 'silent' }), /broken\.json: not a valid form definition/);
  });
});
