import pg from 'pg';
import { cleanFileName, COLUMNS, REFERENCE_ATTEMPTS, ReferenceExhaustedError, toRecord, type FileMeta, type InsertResult, type NewSubmission, type Row, type Storage, type SubmissionRecord } from './storage.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  submission_id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  locale TEXT NOT NULL,
  answers TEXT NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'received'
);
CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_id, seq);
CREATE TABLE IF NOT EXISTS submission_files (
  submission_id TEXT NOT NULL REFERENCES submissions (submission_id),
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BYTEA NOT NULL,
  PRIMARY KEY (submission_id, position)
);
`;


/** A unique violation on the reference column: another row holds that reference. */
function isReferenceClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === 'submissions_reference_key';
}

/**
 * PostgreSQL through `pg` (a pool). Answers are kept as JSON text, not jsonb: jsonb would refuse
 * some valid strings (`\u0000`) and reorder keys; the stored text is what was accepted. Two
 * copies of one submission arriving together: `ON CONFLICT (submission_id) DO NOTHING` makes the
 * second wait for the first's transaction and then write nothing.
 */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects and creates the tables when missing. */
  static async open(connectionString: string, { max = 10 }: { max?: number } = {}): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString, max });
    // An idle client's error (the server restarted) must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    try {
      await pool.query(SCHEMA);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStorage(pool);
  }

  async insert(submission: NewSubmission, makeReference: () => string): Promise<InsertResult> {
    const s = submission;
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const client = await this.pool.connect();
      let created: boolean;
      try {
        await client.query('BEGIN');
        const inserted = await client.query(
          `INSERT INTO submissions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'received') ON CONFLICT (submission_id) DO NOTHING`,
          [s.submissionId, makeReference(), s.formId, s.formVersion, s.locale, JSON.stringify(s.answers), s.createdAt, s.receivedAt, s.fingerprint],
        );
        created = inserted.rowCount === 1;
        if (created) {
          for (const [i, file] of s.files.entries()) {
            await client.query(
              'INSERT INTO submission_files (submission_id, position, field, name, type, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
              [s.submissionId, i, file.field, cleanFileName(file.name), file.type, file.size, file.sha256, file.content],
            );
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (isReferenceClash(error)) continue;
        throw error;
      } finally {
        client.release();
      }
      const record = await this.bySubmissionId(s.submissionId);
      if (!record) throw new Error('stored submission not found');
      return { created, record };
    }
    throw new ReferenceExhaustedError();
  }

  async bySubmissionId(submissionId: string): Promise<SubmissionRecord | undefined> {
    return this.one('submission_id', submissionId);
  }

  async byReference(reference: string): Promise<SubmissionRecord | undefined> {
    return this.one('reference', reference);
  }

  private async one(column: 'submission_id' | 'reference', value: string): Promise<SubmissionRecord | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM submissions WHERE ${column} = $1`, [value]);
    const row = rows[0];
    if (!row) return undefined;
    const files = await this.pool.query<FileMeta>('SELECT field, name, type, size, sha256 FROM submission_files WHERE submission_id = $1 ORDER BY position', [row.submission_id]);
    return toRecord(row, files.rows);
  }

  async listByForm(formId: string): Promise<SubmissionRecord[]> {
    const { rows } = await this.pool.query<Row>(`SELECT ${COLUMNS} FROM submissions WHERE form_id = $1 ORDER BY seq`, [formId]);
    const files = await this.pool.query<FileMeta & { submission_id: string }>(
      'SELECT f.submission_id, f.field, f.name, f.type, f.size, f.sha256 FROM submission_files f JOIN submissions s USING (submission_id) WHERE s.form_id = $1 ORDER BY f.submission_id, f.position',
      [formId],
    );
    const byId = new Map<string, FileMeta[]>();
    for (const { submission_id, ...meta } of files.rows) byId.set(submission_id, [...(byId.get(submission_id) ?? []), meta]);
    return rows.map((row) => toRecord(row, byId.get(row.submission_id) ?? []));
  }

  async fileContent(submissionId: string, index: number): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ content: Buffer }>('SELECT content FROM submission_files WHERE submission_id = $1 AND position = $2', [submissionId, index]);
    return rows[0]?.content;
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM submissions');
    return Number(rows[0]!.n);
  }

  async clear(): Promise<void> {
    await this.pool.query('DELETE FROM submission_files; DELETE FROM submissions;');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

