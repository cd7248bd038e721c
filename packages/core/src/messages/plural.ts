import type { SupportedLocale } from '../locale/format.js';
import type { PluralTexts } from './catalogue.js';

/** A plural category the catalogue has a form for. */
export type PluralCategory = keyof PluralTexts;

/**
 * CLDR's rules for whole numbers, used where Intl.PluralRules gets them wrong. The same rules as
 * the elements' `plural.ts` (@lit/localize cannot be imported here); `catalogue.test.ts` checks
 * them against Node's Intl, the elements' browser test against the elements'.
 */
function shippedCategory(n: number, locale: SupportedLocale): PluralCategory {
  if (!Number.isInteger(n)) return 'other';
  if (locale !== 'ru') return n === 1 ? 'one' : 'other';
  const [ten, hundred] = [Math.abs(n) % 10, Math.abs(n) % 100];
  if (ten === 1 && hundred !== 11) return 'one';
  return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14) ? 'few' : 'many';
}

const rules = new Map<SupportedLocale, Intl.PluralRules | null>();

/** Intl's rules for a locale, or null when they are wrong (a browser with no data for it). */
function intlRules(locale: SupportedLocale): Intl.PluralRules | null {
  let rule = rules.get(locale);
  if (rule === undefined) {
    const intl = new Intl.PluralRules(locale);
    rule = [1, 2, 5, 21].every((n) => intl.select(n) === shippedCategory(n, locale)) ? intl : null;
    rules.set(locale, rule);
  }
  return rule;
}

/** The plural category of `n` in a locale (`one`, `few`, `many` or `other`), as the elements pick it. */
export function pluralCategoryOf(n: number, locale: SupportedLocale): PluralCategory {
  return (intlRules(locale)?.select(n) as PluralCategory | undefined) ?? shippedCategory(n, locale);
}
