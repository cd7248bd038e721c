import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale } from '../localization/localization.js';

/**
 * The document title while a form is open (GOV.UK: "Page – Service", with "Error:" before it
 * while the page shows errors), re-worded when the language changes. The page's own title
 * when the form opens is the base; a title the page writes in its `sf-locale-change` handler
 * becomes the base from then on (docs/embedding.md, "Language"). Restored on disconnect.
 */
export class DocumentTitleController implements ReactiveController {
  /** The page's own title, after the form's part: "Page – base". */
  base = '';
  /** What the title says now, without "Error:", re-read when the language changes. */
  private source: (() => string) | undefined;
  /** The title under "Error:" while errors show. */
  private beforeError: string | undefined;
  /** The title this form wrote last (or read as the page's, when it started). */
  private written: string | undefined;
  private locale = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('sf-locale-change', this.onLocaleChosen);
  }

  hostDisconnected(): void {
    window.removeEventListener('sf-locale-change', this.onLocaleChosen);
    if (this.beforeError !== undefined) document.title = this.beforeError;
  }

  /** After a language switch: the title and its "Error:" prefix in the new language. */
  hostUpdated(): void {
    const locale = getLocale();
    if (locale === this.locale) return;
    if (this.locale) {
      if (this.source && this.beforeError !== undefined) this.beforeError = this.source();
      if (this.beforeError !== undefined) this.write(`${msg('Error:')} ${this.beforeError}`);
      else if (this.source) this.write(this.source());
    }
    this.locale = locale;
  }

  /** The form (re)starts: the page's own title back, not "Page – title" as a base. */
  reset(): void {
    this.clearError();
    if (this.source) this.write(this.base);
    else this.base = this.written = document.title;
    this.source = undefined;
  }

  /** "What shows – base", re-read from `words` when the language changes. */
  show(words: () => string): void {
    this.source = () => `${words()} – ${this.base}`;
    this.write(this.source());
  }

  /** "Error:" before the title, once, while the page shows errors. */
  showError(): void {
    if (this.beforeError !== undefined) return;
    this.beforeError = this.source ? this.source() : document.title;
    this.write(`${msg('Error:')} ${this.beforeError}`);
  }

  clearError(): void {
    if (this.beforeError !== undefined) this.write(this.beforeError);
    this.beforeError = undefined;
  }

  private write(title: string): void {
    document.title = this.written = title;
  }

  /** Read once the event has reached the window, after the page's handlers. */
  private readonly onLocaleChosen = (event: Event): void => {
    const title = document.title;
    if (this.written === undefined || title === this.written || !event.composedPath().includes(this.host)) return;
    this.base = title;
    if (this.beforeError !== undefined && !this.source) this.beforeError = title;
  };
}
