// The HTML flow's session rules without a database: settings, expiry and grace, CSRF, the cookie
// (also as a real Fastify answer sets it, behind a proxy). HtmlSessions over SQLite and PostgreSQL
// is in the storage contract (testing/session-contract.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import {
  checkCsrf,
  checkBasePath,
  clearedSessionCookie,
  createCsrfToken,
  CSRF_FIELD,
  DEFAULT_HTML_SESSION_SETTINGS,
  expiryAfterActivity,
  HtmlSessions,
  htmlSessionSettingsFromEnv,
  isSecureRequest,
  parseDuration,
  readSessionId,
  serializeCookie,
  sessionCookie,
  sessionCookiePath,
  sessionStatus,
} from './html-session.js';
import { SqliteStorage } from './storage/sqlite.js';
import { createSessionId, SESSION_ID_PATTERN } from './storage/storage.js';

const T0 = Date.parse('2026-12-08T06:00:00.000Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const settings = DEFAULT_HTML_SESSION_SETTINGS;

describe('settings', () => {
  it('defaults: 2 hours idle, 12 hours at most, answers held 24 hours after expiry', () => {
    assert.deepEqual(htmlSessionSettingsFromEnv({}), { idleSeconds: 7200, maxAgeSeconds: 43200, graceSeconds: 86400 });
  });

  it('reads durations in seconds, or with s, m, h, d', () => {
    assert.deepEqual(htmlSessionSettingsFromEnv({ HTML_SESSION_TTL: '90m', HTML_SESSION_MAX_AGE: '1d', HTML_SESSION_GRACE: '0' }), { idleSeconds: 5400, maxAgeSeconds: 86400, graceSeconds: 0 });
    assert.equal(parseDuration('X', '7200', 1), 7200);
    assert.equal(parseDuration('X', '45s', 1), 45);
    assert.equal(parseDuration('X', '2H', 1), 7200);
    assert.equal(parseDuration('X', '', 9), 9);
  });

  it('refuses what is not a duration, over 30 days, or an idle time longer than the maximum age', () => {
    for (const bad of ['2 hours', '-5', '1.5h', 'h', '2w']) assert.throws(() => htmlSessionSettingsFromEnv({ HTML_SESSION_TTL: bad }), /HTML_SESSION_TTL must be a duration/, bad);
    assert.throws(() => htmlSessionSettingsFromEnv({ HTML_SESSION_GRACE: '31d' }), /HTML_SESSION_GRACE must be at most 30 days/);
    assert.throws(() => htmlSessionSettingsFromEnv({ HTML_SESSION_TTL: '0' }), /HTML_SESSION_TTL must be at least 1 second/);
    assert.throws(() => htmlSessionSettingsFromEnv({ HTML_SESSION_TTL: '13h' }), /HTML_SESSION_MAX_AGE must be at least HTML_SESSION_TTL/);
  });
});

describe('expiry and grace', () => {
  it('expiry slides with activity: now + idle, never past creation + maximum age', () => {
    const created = iso(T0);
    assert.equal(expiryAfterActivity(created, T0, settings), iso(T0 + 2 * HOUR));
    assert.equal(expiryAfterActivity(created, T0 + 5 * HOUR, settings), iso(T0 + 7 * HOUR));
    assert.equal(expiryAfterActivity(created, T0 + 11 * HOUR, settings), iso(T0 + 12 * HOUR));
    assert.equal(expiryAfterActivity(created, T0 + 20 * HOUR, settings), iso(T0 + 12 * HOUR));
  });

  it('active before expiry; expired (answers held) in the grace period when written; gone after it, or at once when never written', () => {
    const written = { expiresAt: iso(T0 + 2 * HOUR), revision: 3 };
    assert.equal(sessionStatus(written, T0 + 2 * HOUR - 1, settings), 'active');
    assert.equal(sessionStatus(written, T0 + 2 * HOUR, settings), 'expired');
    assert.equal(sessionStatus(written, T0 + 26 * HOUR - 1, settings), 'expired');
    assert.equal(sessionStatus(written, T0 + 26 * HOUR, settings), 'gone');
    assert.equal(sessionStatus({ ...written, revision: 1 }, T0 + 2 * HOUR, settings), 'gone');
    assert.equal(sessionStatus(written, T0 + 2 * HOUR, { ...settings, graceSeconds: 0 }), 'gone');
  });
});

describe('checkCsrf', () => {
  const session = { csrfToken: createCsrfToken() };

  it('a token is 32 random bytes, base64url, new each time', () => {
    assert.match(session.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(createCsrfToken(), createCsrfToken());
    assert.equal(CSRF_FIELD, '_csrf');
  });

  it('ok for the session\'s token', () => {
    assert.equal(checkCsrf(session, session.csrfToken), 'ok');
  });

  it('missing when absent or empty', () => {
    for (const posted of [undefined, null, '']) assert.equal(checkCsrf(session, posted), 'missing');
  });

  it('wrong for another session\'s (a stale) token, a prefix, a longer one, a repeated field, a non-string', () => {
    for (const posted of [createCsrfToken(), session.csrfToken.slice(0, 42), `${session.csrfToken}x`, session.csrfToken.toUpperCase(), [session.csrfToken, session.csrfToken], [session.csrfToken], 42, { token: session.csrfToken }]) {
      assert.equal(checkCsrf(session, posted), 'wrong', JSON.stringify(posted));
    }
  });
});

describe('the session cookie', () => {
  const id = createSessionId();

  it('is HttpOnly, SameSite=Lax, scoped to the form\'s path, without Max-Age; Secure with the __Secure- name behind TLS', () => {
    assert.deepEqual(sessionCookie(id, { formId: 'job-seeker', secure: false }), {
      name: 'sf_session',
      value: id,
      options: { path: '/apply/job-seeker', httpOnly: true, sameSite: 'lax', secure: false },
    });
    assert.equal(serializeCookie(sessionCookie(id, { formId: 'job-seeker', secure: false })), `sf_session=${id}; Path=/apply/job-seeker; HttpOnly; SameSite=Lax`);
    assert.equal(serializeCookie(sessionCookie(id, { formId: 'job-seeker', secure: true, basePath: '/forms/html' })), `__Secure-sf_session=${id}; Path=/forms/html/job-seeker; HttpOnly; SameSite=Lax; Secure`);
  });

  it('is deleted with an empty value and Max-Age=0 on the same name and path', () => {
    assert.equal(serializeCookie(clearedSessionCookie({ formId: 'job-seeker', secure: true })), '__Secure-sf_session=; Path=/apply/job-seeker; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('encodes a form id in the path, refuses a value that is not a session id, and a base path that cannot be one', () => {
    assert.equal(sessionCookiePath('a;b c'), '/apply/a%3Bb%20c');
    assert.throws(() => sessionCookie('x; Domain=evil.example', { formId: 'f', secure: false }), /not a session id/);
    for (const bad of ['/apply/', 'apply', '/a;b', '/', '/a b']) assert.throws(() => checkBasePath(bad), /must look like \/apply/, bad);
    assert.equal(checkBasePath('/forms/html'), '/forms/html');
  });

  it('is Secure when the request came over TLS or PUBLIC_ORIGIN is https; not on plain HTTP to a loopback address', () => {
    assert.equal(isSecureRequest({ protocol: 'https' }), true);
    assert.equal(isSecureRequest({ protocol: 'http' }, ['https://forms.agency.kz']), true);
    assert.equal(isSecureRequest({ protocol: 'http' }, ['http://127.0.0.1:8080']), false);
    assert.equal(isSecureRequest({ protocol: 'http' }), false);
  });

  it('is read by its name for the request (Secure or not), only when its value looks like an id', () => {
    const other = createSessionId();
    assert.equal(readSessionId(`theme=dark; sf_session=${id}`, false), id);
    assert.equal(readSessionId(`sf_session=${id}`, true), undefined, 'a plain cookie is not read on a Secure request');
    assert.equal(readSessionId(`__Secure-sf_session=${id}; sf_session=${other}`, true), id);
    assert.equal(readSessionId(`sf_session=not-an-id; sf_session=${other}`, false), other, 'the first that looks like an id');
    assert.equal(readSessionId('sf_session=', false), undefined);
    assert.equal(readSessionId(`xsf_session=${id}`, false), undefined);
    assert.equal(readSessionId(undefined, false), undefined);
    assert.match(id, SESSION_ID_PATTERN);
  });

  it('as a Fastify route sets it: plain on HTTP, Secure from X-Forwarded-Proto only when the proxy is trusted, Secure whatever with an https PUBLIC_ORIGIN', async () => {
    const storage = new SqliteStorage(':memory:');
    const answer = async ({ trustProxy, publicOrigins }: { trustProxy: boolean; publicOrigins?: string[] }, headers: Record<string, string>) => {
      const sessions = new HtmlSessions(storage, publicOrigins ? { publicOrigins } : {});
      const app = Fastify({ trustProxy });
      app.get('/apply/:formId', async (request, reply) => {
        const id = sessions.idFrom(request);
        const cookie = sessions.cookie(request, { id: id ?? createSessionId(), formId: 'job-seeker' });
        return reply.header('set-cookie', serializeCookie(cookie)).send({ id: id ?? null });
      });
      const response = await app.inject({ method: 'GET', url: '/apply/job-seeker', headers });
      await app.close();
      return { setCookie: String(response.headers['set-cookie']), body: response.json() as { id: string | null } };
    };
    try {
      const plain = await answer({ trustProxy: false }, {});
      assert.match(plain.setCookie, /^sf_session=[A-Za-z0-9_-]{43}; Path=\/apply\/job-seeker; HttpOnly; SameSite=Lax$/);
      assert.match((await answer({ trustProxy: false }, { 'x-forwarded-proto': 'https' })).setCookie, /^sf_session=/, 'an untrusted X-Forwarded-Proto changes nothing');
      assert.match((await answer({ trustProxy: true }, { 'x-forwarded-proto': 'https' })).setCookie, /^__Secure-sf_session=.*; Secure$/);
      assert.match((await answer({ trustProxy: false, publicOrigins: ['https://forms.agency.kz'] }, {})).setCookie, /^__Secure-sf_session=.*; Secure$/);
      const id = createSessionId();
      assert.equal((await answer({ trustProxy: false }, { cookie: `sf_session=${id}` })).body.id, id);
    } finally {
      await storage.close();
    }
  });
});

describe('HtmlSessions', () => {
  it('refuses a state of another form than the session, and settings whose idle time passes the maximum age', async () => {
    const storage = new SqliteStorage(':memory:');
    try {
      assert.throws(() => new HtmlSessions(storage, { settings: { idleSeconds: 100, maxAgeSeconds: 50 } }), /HTML_SESSION_MAX_AGE/);
      const sessions = new HtmlSessions(storage);
      const state = { formId: 'a', formVersion: '1.0.0', locale: 'kk', answers: {}, step: 'p1', history: [], returnToCheck: false, errors: {} };
      const session = await sessions.start(state);
      await assert.rejects(sessions.save(session, { ...state, formId: 'b' }), /another form/);
    } finally {
      await storage.close();
    }
  });

  it('purges on a timer that does not keep the process alive, until stopped', async () => {
    const storage = new SqliteStorage(':memory:');
    let now = T0;
    const sessions = new HtmlSessions(storage, { now: () => now });
    try {
      await sessions.start({ formId: 'a', formVersion: '1.0.0', locale: 'kk', answers: {}, step: 'p1', history: [], returnToCheck: false, errors: {} });
      now = T0 + 3 * HOUR;
      const stop = sessions.purgeEvery(5);
      await new Promise((resolve) => setTimeout(resolve, 40));
      stop();
      assert.equal(await storage.countSessions(), 0);
    } finally {
      await storage.close();
    }
  });
});
