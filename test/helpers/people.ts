import { identifierCheckDigit } from '@service-forms/core';

/* Synthetic people for tests: ages that stay true over time, IINs that pass the real checks. Runs in Node and browsers. */

/** Today's date minus whole years and some days, as `YYYY-MM-DD` (ages that stay true over time). */
export function bornYearsAgo(years: number, extraDays = 45): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - extraDays);
  return date.toISOString().slice(0, 10);
}

/**
 * A synthetic IIN for a birth date (DOMAIN.md): `YYMMDD`, the century-and-sex digit, a serial,
 * and the check digit. A serial whose check digit would be 10 twice (never issued) is skipped.
 */
export function makeIin(birthDate: string, sex: 'male' | 'female', serial = 1): string {
  const [year, month, day] = birthDate.split('-');
  const century = Number(year!.slice(0, 2)) - 18; // 18xx → 0, 19xx → 1, 20xx → 2
  const g = century * 2 + (sex === 'male' ? 1 : 2);
  for (let s = serial; s < serial + 20; s++) {
    const first11 = `${year!.slice(2)}${month}${day}${g}${String(s).padStart(4, '0')}`;
    const check = identifierCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error(`no IIN for ${birthDate}`);
}
