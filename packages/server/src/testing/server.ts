import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../app.js';
import { SqliteStorage } from '../storage/sqlite.js';
import type { Storage } from '../storage/storage.js';
import { testDefinitions } from './forms.js';

export const EXPORT_TOKEN = 'test-export-token-0123456789';

/** A log stream for a test server and what it has written so far. */
export function logCapture(): { stream: Writable; logs: () => string } {
  let logs = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  });
  return { stream, logs: () => logs };
}

/** A server on the test forms with SQLite in memory (or `storage`), its logs captured. */
export async function testServer(options: Partial<ServerOptions> = {}): Promise<{ app: FastifyInstance; storage: Storage; logs: () => string }> {
  const { definitions } = await testDefinitions();
  const storage = options.storage ?? new SqliteStorage(':memory:');
  const { stream, logs } = logCapture();
  const app = await buildServer({
    storage,
    definitions,
    exportToken: EXPORT_TOKEN,
    limits: { ratePerMinute: false, fileBytes: 2000 },
    log: { level: 'info', stream },
    today: () => '2026-11-27',
    ...options,
  });
  return { app, storage, logs };
}
