import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { storageContract, newSubmission } from '../testing/storage-contract.js';
import { createReference } from '../reference.js';
import { sessionState } from '../testing/session-contract.js';
import { ANALYTICS_COLUMNS, eventCount } from '../testing/analytics-contract.js';
import { SqliteStorage } from './sqlite.js';
import { sessionKey } from './storage.js';

const dir = mkdtempSync(join(tmpdir(), 'sf-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

storageContract('SQLite (a file)', async () => new SqliteStorage(join(dir, 'contract', 'submissions.db')));

describe('SqliteStorage', () => {
  it('creates the file and its folder on first run, and keeps rows across a reopen', async () => {
    const file = join(dir, 'reopen', 'nested', 'submissions.db');
    assert.equal(existsSync(file), false);
    const first = new SqliteStorage(file);
    const { record } = await first.insert(newSubmission(), createReference);
    await first.close();
    assert.equal(existsSync(file), true);
    const second = new SqliteStorage(file);
    assert.deepEqual(await second.byReference(record.reference), record);
    await second.close();
  });
});

describe('SqliteStorage: form sessions', () => {
  it('adds the session table to a file made before it existed, keeping its submissions', async () => {
    const file = join(dir, 'older', 'submissions.db');
    const first = new SqliteStorage(file);
    const { record } = await first.insert(newSubmission(), createReference);
    await first.close();
    const older = new Database(file);
    older.exec('DROP TABLE form_sessions');
    older.close();
    const reopened = new SqliteStorage(file);
    try {
      assert.deepEqual(await reopened.byReference(record.reference), record);
      const session = await reopened.createSession({ formId: 'f', formVersion: '1.0.0', state: sessionState({ formId: 'f' }), csrfToken: 't', createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 1000).toISOString() });
      assert.equal((await reopened.readSession(session.id))!.formId, 'f');
    } finally {
      await reopened.close();
    }
  });

  it('keeps a hash of the session id, never the id (the cookie\'s value)', async () => {
    const file = join(dir, 'hashed', 'submissions.db');
    const storage = new SqliteStorage(file);
    const session = await storage.createSession({ formId: 'f', formVersion: '1.0.0', state: sessionState({ formId: 'f' }), csrfToken: 't', createdAt: new Date().toISOString(), expiresAt: new Date(Date.now() + 1000).toISOString() });
    await storage.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT id_hash FROM form_sessions').all() as { id_hash: string }[];
    db.close();
    assert.deepEqual(rows, [{ id_hash: sessionKey(session.id) }]);
    assert.notEqual(rows[0]!.id_hash, session.id);
    assert.equal(readFileSync(file).includes(session.id), false);
  });
});

describe('SqliteStorage: analytics', () => {
  it('keeps exactly these columns: no attempt id, no time finer than the week, no address, no user agent; no rowid order', () => {
    const file = join(dir, 'columns', 'submissions.db');
    const storage = new SqliteStorage(file);
    void storage.close();
    const db = new Database(file, { readonly: true });
    try {
      for (const [table, columns] of Object.entries(ANALYTICS_COLUMNS)) {
        assert.deepEqual((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name), columns, table);
        // WITHOUT ROWID: no hidden column holding the order rows came in.
        assert.throws(() => db.prepare(`SELECT rowid FROM ${table}`).all(), /no such column: rowid/, table);
      }
    } finally {
      db.close();
    }
  });

  it('adds the analytics tables to a file made before they existed, keeping its submissions', async () => {
    const file = join(dir, 'before-analytics', 'submissions.db');
    const first = new SqliteStorage(file);
    const { record } = await first.insert(newSubmission(), createReference);
    await first.close();
    const older = new Database(file);
    older.exec('DROP TABLE analytics_counts; DROP TABLE feedback;');
    older.close();
    const reopened = new SqliteStorage(file);
    try {
      assert.deepEqual(await reopened.byReference(record.reference), record);
      await reopened.addEventCounts([eventCount()]);
      assert.equal(await reopened.countEvents(), 1);
    } finally {
      await reopened.close();
    }
  });
});
