import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where sf-form keeps its step in `history.state`, beside whatever the page keeps there. */
const HISTORY_KEY = 'sfForm';

type Entry = { form?: string; step?: string; depth?: number };

export interface PageFlowOptions {
  /** Whether page changes are browser history entries (unless the page says `no-history`). */
  enabled(): boolean;
  /** The browser's back or forward reached an entry of a form: show its step; false when this form does not. */
  show(formId: string | undefined, step: string): boolean;
}

/**
 * Page changes as browser history entries, so that the back button moves between a form's
 * pages (docs/form-flow.md, "Back"): the first page replaces the current entry, each page
 * change after it pushes one, and the Back link goes through the browser's history while the
 * entries behind are this form's.
 */
export class PageFlowController implements ReactiveController {
  /** How many of this form's history entries lie behind the current one. */
  private depth = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PageFlowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The form opened on `step`: the current entry is its first. */
  begin(formId: string, step: string): void {
    this.depth = 0;
    this.write('replaceState', { form: formId, step, depth: 0 });
  }

  /** Another page shows: an entry of its own. */
  push(formId: string | undefined, step: string): void {
    if (this.options.enabled()) this.write('pushState', { form: formId, step, depth: ++this.depth });
  }

  /** Back through the browser's history when the entry behind is this form's; false when it is not. */
  back(): boolean {
    if (!this.options.enabled() || this.depth === 0) return false;
    history.back();
    return true;
  }

  private write(how: 'replaceState' | 'pushState', entry: Entry): void {
    if (this.options.enabled()) history[how]({ ...history.state, [HISTORY_KEY]: entry }, '');
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    const entry = (event.state as Record<string, Entry> | null)?.[HISTORY_KEY];
    if (entry?.step && this.options.show(entry.form, entry.step)) this.depth = entry.depth ?? 0;
  };
}
