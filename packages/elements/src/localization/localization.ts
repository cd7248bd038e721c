import { configureLocalization } from '@lit/localize';
import { normalizeLocale, type SupportedLocale } from '@service-forms/core';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

/**
 * Runtime localization (docs/localization.md). English is the source locale, compiled into the
 * elements; Kazakh and Russian are each a module of their own, fetched by a dynamic `import()`
 * the first time `setLocale` asks for them, so a page downloads only the language it shows.
 */
const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => (locale === 'kk' ? import('../locales/kk.js') : import('../locales/ru.js')),
});

export type Locale = SupportedLocale;

/** The locale the elements speak now (`en` until `setLocale` finishes loading another). */
export const getLocale = localization.getLocale as () => Locale;

/**
 * Switches every element to a locale (`kk-KZ` means `kk`; an unknown one means `en`) and
 * re-renders them. Resolves once the locale's messages have loaded; rejects if they could not.
 */
export function setLocale(locale: string): Promise<void> {
  return localization.setLocale(normalizeLocale(locale));
}

/**
 * The locale an element should speak: its own `locale` attribute, else the nearest `lang` up
 * the tree (crossing shadow roots to their hosts), else the document's, else `en`.
 */
export function resolveLocale(element: Element): Locale {
  const own = element.getAttribute('locale');
  if (own) return normalizeLocale(own);
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const lang = node.getAttribute('lang');
    if (lang) return normalizeLocale(lang);
  }
  return normalizeLocale(document.documentElement.lang);
}

/**
 * Makes the elements speak the page's language: `<html lang>` now, and again whenever the page
 * changes it (a site's own language menu). Hand-written controls outside `sf-form` need this;
 * `sf-form` resolves its own locale and may differ. The bundle (`dist/service-forms.js`) calls
 * it once on load; with the npm packages, call it yourself. Returns a function that stops
 * following. A language the elements do not speak leaves them in the one they speak.
 */
export function followDocumentLanguage(doc: Document = document): () => void {
  const root = doc.documentElement;
  let followed = '';
  const follow = () => {
    const lang = root.getAttribute('lang') ?? '';
    if (lang === followed) return;
    followed = lang;
    if (!lang || !isSpoken(lang)) return;
    // A failed load (offline) keeps the current language; the next change tries again.
    setLocale(lang).catch(() => (followed = ''));
  };
  follow();
  const observer = new MutationObserver(follow);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

/** `kk`, `kk-KZ`, `ru-RU`, `en-GB`: yes; `de`, `uz`: no (core's normalizeLocale makes those `en`). */
function isSpoken(lang: string): boolean {
  return normalizeLocale(lang) !== sourceLocale || /^en(?:[-_]|$)/i.test(lang.trim());
}
