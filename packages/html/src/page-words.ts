import { normalizeLocale, type SupportedLocale } from '@service-forms/core';

/*
 * The two kinds of words a whole page has that core's catalogue does not (the catalogue holds
 * what the elements say, and no element draws a skip link or names a language in another
 * tongue): copied from where the project already says them, and held equal to those by
 * page-words.test.ts. Every other word of a page comes from the catalogue.
 */

/** Each language named in itself, as sf-language-switch names it. */
export const LANGUAGE_NAMES: Record<SupportedLocale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** The skip link's text, as the demo agency page says it (examples/demo.js, `skip`). */
export const SKIP_LINK: Record<SupportedLocale, string> = {
  en: 'Skip to main content',
  kk: 'Негізгі мазмұнға өту',
  ru: 'Перейти к основному содержанию',
};

/** A language's name in itself; a language the SDK does not know keeps its tag. */
export function languageName(locale: string): string {
  return /^(kk|ru|en)([-_]|$)/i.test(locale) ? LANGUAGE_NAMES[normalizeLocale(locale)] : locale;
}

/** The skip link's text in a language (`kk-KZ` is `kk`; an unknown one English). */
export function skipLinkText(locale: string): string {
  return SKIP_LINK[normalizeLocale(locale)];
}
