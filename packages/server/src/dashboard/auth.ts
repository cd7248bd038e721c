// How a browser shows the analytics dashboard that it holds the export token (issue 16): a
// sign-in form posts the token once; the answer is a cookie that holds not the token but an
// expiry and an HMAC of it keyed with the token. Decision 0013, "The dashboard".
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Where the dashboard lives; its cookie is scoped to this path. */
export const DASHBOARD_PATH = '/dashboard';
/** How long a sign-in lasts: 8 hours (a working day). */
export const DASHBOARD_COOKIE_SECONDS = 8 * 60 * 60;
/** The cookie's name over plain HTTP (a loopback address in development) and behind TLS (`__Secure-`: refused without Secure). */
export const DASHBOARD_COOKIE = 'sf_dashboard';
export const SECURE_DASHBOARD_COOKIE = '__Secure-sf_dashboard';

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const mac = (token: string, expires: number) => createHmac('sha256', token).update(`sf-dashboard.${expires}`).digest('base64url');

/** Whether a presented token is the export token: both hashed first, then compared in constant time. */
export function tokenMatches(presented: unknown, token: string): boolean {
  return typeof presented === 'string' && presented !== '' && timingSafeEqual(sha256(presented), sha256(token));
}

/** The cookie's value for a sign-in at `now` (epoch ms): `v1.<expiry, epoch seconds>.<HMAC-SHA256 of it, keyed with the token>`. */
export function signedValue(token: string, now: number): string {
  const expires = Math.floor(now / 1000) + DASHBOARD_COOKIE_SECONDS;
  return `v1.${expires}.${mac(token, expires)}`;
}

/** Whether a cookie value was made by {@link signedValue} with this token and has not expired. */
export function validSignedValue(value: string, token: string, now: number): boolean {
  const match = /^v1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= now || expires * 1000 > now + DASHBOARD_COOKIE_SECONDS * 1000) return false;
  return timingSafeEqual(Buffer.from(match[2]!), Buffer.from(mac(token, expires)));
}

/** Every value of the cookie of this name in a `Cookie` header (a browser may send two of one name). */
export function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) values.push(pair.slice(at + 1).trim());
  }
  return values;
}

/** The `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/dashboard, Secure behind TLS; `Max-Age=0` deletes it. */
export function dashboardCookie(value: string, secure: boolean, maxAge: number = DASHBOARD_COOKIE_SECONDS): string {
  const parts = [`${secure ? SECURE_DASHBOARD_COOKIE : DASHBOARD_COOKIE}=${value}`, `Path=${DASHBOARD_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
