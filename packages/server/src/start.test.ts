import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configFromEnv, startServer } from './start.js';
import { testDefinitions } from './testing/forms.js';

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
      trustProxy: false,
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
      TRUST_PROXY: '1',
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
      trustProxy: true,
    });
  });

  it('refuses a short export token and numbers that are not numbers', () => {
    assert.throws(() => configFromEnv({ EXPORT_TOKEN: 'short' }), /EXPORT_TOKEN must be at least 16 characters/);
    assert.throws(() => configFromEnv({ PORT: 'eighty' }), /PORT must be a whole number/);
    assert.throws(() => configFromEnv({ SQLITE_SYNCHRONOUS: 'OFF' }), /SQLITE_SYNCHRONOUS must be FULL or NORMAL/);
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

  it('a bad definition stops the start, naming the file', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const forms = join(dir, 'bad-forms');
    mkdirSync(forms);
    writeFileSync(join(forms, 'broken.json'), JSON.stringify({ id: 'x', version: '1', pages: [] }));
    await assert.rejects(startServer({ ...configFromEnv({}), port: 0, sqliteFile: join(dir, 'bad.db'), formsDir: forms, logLevel: 'silent' }), /broken\.json: not a valid form definition/);
  });
});
