/**
 * Kazakhstan postal codes: the old 6-digit index (`050000`) and the 7-character Kazpost code
 * used since 2016 (`A15E3C4`: letter, 2 digits, letter, digit, letter, digit). Both are in use.
 */

export type PostalCodeCheck = { valid: true; code: string } | { valid: false };

/**
 * Cyrillic capitals that look like Latin ones. A person typing the Kazpost code in a Russian or
 * Kazakh layout gets these and could not see what is wrong; they are read as the Latin letter.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};

/** Checks a postal code in either form; returns it without spaces, letters in upper case. */
export function checkPostalCode(value: string): PostalCodeCheck {
  const code = value
    .replace(/[\s\u00a0]/g, '')
    .toUpperCase()
    .replace(/[АВЕКМНОРСТУХ]/g, (letter) => LOOKALIKES[letter]!);
  return /^(\d{6}|[A-Z]\d{2}[A-Z]\d[A-Z]\d)$/.test(code) ? { valid: true, code } : { valid: false };
}
