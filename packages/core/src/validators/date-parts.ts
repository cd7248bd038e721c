import { isRealDate } from './iin.js';
import { genitiveRu, MONTH_NAMES } from '../locale/month-names.js';

/** What a person typed into the day, month and year boxes of a date input. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

const PART_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

/** Kazakh letters as people type them on a Russian layout (қ → к, ә → а, і → и). */
const KAZAKH_LETTERS = 'әғқңөұүһі';
const fold = (text: string) => text.replace(/[әғқңөұүһі]/g, (c) => 'агкноуухи'[KAZAKH_LETTERS.indexOf(c)]!);

/**
 * Each month's names in every language the SDK speaks, lower case and folded: English, Kazakh,
 * Russian and the Russian genitive that dates use ("8 марта"). Built once, on first use.
 */
let monthNames: (readonly string[])[] | undefined;
const namesOfMonths = () =>
  (monthNames ??= MONTH_NAMES.en.map((en, i) => {
    const ru = MONTH_NAMES.ru[i]!;
    return [en.toLowerCase(), MONTH_NAMES.kk[i]!, ru, genitiveRu(ru)].map(fold);
  }));

/**
 * Reads a month typed as a number (`3`, `03`) or a name in English, Kazakh or Russian, whatever
 * the form's language: `March`, `наурыз`, `март`, `марта`. The first three letters or more of
 * a name are enough when they fit one month only (`mar`, `наур`, `сент`, `dec.`). Case does
 * not matter, nor Kazakh letters typed on a Russian layout (`кантар` for `қаңтар`). `null` if
 * neither.
 */
export function parseMonth(text: string): number | null {
  const value = fold(text.trim().toLowerCase().replace(/\.$/, ''));
  if (/^\d{1,2}$/.test(value)) return Number(value);
  if (value.length < 3) return null;
  const months = namesOfMonths().flatMap((names, i) => (names.some((name) => name.startsWith(value)) ? [i + 1] : []));
  return months.length === 1 ? months[0]! : null;
}

export type DatePartsResult =
  | { ok: true; iso: string }
  | { ok: false; code: 'required' }
  | { ok: false; code: 'date_incomplete'; missing: DatePart[] }
  | { ok: false; code: 'invalid_date'; parts: DatePart[] };

/** Turns typed date parts into an ISO date (`YYYY-MM-DD`), or says which parts are wrong. */
export function parseDateParts(parts: DateParts): DatePartsResult {
  const trimmed = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  const missing = PART_ORDER.filter((part) => trimmed[part] === '');
  if (missing.length === 3) return { ok: false, code: 'required' };
  if (missing.length > 0) return { ok: false, code: 'date_incomplete', missing };

  const wrong: DatePart[] = [];
  const day = /^\d{1,2}$/.test(trimmed.day) ? Number(trimmed.day) : NaN;
  if (!(day >= 1 && day <= 31)) wrong.push('day');
  const month = parseMonth(trimmed.month);
  if (month === null || month < 1 || month > 12) wrong.push('month');
  const year = /^\d{4}$/.test(trimmed.year) ? Number(trimmed.year) : NaN;
  if (!(year >= 1000)) wrong.push('year');
  if (wrong.length > 0) return { ok: false, code: 'invalid_date', parts: wrong };
  // Each part is plausible alone but together they name no day (31 April, 29 February 2025).
  if (!isRealDate(year, month!, day)) return { ok: false, code: 'invalid_date', parts: ['day'] };
  return { ok: true, iso: `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Splits an ISO date into parts (the inverse of a successful {@link parseDateParts}). */
export function isoToDateParts(iso: string): DateParts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) };
}

/** Today's date in the local time zone as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
