import * as z from 'zod/mini';

/** Text in every language the form declares: `{ "en": "…", "kk": "…", "ru": "…" }`. */
export const localizedTextSchema = z.record(
  z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  z.string().check(z.minLength(1)),
);

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Picks the text for a locale: the exact tag, then its language (`kk` for `kk-KZ`), then the
 * first text given. A checked definition has every declared locale, so the fallbacks only
 * matter for a locale the form does not declare.
 */
export function localize(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  return text[locale] ?? text[locale.split('-')[0]!] ?? Object.values(text)[0] ?? '';
}
