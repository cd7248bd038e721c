/**
 * Kazakhstan IBAN (ISO 13616): `KZ`, 2 check digits, a 3-digit bank code and a 13-character
 * account (digits and letters): 20 characters, printed in groups of four.
 */

export type IbanProblem = 'format' | 'checksum';

export type IbanCheck = { valid: true; iban: string } | { valid: false; problem: IbanProblem; iban: string };

/** Removes spaces (and the hyphens some banks print) and upper-cases. */
export function compactIban(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '').toUpperCase();
}

/**
 * The ISO 7064 mod-97 remainder of an IBAN: the first four characters moved to the end, each
 * letter replaced by two digits (A = 10 … Z = 35). A valid IBAN gives 1. Computed digit by digit,
 * so no number grows beyond what a double holds exactly.
 */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** Checks a Kazakhstan IBAN's shape and mod-97 check digits; returns it compact and upper case. */
export function checkIban(value: string): IbanCheck {
  const iban = compactIban(value);
  if (!/^KZ\d{2}\d{3}[A-Z0-9]{13}$/.test(iban)) return { valid: false, problem: 'format', iban };
  if (ibanRemainder(iban) !== 1) return { valid: false, problem: 'checksum', iban };
  return { valid: true, iban };
}
