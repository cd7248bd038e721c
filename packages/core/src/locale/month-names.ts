/**
 * Month names, January first, shipped with the SDK: dates are formatted from them where a
 * browser's Intl only claims a locale (Chromium formats `kk` as `2025 M03 8`, DOMAIN.md), and
 * the date input reads them whatever the form's language.
 */
export const MONTH_NAMES = {
  en: 'January February March April May June July August September October November December'.split(' '),
  kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' '),
  /** Nominative, as a month is named alone; dates use {@link genitiveRu}. */
  ru: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' '),
} as const;

/** A Russian month in the genitive, as dates say it: март → марта, май → мая, январь → января. */
export function genitiveRu(name: string): string {
  return /[ьй]$/.test(name) ? `${name.slice(0, -1)}я` : `${name}а`;
}
