import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DefinitionProblem, FormDefinition } from '@service-forms/core';
import { SfDefinitionErrorEvent } from '../events/form-events.js';
import { lazyChunk } from '../lazy/lazy-chunk.js';
import { lazyTagsForUnchecked, loadElements } from '../lazy/element-loader.js';
import { getLocale, resolveLocale, setLocale } from '../localization/localization.js';

/** The definition checker (a chunk of its own in the bundle); once, shared by every form. */
const loadChecker = lazyChunk(() => import('./definition-checker.js'));

/** Where a definition stands while it opens. */
export type LoadingStatus = 'loading' | 'load-error' | 'author-error';

/** What sf-form gives the loading: where definitions come from, and what to do with one. */
export interface DefinitionLoadingHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  definition: unknown;
}

export interface DefinitionLoadingOptions {
  /** While the definition loads or opens: a message, an error with "Try again", an author's error. */
  status(status: LoadingStatus): void;
  /** Starts fetching what the form will probably need while the definition and its checker download. */
  prefetch(): void;
  /** What a checked definition needs besides its elements and language (services, a draft); undefined when nothing. */
  services(form: FormDefinition): Promise<unknown> | undefined;
  /** The definition is checked and all it needs is here: show its first page. */
  open(form: FormDefinition): void;
}

/**
 * Opens a definition, given (`definition`) or fetched (`src`): checks it with the checker chunk,
 * loads the controls it uses that are chunks of their own, its language and services, then
 * hands it to `open`. A malformed definition becomes `problems` for the author's error (a chunk
 * of its own too); a part that could not be loaded on a weak connection, `load-error` and a
 * way to try again (`retry`), never a half-drawn form.
 */
export class DefinitionLoadingController implements ReactiveController {
  /** The checked definition being opened or shown. */
  form: FormDefinition | undefined;
  problems: DefinitionProblem[] = [];
  /** The author's error, drawn by a chunk of its own (no person filling a form needs it). */
  authorError: typeof import('./author-error.js') | undefined;
  /** Settles when the definition given or fetched has been checked (and its elements loaded). */
  opening: Promise<unknown> = Promise.resolve();
  private fetching: AbortController | undefined;

  constructor(
    private readonly host: DefinitionLoadingHost,
    private readonly options: DefinitionLoadingOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.fetching?.abort();
  }

  /** A definition object: checked before it renders. */
  use(input: unknown): void {
    this.options.prefetch();
    this.opening = this.check(input);
  }

  /** A definition's URL: fetched, then checked. */
  load(src: string): void {
    this.opening = this.fetch(src);
  }

  /** "Try again" after a part of the form could not be loaded. */
  readonly retry = (): void => {
    const { definition, src } = this.host;
    if (this.form) this.opening = this.prepare(this.form);
    else if (definition !== undefined) this.use(definition);
    else if (src) this.load(src);
  };

  private async check(input: unknown): Promise<void> {
    // The controls the definition seems to use start loading with the checker, not after it.
    loadElements(lazyTagsForUnchecked(input)).catch(() => undefined);
    let parseDefinition;
    try {
      ({ parseDefinition } = await loadChecker());
    } catch (error) {
      console.error('<sf-form>: the form checker could not be loaded:', error);
      this.options.status('load-error');
      return;
    }
    const result = parseDefinition(input);
    if (result.ok) {
      this.form = result.definition;
      this.problems = [];
      await this.prepare(result.definition);
    } else {
      await this.refuse(result.problems);
    }
  }

  /**
   * Controls most forms do not use are separate chunks: load the ones this form needs before it
   * renders (at once when they are already defined), with its language and services.
   */
  private async prepare(form: FormDefinition): Promise<void> {
    // The controls its fields use and, with several languages, the switch: those not defined yet.
    const tags = [...lazyTagsForUnchecked(form)].filter((tag) => !customElements.get(tag));
    // The language: the `locale` attribute, else the nearest `lang`, if the form declares it.
    const wanted = resolveLocale(this.host);
    const locale = form.locales.includes(wanted) ? wanted : form.locales.includes(getLocale()) ? getLocale() : form.locales[0]!;
    const services = this.options.services(form);
    if (tags.length === 0 && locale === getLocale() && !services) {
      this.options.open(form);
      return;
    }
    this.options.status('loading');
    try {
      await Promise.all([loadElements(tags), locale === getLocale() ? undefined : setLocale(locale), services]);
      if (this.form === form) this.options.open(form);
    } catch (error) {
      console.error('<sf-form>: a part of the form could not be loaded:', error);
      if (this.form === form) this.options.status('load-error');
    }
  }

  private async refuse(problems: DefinitionProblem[]): Promise<void> {
    this.form = undefined;
    try {
      this.authorError = await import('./author-error.js');
    } catch {
      this.options.status('load-error');
      return;
    }
    this.problems = problems;
    this.options.status('author-error');
    const { src } = this.host;
    console.error(`<sf-form>: the form definition${src ? ` at ${src}` : ''} is invalid:\n` + problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'));
    this.host.dispatchEvent(new SfDefinitionErrorEvent(problems));
  }

  private async fetch(src: string): Promise<void> {
    this.fetching?.abort();
    const controller = (this.fetching = new AbortController());
    this.options.status('loading');
    // Fetch the checker (and the services) while the definition downloads: one round trip, not
    // two or three, on 3G.
    loadChecker().catch(() => undefined);
    this.options.prefetch();
    let input: unknown;
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        await this.refuse([{ path: '(definition)', message: `could not be loaded from ${src}: HTTP ${response.status}` }]);
        return;
      }
      const body = await response.text();
      try {
        input = JSON.parse(body);
      } catch (error) {
        await this.refuse([{ path: '(definition)', message: `is not valid JSON: ${(error as Error).message}` }]);
        return;
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      await this.refuse([{ path: '(definition)', message: `could not be loaded from ${src}: ${(error as Error).message}` }]);
      return;
    }
    if (!controller.signal.aborted) await this.check(input);
  }
}
