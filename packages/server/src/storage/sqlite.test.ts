import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { storageContract, newSubmission } from '../testing/storage-contract.js';
import { createReference } from '../reference.js';
import { SqliteStorage } from './sqlite.js';

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
