import { getLocale, type Locale } from './localization.js';

/**
 * One message per plural form. @lit/localize has no ICU plurals, so each form is its own
 * `msg()` with an id of its own (`chars-remaining-one`, `…-few`, …): English uses one/other,
 * Russian one/few/many (and other for fractions), Kazakh one/other. Every form must be given so
 * that every id exists in the source and is translated in every locale.
 */
export interface PluralForms {
  one: () => string;
  few: () => string;
  many: () => string;
  other: () => string;
}

type Category = keyof PluralForms;

/** CLDR's rules for whole numbers, used where a browser's Intl.PluralRules gets them wrong. */
function shippedCategory(n: number, locale: Locale): Category {
  if (!Number.isInteger(n)) return 'other';
  if (locale !== 'ru') return n === 1 ? 'one' : 'other';
  const [ten, hundred] = [Math.abs(n) % 10, Math.abs(n) % 100];
  if (ten === 1 && hundred !== 11) return 'one';
  return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? 'few' : 'many';
}

const rules = new Map<Locale, Intl.PluralRules | null>();

/**
 * Intl's rules for a locale, or null when they are wrong for our three locales (a browser with
 * no data for a locale answers `other` for 1). Checked once per locale.
 */
function intlRules(locale: Locale): Intl.PluralRules | null {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locale);
    const right = [1, 2, 5, 21].every((n) => rule!.select(n) === shippedCategory(n, locale));
    rules.set(locale, right ? rule : null);
  }
  return rules.get(locale)!;
}

/** The plural category of `n` in a locale: one, few, many or other. */
export function pluralCategory(n: number, locale: Locale = getLocale()): Category {
  return (intlRules(locale)?.select(n) as Category | undefined) ?? shippedCategory(n, locale);
}

/**
 * The form of a message for `n` in the current locale:
 *
 * ```ts
 * plural(n, {
 *   one: () => msg(str`You have ${n} character remaining`, { id: 'chars-remaining-one' }),
 *   few: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-few' }),
 *   many: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-many' }),
 *   other: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-other' }),
 * });
 * ```
 */
export function plural(n: number, forms: PluralForms, locale: Locale = getLocale()): string {
  return forms[pluralCategory(n, locale)]();
}
