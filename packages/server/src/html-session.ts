// Sessions for the no-JavaScript flow (issue 23): the cookie, the CSRF token, expiry and grace,
// over the session rows of Storage. No page is rendered here; the routes (next step) use this.
// Decision: docs/decisions/0009-server-sessions.md. Settings: docs/server.md.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FormSessionState } from '@service-forms/core';
import { createReference } from './reference.js';
import { SESSION_ID_PATTERN, type FormSessionRecord, type NewFeedback, type NewSubmission, type Storage, type SubmissionRecord } from './storage/storage.js';

// ------------------------------------------------------------------ settings

/** How long sessions live, in seconds. */
export interface HtmlSessionSettings {
  /** Idle lifetime (`HTML_SESSION_TTL`): a session expires this long after its last activity. */
  idleSeconds: number;
  /** Longest life of one session id however active (`HTML_SESSION_MAX_AGE`), from its creation. */
  maxAgeSeconds: number;
  /**
   * How long an expired session's answers are kept so the person can continue
   * (`HTML_SESSION_GRACE`); `0`: expired is gone. Sessions with no answer written get none.
   */
  graceSeconds: number;
}

export const DEFAULT_HTML_SESSION_SETTINGS: Readonly<HtmlSessionSettings> = Object.freeze({
  idleSeconds: 2 * 60 * 60,
  maxAgeSeconds: 12 * 60 * 60,
  graceSeconds: 24 * 60 * 60,
});

/** The longest any of the three durations may be: 30 days. */
export const MAX_SESSION_DURATION_SECONDS = 30 * 24 * 60 * 60;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A duration setting in seconds: `7200`, `45s`, `90m`, `2h`, `1d`. */
export function parseDuration(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const match = /^(\d{1,9})\s*([smhd]?)$/i.exec(value.trim());
  if (!match) throw new Error(`${name} must be a duration like 7200 (seconds), 90m, 2h or 1d, got ${JSON.stringify(value)}`);
  const seconds = Number(match[1]) * UNIT_SECONDS[(match[2] || 's').toLowerCase()]!;
  if (seconds > MAX_SESSION_DURATION_SECONDS) throw new Error(`${name} must be at most 30 days`);
  return seconds;
}

/** The session settings from the environment (HTML_SESSION_TTL, HTML_SESSION_MAX_AGE, HTML_SESSION_GRACE), checked. */
export function htmlSessionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): HtmlSessionSettings {
  return checkSettings({
    idleSeconds: parseDuration('HTML_SESSION_TTL', env.HTML_SESSION_TTL, DEFAULT_HTML_SESSION_SETTINGS.idleSeconds),
    maxAgeSeconds: parseDuration('HTML_SESSION_MAX_AGE', env.HTML_SESSION_MAX_AGE, DEFAULT_HTML_SESSION_SETTINGS.maxAgeSeconds),
    graceSeconds: parseDuration('HTML_SESSION_GRACE', env.HTML_SESSION_GRACE, DEFAULT_HTML_SESSION_SETTINGS.graceSeconds),
  });
}

function checkSettings(settings: HtmlSessionSettings): HtmlSessionSettings {
  if (settings.idleSeconds < 1) throw new Error('HTML_SESSION_TTL must be at least 1 second');
  if (settings.maxAgeSeconds < settings.idleSeconds) throw new Error('HTML_SESSION_MAX_AGE must be at least HTML_SESSION_TTL');
  return settings;
}

// ------------------------------------------------------------------ expiry and grace

/**
 * When a session expires after activity at `now` (epoch ms): `now` + the idle lifetime, but
 * never later than its creation + the maximum age (sliding, with a ceiling).
 */
export function expiryAfterActivity(createdAt: string, now: number, settings: HtmlSessionSettings): string {
  return new Date(Math.min(now + settings.idleSeconds * 1000, Date.parse(createdAt) + settings.maxAgeSeconds * 1000)).toISOString();
}

/**
 * Where a session stands at `now`:
 * - `active` before its expiry;
 * - `expired` after it but within the grace period, when it holds answers (it was written at
 *   least once, revision > 1): the answers are still held and the person may continue;
 * - `gone` past the grace period, or expired with no answer written.
 */
export function sessionStatus(session: Pick<FormSessionRecord, 'expiresAt' | 'revision'>, now: number, settings: HtmlSessionSettings): 'active' | 'expired' | 'gone' {
  const expires = Date.parse(session.expiresAt);
  if (now < expires) return 'active';
  if (session.revision > 1 && now < expires + settings.graceSeconds * 1000) return 'expired';
  return 'gone';
}

// ------------------------------------------------------------------ CSRF

/** The name of the hidden form field that carries the CSRF token. Field names start with a letter, so no field has it. */
export const CSRF_FIELD = '_csrf';

/** A new CSRF token: 32 random bytes, base64url. One per session, carried by every page's form. */
export function createCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What {@link checkCsrf} found: the token posted is the session's, absent, or something else. */
export type CsrfResult = 'ok' | 'missing' | 'wrong';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Compares the posted token with the session's in constant time (both hashed first, so the
 * comparison takes as long whatever the posted length). `missing`: no token or an empty one.
 * `wrong`: anything else that is not the session's token, a repeated field included (a stale
 * token from an earlier session of this browser is `wrong` too).
 */
export function checkCsrf(session: Pick<FormSessionRecord, 'csrfToken'>, posted: unknown): CsrfResult {
  if (posted === undefined || posted === null || posted === '') return 'missing';
  if (typeof posted !== 'string') return 'wrong';
  return timingSafeEqual(digest(posted), digest(session.csrfToken)) ? 'ok' : 'wrong';
}

// ------------------------------------------------------------------ cookie

/** The cookie's name over plain HTTP (a loopback address in development). */
export const SESSION_COOKIE = 'sf_session';
/** The cookie's name when it is Secure: the `__Secure-` prefix makes browsers refuse it without Secure. */
export const SECURE_SESSION_COOKIE = '__Secure-sf_session';
/** Where the HTML flow's pages live unless told otherwise: a form's cookie is scoped to `/apply/<form id>`. */
export const DEFAULT_HTML_PATH = '/apply';

/** The session cookie's name for a request that is (or is not) over TLS. */
export const sessionCookieName = (secure: boolean): string => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** Just what this module reads of a request (a FastifyRequest has both). */
export interface CookieRequest {
  /** `https` when the request came over TLS (behind a proxy trusted with TRUST_PROXY: its X-Forwarded-Proto). */
  protocol: string;
  headers: { cookie?: string | undefined };
}

/**
 * Whether the cookie is Secure: when any configured public origin (PUBLIC_ORIGIN) is https (the
 * pages are reached over TLS, whatever the proxy forwards), or the request itself came over TLS.
 */
export function isSecureRequest(request: Pick<CookieRequest, 'protocol'>, publicOrigins: readonly string[] = []): boolean {
  return request.protocol === 'https' || publicOrigins.some((origin) => origin.startsWith('https:'));
}

/** The cookie's attributes, in the shape of @fastify/cookie's `setCookie` options. */
export interface SessionCookieOptions {
  path: string;
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  /** Only to delete the cookie (`0`); the session cookie itself has none: it ends with the browser. */
  maxAge?: number;
}

export interface SessionCookie {
  name: string;
  value: string;
  options: SessionCookieOptions;
}

/** The path a form's cookie is scoped to: `/apply/<form id>` (the id percent-encoded). */
export function sessionCookiePath(formId: string, basePath: string = DEFAULT_HTML_PATH): string {
  return `${basePath}/${encodeURIComponent(formId)}`;
}

/** Checks a base path: `/apply`, `/forms/html`; no trailing slash, no characters a cookie path cannot hold. */
export function checkBasePath(basePath: string): string {
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath)) throw new Error(`the HTML flow's path must look like /apply (no trailing slash), got ${JSON.stringify(basePath)}`);
  return basePath;
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with another
 * site's POST), Path scoped to the form's pages, Secure behind TLS, no Max-Age or Expires (a
 * browser-session cookie: the server's expiry is what counts, and closing the browser ends it).
 */
export function sessionCookie(id: string, { formId, secure, basePath = DEFAULT_HTML_PATH }: { formId: string; secure: boolean; basePath?: string }): SessionCookie {
  if (!SESSION_ID_PATTERN.test(id)) throw new Error('not a session id');
  return { name: sessionCookieName(secure), value: id, options: { path: sessionCookiePath(formId, basePath), httpOnly: true, sameSite: 'lax', secure } };
}

/** The cookie that deletes a form's session cookie (empty, `Max-Age=0`, same name and path). */
export function clearedSessionCookie({ formId, secure, basePath = DEFAULT_HTML_PATH }: { formId: string; secure: boolean; basePath?: string }): SessionCookie {
  return { name: sessionCookieName(secure), value: '', options: { path: sessionCookiePath(formId, basePath), httpOnly: true, sameSite: 'lax', secure, maxAge: 0 } };
}

/** A `Set-Cookie` header value for {@link sessionCookie} or {@link clearedSessionCookie}. */
export function serializeCookie({ name, value, options }: SessionCookie): string {
  const parts = [`${name}=${value}`, `Path=${options.path}`];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  parts.push('HttpOnly', 'SameSite=Lax');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * The session id in a `Cookie` header: the first cookie of the right name (for a Secure or a
 * plain request) whose value looks like an id. Anything else (another site's cookie of that
 * name set over plain HTTP, a hand-made value) is as good as no cookie.
 */
export function readSessionId(cookieHeader: string | undefined, secure: boolean): string | undefined {
  if (!cookieHeader) return undefined;
  const name = sessionCookieName(secure);
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    if (SESSION_ID_PATTERN.test(value)) return value;
  }
  return undefined;
}

// ------------------------------------------------------------------ the sessions

/** What {@link HtmlSessions.open} found for a request's cookie and the form it asks for. */
export type SessionLookup =
  /** No cookie, an unknown id, another form's session, or one past its grace (or expired unwritten). */
  | { status: 'none' }
  /** In use; its expiry has slid forward. */
  | { status: 'active'; session: FormSessionRecord }
  /** Expired, answers still held: say so, and offer to continue ({@link HtmlSessions.resume}). */
  | { status: 'expired'; session: FormSessionRecord }
  /** Sent: `session.reference` is the receipt. Nothing more can be written to it. */
  | { status: 'submitted'; session: FormSessionRecord };

export type SaveResult = { ok: true; session: FormSessionRecord } | { ok: false; problem: 'missing' | 'conflict' | 'submitted' | 'expired' };

export type ResumeResult = { ok: true; session: FormSessionRecord } | { ok: false; problem: 'missing' | 'gone' | 'submitted' };

export type SubmitResult =
  | { ok: true; created: boolean; reference: string; record: SubmissionRecord; session: FormSessionRecord }
  | { ok: false; problem: 'missing' | 'conflict' | 'expired' };

export interface HtmlSessionOptions {
  settings?: Partial<HtmlSessionSettings>;
  /** The clock, epoch ms (tests inject one). */
  now?: () => number;
  /** Where the HTML flow's pages are mounted; each form's cookie is scoped to `<basePath>/<form id>`. */
  basePath?: string;
  /** PUBLIC_ORIGIN: an https one makes the cookie Secure whatever the proxy forwards. */
  publicOrigins?: readonly string[];
  /** References for submissions (default: `createReference`, `SF-XXXX-XXXX`). */
  makeReference?: () => string;
}

/** How often the server removes expired rows by default: every 10 minutes. */
export const DEFAULT_PURGE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * The HTML flow's sessions over Storage: the rules (expiry, grace, CSRF, the cookie) in one
 * place, the rows in the database. Every method reads the clock once.
 */
export class HtmlSessions {
  readonly settings: HtmlSessionSettings;
  readonly basePath: string;
  private readonly now: () => number;
  private readonly publicOrigins: readonly string[];
  private readonly makeReference: () => string;

  constructor(
    readonly storage: Storage,
    { settings = {}, now = Date.now, basePath = DEFAULT_HTML_PATH, publicOrigins = [], makeReference = createReference }: HtmlSessionOptions = {},
  ) {
    this.makeReference = makeReference;
    this.settings = checkSettings({ ...DEFAULT_HTML_SESSION_SETTINGS, ...settings });
    this.basePath = checkBasePath(basePath);
    this.now = now;
    this.publicOrigins = publicOrigins;
  }

  /** A new session for a new state (FormSession.start), with its own id and CSRF token. */
  async start(state: FormSessionState): Promise<FormSessionRecord> {
    const now = this.now();
    const createdAt = new Date(now).toISOString();
    return this.storage.createSession({
      formId: state.formId,
      formVersion: state.formVersion,
      state,
      csrfToken: createCsrfToken(),
      createdAt,
      expiresAt: expiryAfterActivity(createdAt, now, this.settings),
    });
  }

  /**
   * The session a request's cookie names, for the form `formId`. An active one's expiry slides
   * forward (a page shown is activity); a session past its grace is deleted.
   */
  async open(id: string | undefined, formId: string): Promise<SessionLookup> {
    if (id === undefined || !SESSION_ID_PATTERN.test(id)) return { status: 'none' };
    const session = await this.storage.readSession(id);
    if (!session || session.formId !== formId) return { status: 'none' };
    const now = this.now();
    const status = sessionStatus(session, now, this.settings);
    if (status === 'gone') {
      await this.storage.deleteSession(id);
      return { status: 'none' };
    }
    if (session.reference !== undefined) return { status: 'submitted', session };
    if (status === 'expired') return { status: 'expired', session };
    const expiresAt = expiryAfterActivity(session.createdAt, now, this.settings);
    if (expiresAt > session.expiresAt && (await this.storage.touchSession(id, expiresAt))) return { status: 'active', session: { ...session, expiresAt } };
    return { status: 'active', session };
  }

  /**
   * Writes a new state for a session read before (by {@link open}), from its revision: a second
   * write from the same revision (a double POST, another tab) gets `conflict` and changes nothing.
   */
  async save(session: FormSessionRecord, state: FormSessionState): Promise<SaveResult> {
    sameForm(session, state);
    const now = this.now();
    if (session.reference !== undefined) return { ok: false, problem: 'submitted' };
    if (sessionStatus(session, now, this.settings) !== 'active') return { ok: false, problem: 'expired' };
    return this.storage.updateSession(session.id, session.revision, {
      state,
      updatedAt: new Date(now).toISOString(),
      expiresAt: expiryAfterActivity(session.createdAt, now, this.settings),
    });
  }

  /**
   * Continues an expired session whose answers are held: its state moves to a new session (a
   * new id and CSRF token, a new maximum age) and the old row is deleted. Of two resumes of one
   * session only one gets the new session; the other gets `missing` (send the browser back to
   * the page: it holds the winner's cookie).
   */
  async resume(session: FormSessionRecord): Promise<ResumeResult> {
    if (session.reference !== undefined) return { ok: false, problem: 'submitted' };
    if (sessionStatus(session, this.now(), this.settings) === 'gone') {
      await this.storage.deleteSession(session.id);
      return { ok: false, problem: 'gone' };
    }
    if (!(await this.storage.deleteSession(session.id))) return { ok: false, problem: 'missing' };
    // Written once at once: a new row is revision 1, which counts as holding no answer (no
    // grace at its expiry), and this one holds the answers it continues.
    const started = await this.start(session.state);
    const written = await this.save(started, session.state);
    return { ok: true, session: written.ok ? written.session : started };
  }

  /**
   * Stores the session's submission once: `submission.submissionId` must be
   * `session.submissionId`. A session sent before gives its submission back (`created: false`),
   * however many times the final POST arrives; an active session not sent is stored if it is
   * still at its revision (else `conflict`).
   */
  async submit(session: FormSessionRecord, submission: NewSubmission): Promise<SubmitResult> {
    if (session.reference === undefined && sessionStatus(session, this.now(), this.settings) !== 'active') return { ok: false, problem: 'expired' };
    const result = await this.storage.submitSession(session.id, session.revision, submission, this.makeReference);
    if (!result.ok) return result;
    return { ok: true, created: result.created, reference: result.record.reference, record: result.record, session: result.session };
  }

  /**
   * Stores the feedback given on a sent session's confirmation (issue 16), once: false, nothing
   * written, when the session gave feedback before (a double post) or is not sent.
   */
  async giveFeedback(session: FormSessionRecord, feedback: NewFeedback): Promise<boolean> {
    if (session.reference === undefined) return false;
    return this.storage.insertSessionFeedback(session.id, feedback);
  }

  /** Whether a sent session gave feedback ({@link giveFeedback}). */
  async feedbackGiven(session: FormSessionRecord): Promise<boolean> {
    return session.reference !== undefined && (await this.storage.sessionFeedbackGiven(session.id));
  }

  /** Ends a session (Start again, sign-out): its row is deleted. Clear its cookie too. */
  async end(id: string): Promise<void> {
    if (SESSION_ID_PATTERN.test(id)) await this.storage.deleteSession(id);
  }

  /** Removes rows past their grace, and unwritten rows past their expiry; how many. */
  async purge(): Promise<number> {
    const now = this.now();
    return this.storage.purgeSessions({ before: new Date(now - this.settings.graceSeconds * 1000).toISOString(), unwrittenBefore: new Date(now).toISOString() });
  }

  /** Purges every `intervalMs` (the timer does not keep the process alive); call the result to stop. */
  purgeEvery(intervalMs: number = DEFAULT_PURGE_INTERVAL_MS, onError: (error: unknown) => void = () => {}): () => void {
    const timer = setInterval(() => {
      this.purge().catch(onError);
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  // ---------------------------------------------------------------- cookie, per request

  /** Whether this request's cookie is Secure (see {@link isSecureRequest}). */
  secure(request: Pick<CookieRequest, 'protocol'>): boolean {
    return isSecureRequest(request, this.publicOrigins);
  }

  /** The session id the request's cookie carries, if it looks like one. */
  idFrom(request: CookieRequest): string | undefined {
    return readSessionId(request.headers.cookie, this.secure(request));
  }

  /** The cookie that carries `session` (send it whenever a session is started or resumed). */
  cookie(request: Pick<CookieRequest, 'protocol'>, session: Pick<FormSessionRecord, 'id' | 'formId'>): SessionCookie {
    return sessionCookie(session.id, { formId: session.formId, secure: this.secure(request), basePath: this.basePath });
  }

  /** The cookie that deletes a form's session cookie. */
  clearCookie(request: Pick<CookieRequest, 'protocol'>, formId: string): SessionCookie {
    return clearedSessionCookie({ formId, secure: this.secure(request), basePath: this.basePath });
  }
}

function sameForm(session: FormSessionRecord, state: FormSessionState): void {
  if (state.formId !== session.formId) throw new Error('the state belongs to another form than the session');
}
