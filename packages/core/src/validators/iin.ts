/**
 * Kazakhstan's individual identification number (IIN) and business identification number (BIN):
 * 12 digits whose last digit is a mod-11 check digit over the first eleven.
 */

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** Why a 12-digit identifier was refused. */
export type IdentifierProblem = 'format' | 'checksum';

export interface IinCheck {
  valid: boolean;
  /** Set when `valid` is false. */
  problem?: IdentifierProblem;
  /** The digits only, as they should be stored. */
  digits: string;
  /**
   * The birth date the IIN encodes (`YYYY-MM-DD`), when its century digit and date are
   * plausible. Since 2013 this encoding is not guaranteed, so a missing date never blocks.
   */
  birthDate?: string;
  /** The sex the century digit encodes, when it is 1–6. */
  sex?: 'male' | 'female';
}

/** Removes the spaces a person may type or paste between digit groups. */
export function normalizeIdentifier(value: string): string {
  return value.replace(/[\s\u00a0-]/g, '');
}

/**
 * Computes the check digit of an IIN or BIN from its first eleven digits, or returns `null`
 * when both weight passes give 10 (such a number is never issued).
 */
export function identifierCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const sum = (weights: readonly number[]) =>
    digits.reduce((total, digit, i) => total + digit * weights[i]!, 0) % 11;
  let check = sum(FIRST_WEIGHTS);
  if (check === 10) check = sum(SECOND_WEIGHTS);
  return check === 10 ? null : check;
}

function checksumValid(digits: string): boolean {
  return identifierCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

/** Checks an IIN's format and check digit and decodes the birth date it implies. */
export function checkIin(value: string): IinCheck {
  const digits = normalizeIdentifier(value);
  if (!/^\d{12}$/.test(digits)) return { valid: false, problem: 'format', digits };
  if (!checksumValid(digits)) return { valid: false, problem: 'checksum', digits };
  const result: IinCheck = { valid: true, digits };
  const century = Number(digits[6]);
  if (century >= 1 && century <= 6) {
    const year = 1800 + Math.floor((century - 1) / 2) * 100 + Number(digits.slice(0, 2));
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6));
    if (isRealDate(year, month, day)) {
      result.birthDate = `${year}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
    }
    result.sex = century % 2 === 1 ? 'male' : 'female';
  }
  return result;
}

/** Checks a BIN's format, check digit and its 5th digit (4–6 marks a legal entity). */
export function checkBin(value: string): { valid: boolean; problem?: IdentifierProblem; digits: string } {
  const digits = normalizeIdentifier(value);
  if (!/^\d{12}$/.test(digits) || !/[4-6]/.test(digits[4]!)) return { valid: false, problem: 'format', digits };
  if (!checksumValid(digits)) return { valid: false, problem: 'checksum', digits };
  return { valid: true, digits };
}

/** True when year-month-day names a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
