import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
  mergeCounts,
  toSummed,
  type AnalyticsDimension,
  type EventCount,
  type FeedbackCount,
  type NewFeedback,
  type SummedCount,
  FEEDBACK_COLUMNS,
  toFeedback,
  type FeedbackRow,
} from './storage.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
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
) STRICT;
CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_id);
CREATE TABLE IF NOT EXISTS submission_files (
  submission_id TEXT NOT NULL REFERENCES submissions (submission_id),
  position INTEGER NOT NULL,
  field TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (submission_id, position)
) STRICT;
CREATE TABLE IF NOT EXISTS form_sessions (
  id_hash TEXT PRIMARY KEY,
  form_id TEXT NOT NULL,
  form_version TEXT NOT NULL,
  state TEXT NOT NULL,
  revision INTEGER NOT NULL,
  csrf_token TEXT NOT NULL,
  submission_id TEXT NOT NULL UNIQUE,
  reference TEXT REFERENCES submissions (reference),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
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
  n INTEGER NOT NULL,
  PRIMARY KEY (form_id, form_version, week, locale, region, step, kind, field, code)
) STRICT, WITHOUT ROWID;
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
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS feedback_by_form ON feedback (form_id, week);
CREATE TABLE IF NOT EXISTS session_feedback (
  id_hash TEXT PRIMARY KEY REFERENCES form_sessions (id_hash) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
`;


/**
 * SQLite through better-sqlite3: one file (created with its folder on first use), WAL journal,
 * `synchronous = FULL` by default so an accepted submission survives a power cut (`NORMAL`
 * is faster, and can lose the last commits, never the file, on a power cut). better-sqlite3 is
 * synchronous, so one process runs one transaction at a time; `busy_timeout` covers a second
 * process on the same file.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly statements;
  private readonly addCounts: Database.Transaction<(counts: readonly EventCount[]) => void>;
  /** Prepared GROUP BY queries, by their `by` (at most 16 of each). */
  private readonly grouped = new Map<string, Database.Statement<[string]>>();

  constructor(file: string, { synchronous = 'FULL' }: { synchronous?: 'FULL' | 'NORMAL' } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.statements = {
      insert: this.db.prepare(
        `INSERT INTO submissions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'received') ON CONFLICT (submission_id) DO NOTHING`,
      ),
      insertFile: this.db.prepare('INSERT INTO submission_files (submission_id, position, field, name, type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      byId: this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM submissions WHERE submission_id = ?`),
      byReference: this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM submissions WHERE reference = ?`),
      byForm: this.db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM submissions WHERE form_id = ? ORDER BY rowid`),
      files: this.db.prepare<[string], FileMeta>('SELECT field, name, type, size, sha256 FROM submission_files WHERE submission_id = ? ORDER BY position'),
      filesByForm: this.db.prepare<[string], FileMeta & { submission_id: string }>(
        'SELECT f.submission_id, f.field, f.name, f.type, f.size, f.sha256 FROM submission_files f JOIN submissions s USING (submission_id) WHERE s.form_id = ? ORDER BY f.submission_id, f.position',
      ),
      content: this.db.prepare<[string, number], { content: Buffer }>('SELECT content FROM submission_files WHERE submission_id = ? AND position = ?'),
      count: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions'),
      createSession: this.db.prepare(`INSERT INTO form_sessions (id_hash, ${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, 1, ?, ?, NULL, ?, ?, ?)`),
      readSession: this.db.prepare<[string], SessionRow>(`SELECT ${SESSION_COLUMNS} FROM form_sessions WHERE id_hash = ?`),
      updateSession: this.db.prepare(
        'UPDATE form_sessions SET state = ?, updated_at = ?, expires_at = ?, revision = revision + 1 WHERE id_hash = ? AND revision = ? AND reference IS NULL',
      ),
      touchSession: this.db.prepare('UPDATE form_sessions SET expires_at = max(expires_at, ?) WHERE id_hash = ? AND reference IS NULL'),
      markSubmitted: this.db.prepare('UPDATE form_sessions SET reference = ?, revision = revision + 1 WHERE id_hash = ?'),
      deleteSession: this.db.prepare('DELETE FROM form_sessions WHERE id_hash = ?'),
      purgeSessions: this.db.prepare('DELETE FROM form_sessions WHERE expires_at < ? OR (revision = 1 AND expires_at < ?)'),
      countSessions: this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM form_sessions'),
      addCount: this.db.prepare(
        'INSERT INTO analytics_counts (form_id, form_version, week, locale, region, step, kind, field, code, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n',
      ),
      insertFeedback: this.db.prepare('INSERT INTO feedback (id, form_id, form_version, week, locale, region, given, rating, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      markSessionFeedback: this.db.prepare('INSERT INTO session_feedback (id_hash) VALUES (?) ON CONFLICT DO NOTHING'),
      sessionFeedback: this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM session_feedback WHERE id_hash = ?'),
      listFeedback: this.db.prepare<[string], FeedbackRow>(`SELECT ${FEEDBACK_COLUMNS} FROM feedback WHERE form_id = ? ORDER BY week, id`),
      countEvents: this.db.prepare<[], { n: number | null }>('SELECT sum(n) AS n FROM analytics_counts'),
    };
    this.addCounts = this.db.transaction((counts: readonly EventCount[]) => {
      for (const c of counts) this.statements.addCount.run(c.formId, c.formVersion, c.week, c.locale, c.region, c.step, c.kind, c.field, c.code, c.n);
    });
  }

  private readonly store = (submission: NewSubmission, reference: string): boolean => {
    const s = submission;
    const { changes } = this.statements.insert.run(s.submissionId, reference, s.formId, s.formVersion, s.locale, JSON.stringify(s.answers), s.createdAt, s.receivedAt, s.fingerprint);
    if (changes === 0) return false;
    s.files.forEach((file, i) => this.statements.insertFile.run(s.submissionId, i, file.field, cleanFileName(file.name), file.type, file.size, file.sha256, file.content));
    return true;
  };

  async insert(submission: NewSubmission, makeReference: () => string): Promise<InsertResult> {
    const transaction = this.db.transaction(this.store);
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      let created: boolean;
      try {
        created = transaction.immediate(submission, makeReference());
      } catch (error) {
        if (isReferenceClash(error)) continue;
        throw error;
      }
      const record = await this.bySubmissionId(submission.submissionId);
      if (!record) throw new Error('stored submission not found');
      return { created, record };
    }
    throw new ReferenceExhaustedError();
  }

  async bySubmissionId(submissionId: string): Promise<SubmissionRecord | undefined> {
    const row = this.statements.byId.get(submissionId);
    return row && toRecord(row, this.statements.files.all(row.submission_id));
  }

  async byReference(reference: string): Promise<SubmissionRecord | undefined> {
    const row = this.statements.byReference.get(reference);
    return row && toRecord(row, this.statements.files.all(row.submission_id));
  }

  async listByForm(formId: string): Promise<SubmissionRecord[]> {
    const files = new Map<string, FileMeta[]>();
    for (const { submission_id, ...meta } of this.statements.filesByForm.all(formId)) {
      files.set(submission_id, [...(files.get(submission_id) ?? []), meta]);
    }
    return this.statements.byForm.all(formId).map((row) => toRecord(row, files.get(row.submission_id) ?? []));
  }

  async fileContent(submissionId: string, index: number): Promise<Buffer | undefined> {
    return this.statements.content.get(submissionId, index)?.content;
  }

  async count(): Promise<number> {
    return this.statements.count.get()!.n;
  }

  // ---------------------------------------------------------------- form sessions

  async createSession(session: NewFormSession): Promise<FormSessionRecord> {
    const id = createSessionId();
    const created = toMillis(session.createdAt);
    this.statements.createSession.run(sessionKey(id), session.formId, session.formVersion, JSON.stringify(session.state), session.csrfToken, createSessionSubmissionId(), created, created, toMillis(session.expiresAt));
    return (await this.readSession(id))!;
  }

  async readSession(id: string): Promise<FormSessionRecord | undefined> {
    const row = this.statements.readSession.get(sessionKey(id));
    return row && toSessionRecord(id, row);
  }

  /** Why a write from `revision` did not happen, from the row as it is now. */
  private refusal(id: string, revision: number): 'missing' | 'conflict' | 'submitted' | undefined {
    const row = this.statements.readSession.get(sessionKey(id));
    if (!row) return 'missing';
    if (row.reference !== null) return 'submitted';
    return Number(row.revision) === revision ? undefined : 'conflict';
  }

  async updateSession(id: string, revision: number, change: SessionChange): Promise<SessionUpdate> {
    const { changes } = this.statements.updateSession.run(JSON.stringify(change.state), toMillis(change.updatedAt), toMillis(change.expiresAt), sessionKey(id), revision);
    if (changes === 0) return { ok: false, problem: this.refusal(id, revision) ?? 'conflict' };
    return { ok: true, session: (await this.readSession(id))! };
  }

  async touchSession(id: string, expiresAt: string): Promise<boolean> {
    return this.statements.touchSession.run(toMillis(expiresAt), sessionKey(id)).changes === 1;
  }

  /**
   * One IMMEDIATE transaction (the write lock taken first, so a second process waits): the session
   * read, the submission inserted as {@link insert} does (nothing if its id is stored), the
   * session marked with the reference. A reference clash rolls it all back and draws again.
   */
  async submitSession(id: string, revision: number, submission: NewSubmission, makeReference: () => string): Promise<SessionSubmit> {
    const key = sessionKey(id);
    type Outcome = { ok: false; problem: 'missing' | 'conflict' } | { ok: true; created: boolean };
    const transaction = this.db.transaction((reference: string): Outcome => {
      const row = this.statements.readSession.get(key);
      if (!row) return { ok: false, problem: 'missing' };
      if (row.submission_id !== submission.submissionId) throw new SessionSubmissionMismatchError();
      if (row.reference !== null) return { ok: true, created: false };
      if (Number(row.revision) !== revision) return { ok: false, problem: 'conflict' };
      const created = this.store(submission, reference);
      const stored = this.statements.byId.get(submission.submissionId)!;
      this.statements.markSubmitted.run(stored.reference, key);
      return { ok: true, created };
    });
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
      let outcome: Outcome;
      try {
        outcome = transaction.immediate(makeReference());
      } catch (error) {
        if (isReferenceClash(error)) continue;
        throw error;
      }
      if (!outcome.ok) return outcome;
      const session = await this.readSession(id);
      const record = session?.reference === undefined ? undefined : await this.byReference(session.reference);
      if (!session || !record) throw new Error('submitted session not found');
      return { ok: true, created: outcome.created, record, session };
    }
    throw new ReferenceExhaustedError();
  }

  async deleteSession(id: string): Promise<boolean> {
    return this.statements.deleteSession.run(sessionKey(id)).changes === 1;
  }

  async purgeSessions({ before, unwrittenBefore = before }: PurgeCutoffs): Promise<number> {
    return this.statements.purgeSessions.run(toMillis(before), toMillis(unwrittenBefore)).changes;
  }

  async countSessions(): Promise<number> {
    return this.statements.countSessions.get()!.n;
  }

  // ---------------------------------------------------------------- analytics

  async addEventCounts(counts: readonly EventCount[]): Promise<void> {
    this.addCounts.immediate(mergeCounts(counts));
  }

  private groupedStatement(key: string, sql: () => string): Database.Statement<[string]> {
    let statement = this.grouped.get(key);
    if (!statement) this.grouped.set(key, (statement = this.db.prepare<[string]>(sql())));
    return statement;
  }

  async eventCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<SummedCount[]> {
    const { select, group } = dimensionSelect(by);
    const statement = this.groupedStatement(`events:${group}`, () => {
      const keys = [group, 'step, kind, field, code'].filter(Boolean).join(', ');
      return `SELECT ${[select, 'step, kind, field, code, sum(n) AS n'].filter(Boolean).join(', ')} FROM analytics_counts WHERE form_id = ? GROUP BY ${keys} ORDER BY ${keys}`;
    });
    return (statement.all(formId) as SummedCount[]).map(toSummed);
  }

  async insertFeedback(f: NewFeedback): Promise<void> {
    this.statements.insertFeedback.run(...feedbackValues(f));
  }

  /** One IMMEDIATE transaction: the session read, noted as having given feedback (once), the feedback stored. */
  async insertSessionFeedback(id: string, f: NewFeedback): Promise<boolean> {
    const transaction = this.db.transaction((key: string): boolean => {
      const row = this.statements.readSession.get(key);
      if (!row || row.reference === null) return false;
      if (this.statements.markSessionFeedback.run(key).changes === 0) return false;
      this.statements.insertFeedback.run(...feedbackValues(f));
      return true;
    });
    return transaction.immediate(sessionKey(id));
  }

  async sessionFeedbackGiven(id: string): Promise<boolean> {
    return this.statements.sessionFeedback.get(sessionKey(id))!.n > 0;
  }

  async feedbackCounts(formId: string, by: readonly AnalyticsDimension[]): Promise<FeedbackCount[]> {
    const { select, group } = dimensionSelect(by);
    const statement = this.groupedStatement(`feedback:${group}`, () => {
      const keys = [group, 'given, rating'].filter(Boolean).join(', ');
      return `SELECT ${[select, 'given, rating, count(*) AS n'].filter(Boolean).join(', ')} FROM feedback WHERE form_id = ? GROUP BY ${keys} ORDER BY ${keys}`;
    });
    return (statement.all(formId) as FeedbackCount[]).map(toSummed);
  }

  async listFeedback(formId: string): Promise<NewFeedback[]> {
    return this.statements.listFeedback.all(formId).map(toFeedback);
  }

  async countEvents(): Promise<number> {
    return this.statements.countEvents.get()!.n ?? 0;
  }

  async clear(): Promise<void> {
    this.db.exec('DELETE FROM session_feedback; DELETE FROM form_sessions; DELETE FROM submission_files; DELETE FROM submissions; DELETE FROM analytics_counts; DELETE FROM feedback;');
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

}

function isReferenceClash(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('submissions.reference');
}
