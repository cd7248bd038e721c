import pg from 'pg';
import {
  cleanFileName,
  COLUMNS,
  createSessionId,
  createSessionSubmissionId,
  REFERENCE_ATTEMPTS,
  ReferenceExhaustedError,
  SESSION_COLUMNS,
  SessionSubmissionMismatchError,
  sessionKey,
  toMillis,
  toRecord,
  toSessionRecord,
  type FileMeta,
  type FormSessionRecord,
  type InsertResult,
  type NewFormSession,
  type NewSubmission,
  type PurgeCutoffs,
  type Row,
  type SessionChange,
  type SessionRow,
  type SessionSubmit,
  type SessionUpdate,
  type Storage,
  type SubmissionRecord,
  dimensionSelect,
  feedbackValues,
  FEEDBACK_COLUMNS,
  mergeCounts,
  toFeedback,
  toSummed,
  type AnalyticsDimension,
  type EventCount,
  type FeedbackCount,
  type FeedbackRow,
  type NewFeedback,
  type SummedCount,
} from './storage.js';

const INSERT_FEEDBACK = `INSERT INTO feedback (id, ${FEEDBACK_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

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
CREATE TABLE IF NOT EXISTS form_sessions (
  id_hash TEXT PRIMARY KEY,
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  csrf_token TEXT NOT NULL,
  submission_id TEXT NOT NULL UNIQUE,
  reference TEXT REFERENCES submissions (reference),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS form_sessions_by_expiry ON form_sessions (expires_at);
CREATE TABLE IF NOT EXISTS analytics_counts (
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  week TEXT NOT NULL,
  locale TEXT NOT NULL,
  region TEXT NOT NULL,
  step TEXT NOT NULL,
  kind TEXT NOT NULL,
  field TEXT NOT NULL,
  code TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (form_id, form_version, week, locale, region, step, kind, field, code)
);
CREATE TABLE IF NOT EXISTS feedback (
  id TEXT PRIMARY KEY,
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  week TEXT NOT NULL,
  locale TEXT NOT NULL,
  region TEXT NOT NULL,
  given TEXT NOT NULL,
  rating TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX IF NOT EXISTS feedback_by_form ON feedback (form_id, week);
CREATE TABLE IF NOT EXISTS session_feedback (
  id_hash TEXT PRIMARY KEY REFERENCES form_sessions (id_hash) ON DELETE CASCADE
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

  /** Inside a transaction: the submission row and its files, unless its id is stored already. */
  private async insertRow(client: pg.PoolClient, s: NewSubmission, reference: string): Promise<boolean> {
    const inserted = await client.query(
      `INSERT INTO submissions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'received') ON CONFLICT (submission_id) DO NOTHING`,
      [s.submissionId, reference, s.formId, s.formVersion, s.locale, JSON.stringify(s.answers), s.createdAt, s.receivedAt, s.fingerprint],
    );
    const created = inserted.rowCount === 1;
    if (created) {
      for (const [i, file] of s.files.entries()) {
        await client.query(
          'INSERT INTO submission_files (submission_id, position, field, name, type, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [s.submissionId, i, file.field, cleanFileName(file.name), file.type, file.size, file.sha256, file.content],
        );
      }
    }
    return created;
  }

  /**
   * Runs `work` in a transaction on one client; a reference clash rolls it back and runs it again
   * with a new reference, up to {@link REFERENCE_ATTEMPTS} times.
   */
  private async withReference<T>(makeReference: () => string, work: (client: pg.PoolClient, reference: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client, makeReference());
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        if (isReferenceClash(error)) continue;
        throw error;
      } finally {
        client.release();
      }
    }
    throw new ReferenceExhaustedError();
  }

  async insert(submission: NewSubmission, makeReference: () => string): Promise<InsertResult> {
    const created = await this.withReference(makeReference, (client, reference) => this.insertRow(client, submission, reference));
    const record = await this.bySubmissionId(submission.submissionId);
    if (!record) throw new Error('stored submission not found');
    return { created, record };
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

  // ---------------------------------------------------------------- form sessions

  async createSession(session: NewFormSession): Promise<FormSessionRecord> {
    const id = createSessionId();
    const created = toMillis(session.createdAt);
    await this.pool.query(`INSERT INTO form_sessions (id_hash, ${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, 1, $5, $6, NULL, $7, $7, $8)`, [
      sessionKey(id),
      session.formId,
      session.formVersion,
      JSON.stringify(session.state),
      session.csrfToken,
      createSessionSubmissionId(),
      created,
      toMillis(session.expiresAt),
    ]);
    return (await this.readSession(id))!;
  }

  async readSession(id: string): Promise<FormSessionRecord | undefined> {
    const { rows } = await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM form_sessions WHERE id_hash = $1`, [sessionKey(id)]);
    return rows[0] && toSessionRecord(id, rows[0]);
  }

  /**
   * `WHERE revision = $n`: of two updates from one revision, the second waits for the first's
   * row lock, then sees the new revision and changes nothing.
   */
  async updateSession(id: string, revision: number, change: SessionChange): Promise<SessionUpdate> {
    const { rows } = await this.pool.query<SessionRow>(
      `UPDATE form_sessions SET state = $1, updated_at = $2, expires_at = $3, revision = revision + 1 WHERE id_hash = $4 AND revision = $5 AND reference IS NULL RETURNING ${SESSION_COLUMNS}`,
      [JSON.stringify(change.state), toMillis(change.updatedAt), toMillis(change.expiresAt), sessionKey(id), revision],
    );
    if (rows[0]) return { ok: true, session: toSessionRecord(id, rows[0]) };
    const now = await this.readSession(id);
    return { ok: false, problem: !now ? 'missing' : now.reference !== undefined ? 'submitted' : 'conflict' };
  }

  async touchSession(id: string, expiresAt: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE form_sessions SET expires_at = GREATEST(expires_at, $1) WHERE id_hash = $2 AND reference IS NULL', [toMillis(expiresAt), sessionKey(id)]);
    return rowCount === 1;
  }

  /**
   * One transaction: the session row locked (`SELECT … FOR UPDATE`, so a second submit of the
   * same session waits for the first to commit and then sees its reference), the submission
   * inserted as {@link insert} does, the session marked with the reference.
   */
  async submitSession(id: string, revision: number, submission: NewSubmission, makeReference: () => string): Promise<SessionSubmit> {
    const key = sessionKey(id);
    const outcome = await this.withReference(makeReference, async (client, reference): Promise<{ ok: false; problem: 'missing' | 'conflict' } | { ok: true; created: boolean }> => {
      const { rows } = await client.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM form_sessions WHERE id_hash = $1 FOR UPDATE`, [key]);
      const row = rows[0];
      if (!row) return { ok: false, problem: 'missing' };
      if (row.submission_id !== submission.submissionId) throw new SessionSubmissionMismatchError();
      if (row.reference !== null) return { ok: true, created: false };
      if (Number(row.revision) !== revision) return { ok: false, problem: 'conflict' };
      const created = await this.insertRow(client, submission, reference);
      await client.query(
        'UPDATE form_sessions SET reference = (SELECT reference FROM submissions WHERE submission_id = $1), revision = revision + 1 WHERE id_hash = $2',
        [submission.submissionId, key],
      );
      return { ok: true, created };
    });
    if (!outcome.ok) return outcome;
    const session = await this.readSession(id);
    const record = session?.reference === undefined ? undefined : await this.byReference(session.reference);
    if (!session || !record) throw new Error('submitted session not found');
    return { ok: true, created: outcome.created, record, session };
  }

  async deleteSession(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM form_sessions WHERE id_hash = $1', [sessionKey(id)]);
    return rowCount === 1;
  }

  async purgeSessions({ before, unwrittenBefore = before }: PurgeCutoffs): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM form_sessions WHERE expires_at < $1 OR (revision = 1 AND expires_at < $2)', [toMillis(before), toMillis(unwrittenBefore)]);
    return rowCount ?? 0;
  }

  async countSessions(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM form_sessions');
    return Number(rows[0]!.n);
  }

  // ---------------------------------------------------------------- analytics

  /**
   * One statement for the whole batch: the counters merged and sorted by key (one INSERT may not
   * touch a row twice, and rows locked in key order mean two batches never deadlock), passed as
   * arrays and unnested.
   */
  async addEventCounts(counts: readonly EventCount[]): Promise<void> {
    const merged = mergeCounts(counts);
    if (merged.length === 0) return;
    const column = <K extends keyof EventCount>(key: K) => merged.map((count) => count[key]);
    await this.pool.query(
      `INSERT INTO analytics_counts (form_id, form_version, week, locale, region, step, kind, field, code, n)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[])
       ON CONFLICT (form_id, form_version, week, locale, region, step, kind, field, code) DO UPDATE SET n = analytics_counts.n + excluded.n`,
      [column('formId'), column('formVersion'), column('week'), column('locale'), column('region'), column('step'), column('kind'), column('field'), column('code'), column('n')],
    );
  }

  async eventCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<SummedCount[]> {
    const { select, group } = dimensionSelect(by);
    const keys = [group, 'step, kind, field, code'].filter(Boolean).join(', ');
    // COLLATE "C": the same order as SQLite's (bytewise), whatever the database's locale.
    const order = keys.split(', ').map((key) => `${key} COLLATE "C"`).join(', ');
    const { rows } = await this.pool.query<SummedCount & { n: string }>(
      `SELECT ${[select, 'step, kind, field, code, sum(n) AS n'].filter(Boolean).join(', ')} FROM analytics_counts WHERE form_id = $1 GROUP BY ${keys} ORDER BY ${order}`,
      [formId],
    );
    return rows.map(toSummed);
  }

  async insertFeedback(f: NewFeedback): Promise<void> {
    await this.pool.query(INSERT_FEEDBACK, feedbackValues(f));
  }

  /**
   * One transaction: the session row locked (`SELECT … FOR UPDATE`: a second post of the same
   * session waits, then finds it noted), noted as having given feedback, the feedback stored.
   */
  async insertSessionFeedback(id: string, f: NewFeedback): Promise<boolean> {
    const key = sessionKey(id);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ reference: string | null }>('SELECT reference FROM form_sessions WHERE id_hash = $1 FOR UPDATE', [key]);
      let stored = false;
      if (rows[0] && rows[0].reference !== null) {
        const marked = await client.query('INSERT INTO session_feedback (id_hash) VALUES ($1) ON CONFLICT DO NOTHING', [key]);
        if (marked.rowCount === 1) {
          await client.query(INSERT_FEEDBACK, feedbackValues(f));
          stored = true;
        }
      }
      await client.query('COMMIT');
      return stored;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async sessionFeedbackGiven(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM session_feedback WHERE id_hash = $1', [sessionKey(id)]);
    return rowCount === 1;
  }

  async feedbackCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<FeedbackCount[]> {
    const { select, group } = dimensionSelect(by);
    const keys = [group, 'given, rating'].filter(Boolean).join(', ');
    const order = keys.split(', ').map((key) => `${key} COLLATE "C"`).join(', ');
    const { rows } = await this.pool.query<FeedbackCount & { n: string }>(
      `SELECT ${[select, 'given, rating, count(*) AS n'].filter(Boolean).join(', ')} FROM feedback WHERE form_id = $1 GROUP BY ${keys} ORDER BY ${order}`,
      [formId],
    );
    return rows.map(toSummed);
  }

  async listFeedback(formId: string): Promise<NewFeedback[]> {
    const { rows } = await this.pool.query<FeedbackRow>(`SELECT ${FEEDBACK_COLUMNS} FROM feedback WHERE form_id = $1 ORDER BY week COLLATE "C", id COLLATE "C"`, [formId]);
    return rows.map(toFeedback);
  }

  async countEvents(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string | null }>('SELECT sum(n) AS n FROM analytics_counts');
    return Number(rows[0]!.n ?? 0);
  }

  async clear(): Promise<void> {
    await this.pool.query('DELETE FROM session_feedback; DELETE FROM form_sessions; DELETE FROM submission_files; DELETE FROM submissions; DELETE FROM analytics_counts; DELETE FROM feedback;');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

