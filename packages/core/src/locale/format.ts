import { genitiveRu, MONTH_NAMES } from './month-names.js';

/** The languages the SDK speaks: Kazakh, Russian and English (the source). */
export type SupportedLocale = 'kk' | 'ru' | 'en';

/** In the order a language list shows them: the state language first. */
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = ['kk', 'ru', 'en'];

/** `kk-KZ` → `kk`, `ru_RU` → `ru`; anything else (or nothing) → `en`, the source language. */
export function normalizeLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'kk' || language === 'ru' ? language : 'en';
}

/** A month's name as a date says it (Russian in the genitive), `month` 1–12. */
function monthInDate(locale: SupportedLocale, month: number): string {
  const name = MONTH_NAMES[locale][month - 1]!;
  return locale === 'ru' ? genitiveRu(name) : name;
}

/** Long dates from the shipped names: `8 March 2025`, `2025 ж. 8 наурыз`, `8 марта 2025 г.`. */
export function formatLongDateFromNames(year: number, month: number, day: number, locale: SupportedLocale): string {
  const name = monthInDate(locale, month);
  if (locale === 'kk') return `${year} ж. ${day} ${name}`;
  return locale === 'ru' ? `${day} ${name} ${year} г.` : `${day} ${name} ${year}`;
}

/** en is day-first British English, as dates are read in Kazakhstan. */
const INTL_TAGS: Record<SupportedLocale, string> = { en: 'en-GB', kk: 'kk', ru: 'ru' };
const intlLongDates = new Map<SupportedLocale, Intl.DateTimeFormat | null>();

/**
 * Intl's long date format for a locale if Intl really knows the locale, else null. Decided once
 * per locale by formatting 8 March 2025 and looking for the month's real name ("наурыз"):
 * Chromium claims `kk` in `supportedLocalesOf` but has no data for it.
 */
export function realIntlLongDate(locale: SupportedLocale): Intl.DateTimeFormat | null {
  let format = intlLongDates.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    if (!format.format(Date.UTC(2025, 2, 8)).includes(monthInDate(locale, 3))) format = null;
    intlLongDates.set(locale, format);
  }
  return format;
}

/**
 * An ISO date (`2025-03-08`) for people: `short` is `08.03.2025` (kk, ru) or `08/03/2025` (en);
 * `long` is `2025 ж. 8 наурыз`, `8 марта 2025 г.` or `8 March 2025`. Text that is not an ISO
 * date comes back unchanged.
 */
export function formatDate(iso: string, locale: string, style: 'short' | 'long' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const lang = normalizeLocale(locale);
  if (style === 'short') return `${match[3]}${lang === 'en' ? '/' : '.'}${match[2]}${lang === 'en' ? '/' : '.'}${match[1]}`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const intl = realIntlLongDate(lang);
  return intl ? intl.format(Date.UTC(year, month - 1, day)) : formatLongDateFromNames(year, month, day, lang);
}

/**
 * `1 234 567,89` for kk and ru (no-break space U+00A0 between groups, decimal comma), and
 * `1,234,567.89` for en. Built from en-US digits, which every Intl has, rather than trusting
 * Intl's kk (`1,234,567.89` in Chromium). `grouping: false` leaves the digits ungrouped: a year
 * (`2009`), a count, a code.
 */
export function formatNumber(value: number, locale: string, options: { grouping?: boolean } = {}): string {
  const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3, useGrouping: options.grouping ?? true }).format(value);
  return normalizeLocale(locale) === 'en' ? en : en.replace(/[,.]/g, (c) => (c === ',' ? '\u00a0' : ','));
}

/** Whole tenge: `1 234 567 ₸` (kk, ru), `1,234,567 ₸` (en), the sign after a no-break space. */
export function formatMoney(value: number, locale: string): string {
  return `${formatNumber(Math.round(value) || 0, locale)}\u00a0₸`;
}
