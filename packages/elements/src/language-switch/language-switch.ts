import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { normalizeLocale, SUPPORTED_LOCALES } from '@service-forms/core';
import { defineElement } from '../internal/define.js';
import { getLocale, setLocale, type Locale } from '../localization/localization.js';
import { languageSwitchStyles } from './language-switch.styles.js';

/** Each language named in itself, so a person finds theirs whatever the page shows now. */
const NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** `locales="kk ru"` (spaces or commas): the known ones, each once, in the order given; all if none. */
const localesConverter = {
  fromAttribute: (value: string | null): Locale[] => {
    const tags = (value ?? '').split(/[\s,]+/).filter((tag) => /^(kk|ru|en)([-_]|$)/i.test(tag));
    return tags.length > 0 ? [...new Set(tags.map(normalizeLocale))] : [...SUPPORTED_LOCALES];
  },
};

/**
 * Fired by `sf-language-switch` when the person chooses another language; `detail.locale` (and
 * `locale`) is `kk`, `ru` or `en`. Cancel it to switch yourself (after a route change, say).
 */
export class SfLocaleChangeEvent extends CustomEvent<{ locale: Locale }> {
  constructor(readonly locale: Locale) {
    super('sf-locale-change', { bubbles: true, composed: true, cancelable: true, detail: { locale } });
  }
}

/**
 * A list of languages, each named in itself (Қазақша, Русский, English) and marked with its
 * own `lang` so a screen reader pronounces it right. The current language is marked
 * (`aria-current="true"`). Choosing another fires `sf-locale-change` and, unless the event is
 * cancelled, calls `setLocale()`: every `sf-` element re-renders in place, without a reload,
 * so answers, the page and focus are kept.
 *
 * ```html
 * <sf-language-switch></sf-language-switch>
 * <sf-language-switch locales="kk ru"></sf-language-switch>
 * ```
 *
 * @tag sf-language-switch
 * @csspart list - The `<ul>` of languages.
 * @csspart option - Each language's `<button>`.
 * @event {SfLocaleChangeEvent} sf-locale-change - The person chose another language (`SfLocaleChangeEvent`, with `locale`); cancelable.
 * @cssproperty --sf-color-link - Colour of the languages not chosen.
 * @cssproperty --sf-color-focus - Focus outline colour.
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-line-height - Line height of text (default 1.32).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 */
export class SfLanguageSwitch extends LitElement {
  static override styles = languageSwitchStyles;

  /** Which languages to offer, in order: `kk`, `ru`, `en`, separated by spaces or commas. All three by default. */
  @property({ converter: localesConverter }) locales: Locale[] = [...SUPPORTED_LOCALES];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private async choose(locale: Locale): Promise<void> {
    if (locale === getLocale()) return;
    const event = new SfLocaleChangeEvent(locale);
    if (this.dispatchEvent(event)) await setLocale(locale);
  }

  protected override render() {
    const current = getLocale();
    return html`<nav aria-label=${msg('Language')}>
      <ul part="list">
        ${this.locales.map(
          (locale) =>
            html`<li>
              <button type="button" part="option" lang=${locale} aria-current=${locale === current ? 'true' : nothing} @click=${() => this.choose(locale)}>
                ${NAMES[locale]}
              </button>
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}

defineElement('sf-language-switch', SfLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'sf-language-switch': SfLanguageSwitch;
  }
  interface GlobalEventHandlersEventMap {
    'sf-locale-change': SfLocaleChangeEvent;
  }
}
