// The storage contract against a real PostgreSQL: DATABASE_URL when set, otherwise a throwaway
// cluster that scripts/find-postgres.mjs makes (installing Debian's postgresql as root if
// needed). When PostgreSQL cannot be had this FAILS: it never skips quietly. SKIP_POSTGRES=1
// skips it on purpose, visibly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storageContract } from '../testing/storage-contract.js';
import pg from 'pg';
import { PostgresStorage } from './postgres.js';
import { ANALYTICS_COLUMNS } from '../testing/analytics-contract.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { ensurePostgres } from '../../../../scripts/find-postgres.mjs';

const skip = process.env.SKIP_POSTGRES === '1' ? 'SKIP_POSTGRES=1' : false;

interface Postgres {
  url: string;
  source: 'env' | 'cluster';
  stop(): Promise<void>;
}

let postgres: Postgres | undefined;
let problem: unknown;

describe('PostgreSQL', { skip }, () => {
  before(async () => {
    try {
      postgres = (await ensurePostgres()) as Postgres;
    } catch (error) {
      problem = error;
    }
  });
  after(async () => {
    await postgres?.stop();
  });

  it('is available and answers (DATABASE_URL, or a throwaway cluster on 127.0.0.1)', async () => {
    assert.ok(postgres, `PostgreSQL is not available: ${problem instanceof Error ? problem.message : String(problem)}`);
    const storage = await PostgresStorage.open(postgres.url);
    try {
      assert.equal(typeof (await storage.count()), 'number');
    } finally {
      await storage.close();
    }
  });

  it('keeps exactly the analytics columns SQLite keeps: no attempt id, no time finer than the week, no address, no user agent', async () => {
    assert.ok(postgres, 'PostgreSQL is not available');
    const storage = await PostgresStorage.open(postgres.url);
    await storage.close();
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      for (const [table, columns] of Object.entries(ANALYTICS_COLUMNS)) {
        const { rows } = await client.query<{ column_name: string }>("SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position", [table]);
        assert.deepEqual(rows.map((row) => row.column_name), columns, table);
      }
    } finally {
      await client.end();
    }
  });

  storageContract('PostgreSQL', async () => {
    if (!postgres) throw new Error('PostgreSQL is not available');
    return PostgresStorage.open(postgres.url);
  });
});
