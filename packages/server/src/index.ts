export { buildServer, API_CSP, DEFAULT_LIMITS, PAGE_CSP, type AnalyticsSettings, type Limits, type ServerOptions } from './app.js';
export { DEFAULT_MIN_COUNT, type Aggregates, type Cell, type ErrorRow, type FunnelRow, type SatisfactionRow } from './analytics/aggregate.js';
export { maskPersonalData } from './analytics/mask.js';
export { EVENT_TYPES, MAX_COMMENT, MAX_EVENTS, MAX_EVENTS_BYTES, MAX_FEEDBACK_BYTES } from './analytics/wire.js';
export { DefinitionStore, type LoadedDefinition } from './definitions.js';
export {
  checkCsrf,
  clearedSessionCookie,
  createCsrfToken,
  CSRF_FIELD,
  DEFAULT_HTML_PATH,
  DEFAULT_HTML_SESSION_SETTINGS,
  expiryAfterActivity,
  HtmlSessions,
  htmlSessionSettingsFromEnv,
  isSecureRequest,
  readSessionId,
  SECURE_SESSION_COOKIE,
  serializeCookie,
  SESSION_COOKIE,
  sessionCookie,
  sessionStatus,
  type CsrfResult,
  type HtmlSessionOptions,
  type HtmlSessionSettings,
  type ResumeResult,
  type SaveResult,
  type SessionCookie,
  type SessionLookup,
  type SubmitResult,
} from './html-session.js';
export { csvCell, toCsv, toJsonExport } from './export.js';
export { DEFAULT_FILE_TYPES, ReceivedFile, fileTypeAllowed } from './files.js';
export { REFERENCE_ALPHABET, REFERENCE_PATTERN, createReference, normalizeReference } from './reference.js';
export type { SiteOptions } from './site.js';
export { closeOnSignals, configFromEnv, startServer, type EnvConfig, type Started } from './start.js';
export { DEFAULT_SQLITE_FILE, openStorage } from './storage/open-storage.js';
export { PostgresStorage } from './storage/postgres.js';
export { SqliteStorage } from './storage/sqlite.js';
export { FEEDBACK_GIVEN, RATINGS } from './storage/storage.js';
export type { AnalyticsDimension, EventCount, EventKind, FeedbackCount, FeedbackGiven, NewFeedback, Rating, SummedCount } from './storage/storage.js';
export type { FileMeta, FormSessionRecord, InsertResult, NewFile, NewFormSession, NewSubmission, PurgeCutoffs, SessionChange, SessionSubmit, SessionUpdate, Storage, SubmissionRecord } from './storage/storage.js';
