/**
 * Personal data masked out of free-text feedback before it is stored (docs/analytics.md, "What is
 * stored for feedback"). The original text is never written anywhere. Errs towards hiding: a
 * year followed by other numbers can be taken for an IIN.
 */

/** An email address: local part, @, a domain with a dot; letters of any script (`айгүл@пошта.қаз`). */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * 12 digits (an IIN or BIN), alone or in groups split by spaces or hyphens: `9001 1530 0014`;
 * not 12 digits of a longer number (`4400 4301 2345 6789` is a {@link LONG_NUMBER}).
 */
const IIN_BIN = /(?<![\p{N}][ \u00a0-]?)\d(?:[ \u00a0-]?\d){11}(?![ \u00a0-]?[\p{N}])/gu;
/**
 * A Kazakhstan phone number: `+7`, `7` or `8`, then 10 digits, with spaces, hyphens, dots or
 * brackets between groups: `+7 701 234 56 78`, `8 (701) 234-56-78`, `87012345678`.
 */
const PHONE = /(?<![\p{N}+])(?:\+\s?7|7|8)[\s\-.]*\(?\s*\d{3}\s*\)?[\s\-.]*\d{3}[\s\-.]*\d{2}[\s\-.]*\d{2}(?![\p{N}])/gu;
/** Any other run of 10 or more digits (a card or document number), spaces or hyphens allowed between them. */
const LONG_NUMBER = /(?<![\p{N}])\d(?:[ \u00a0-]?\d){9,}(?![\p{N}])/gu;
/** Control characters other than tab and line breaks, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const MASKS = { email: '[email]', iinBin: '[IIN/BIN]', phone: '[phone]', number: '[number]' } as const;

/** The text with emails, IINs/BINs, phone numbers and other long numbers replaced by markers. */
export function maskPersonalData(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(EMAIL, MASKS.email)
    .replace(IIN_BIN, MASKS.iinBin)
    .replace(PHONE, MASKS.phone)
    .replace(LONG_NUMBER, MASKS.number);
}
