/**
 * Kazakhstan phone numbers. Kazakhstan shares country code +7 with Russia; its national numbers
 * are 10 digits starting with 7 (Russia's start 3, 4, 8 or 9). Mobile ranges are 70x, 747, 75x,
 * 76x and 77x; city codes are 71x and 72x (7172 Astana, 727 Almaty). Other 7xx ranges are
 * accepted too, unclassified: a numbering plan grows, and a form must not refuse a real number.
 */

export type PhoneKind = 'mobile' | 'landline';

export type PhoneCheck =
  | {
      valid: true;
      /** The number in E.164, as it should be stored: `+77011234567`. */
      e164: string;
      /** Mobile or landline, when the range is known. */
      kind?: PhoneKind;
    }
  | { valid: false };

/** Separators people type or paste inside a phone number. */
const SEPARATORS = /[\s\u00a0().-]/g;

/**
 * Checks a Kazakhstan phone number written as `+7 701 234 56 78`, `8 (701) 234-56-78`,
 * `7 701 2345678` or `701 234 56 78` and returns it in E.164. A leading 8 is the domestic trunk
 * prefix, a leading 7 before eleven digits the country code without its plus.
 */
export function checkPhone(value: string): PhoneCheck {
  const compact = value.replace(SEPARATORS, '');
  let national: string;
  if (/^\+7\d{10}$/.test(compact)) national = compact.slice(2);
  else if (/^[78]\d{10}$/.test(compact)) national = compact.slice(1);
  else if (/^\d{10}$/.test(compact)) national = compact;
  else return { valid: false };
  if (national[0] !== '7') return { valid: false };
  const kind = phoneKind(national);
  const e164 = `+7${national}`;
  return kind ? { valid: true, e164, kind } : { valid: true, e164 };
}

/** Whether a 10-digit national number (starting with 7) is in a mobile or a landline range. */
export function phoneKind(national: string): PhoneKind | undefined {
  if (/^7(0\d|47|[567]\d)/.test(national)) return 'mobile';
  if (/^7[12]/.test(national)) return 'landline';
  return undefined;
}
