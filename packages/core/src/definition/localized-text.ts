import type * as z from 'zod/mini';
import type { localizedTextSchema } from './localized-text.schema.js';

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
