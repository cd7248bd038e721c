const DAY = 86_400_000;

/** The ISO 8601 week (Monday to Sunday) of a time's UTC date, as `2026-W50`. */
export function isoWeek(ms: number): string {
  const date = new Date(ms);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // The week's Thursday decides its year (ISO 8601).
  const thursday = day + (3 - ((date.getUTCDay() + 6) % 7)) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** How far a client's clock may be behind (7 days) or ahead (1 day) of the server's and still be believed. */
export const CLOCK_BEHIND_MS = 7 * DAY;
export const CLOCK_AHEAD_MS = DAY;

/** The week an event is counted in: its client time's, unless that clock is far off, then the server's. */
export function eventWeek(at: string, now: number): string {
  const ms = Date.parse(at);
  return ms >= now - CLOCK_BEHIND_MS && ms <= now + CLOCK_AHEAD_MS ? isoWeek(ms) : isoWeek(now);
}
