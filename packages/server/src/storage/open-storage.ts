import { PostgresStorage } from './postgres.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage } from './storage.js';

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = 'data/submissions.db';

/**
 * PostgreSQL when `databaseUrl` is a `postgres://` or `postgresql://` URL; otherwise SQLite in
 * `sqliteFile` (created with its folder on first run).
 */
export async function openStorage({
  databaseUrl,
  sqliteFile = DEFAULT_SQLITE_FILE,
  sqliteSynchronous = 'FULL',
}: { databaseUrl?: string | undefined; sqliteFile?: string; sqliteSynchronous?: 'FULL' | 'NORMAL' } = {}): Promise<Storage> {
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    return PostgresStorage.open(databaseUrl);
  }
  return new SqliteStorage(sqliteFile, { synchronous: sqliteSynchronous });
}
