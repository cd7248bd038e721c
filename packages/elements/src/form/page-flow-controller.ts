import type { ReactiveController } from 'lit';
import { CHECK_ANSWERS, errorsState, nextStep, stepPosition, stepState, validatePage } from '@service-forms/core';
import { SfPageChangeEvent } from '../events/form-events.js';
import { messagesReady } from './form-wording.js';
import type { SfForm } from './form.js';

/** Where sf-form keeps its step in `history.state`, beside whatever the page keeps there. */
const HISTORY_KEY = 'sfForm';

type Entry = { form?: string; step?: string; depth?: number };

/**
 * sf-form's page flow (docs/form-flow.md): Continue (the page checked, then the next step or
 * the send), moving to a step (its heading focused, the title and history updated), and Back.
 * Page changes are browser history entries, so that the back button moves between a form's
 * pages: the first page replaces the current entry, each page change after it pushes one, and
 * the Back link goes through the browser's history while the entries behind are this form's.
 * Reads and writes the host's step state; uses no other controller's module.
 */
export class PageFlowController implements ReactiveController {
  /** How many of this form's history entries lie behind the current one. */
  private depth = 0;

  constructor(private readonly host: SfForm) {
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

  /** Continue (or Submit) on the page shown: its errors, else the next step, else the send. */
  readonly continue = async (event: SubmitEvent): Promise<void> => {
    const host = this.host;
    const form = host.form;
    event.preventDefault();
    // A second click or Enter while sending does nothing: one submission, one receipt.
    if (host.status !== 'ready' || host.ending.sending || !form) return;
    host.controls.settle();
    const session = host.session;
    if (session.step === CHECK_ANSWERS) return host.ending.send();
    const page = form.pages.find((p) => p.id === session.step) ?? host.pages[0]!;
    const result = validatePage(page, session.answers, { scopeFields: host.askedFields });
    if (!result.ok) {
      host.pageFailed?.(result.errors);
      await messagesReady();
      // The page's controls and repeatables show these as they render (field-renderers.ts).
      host.session = errorsState(host.session, result.errors);
      return host.errors.show(() => result.errors.map((error) => host.controls.summaryItem(error)));
    }
    // The page holds: none of an earlier Continue's errors stay (a repeatable would show its own until the page changes).
    host.session = errorsState(session, []);
    // The next page; after a Change, check answers (or first a page the change made apply); none: send.
    const next = nextStep(form, { ...session, step: page.id });
    return next ? this.goTo(next) : host.ending.send();
  };

  /** Moves to a page (or "Check your answers"): new heading focused, title and history updated. */
  async goTo(step: string, { push = true }: { push?: boolean } = {}): Promise<void> {
    const host = this.host;
    host.controls.settle();
    if (step === CHECK_ANSWERS) await host.ending.ensure().catch(() => undefined);
    host.errors.clear();
    host.refusals = [];
    host.documentTitle.clearError();
    // The step left in the history, its errors cleared, and Continue no longer returning once at check answers.
    host.session = stepState(host.session, step);
    // The draft remembers the page too, so the person comes back where they were.
    host.draft?.later();
    if (push && !host.noHistory) this.write('pushState', { form: host.form?.id, step, depth: ++this.depth });
    await host.updateComplete;
    const heading = (): HTMLElement | null => host.renderRoot.querySelector<HTMLElement>('h2[data-page-heading]');
    host.documentTitle.show(() => heading()?.textContent?.trim() ?? '');
    heading()?.focus();
    const pages = host.pages;
    host.dispatchEvent(new SfPageChangeEvent(step, stepPosition(pages, step), pages.length));
  }

  /** Back: through the browser's history when the entry behind is this form's, else to the previous applicable page. */
  readonly back = (event: Event): void => {
    event.preventDefault();
    if (!this.host.noHistory && this.depth > 0) return history.back();
    const pages = this.host.pages;
    const index = stepPosition(pages, this.host.session.step) - 1;
    if (index > 0) void this.goTo(pages[index - 1]!.id, { push: false });
  };

  private write(how: 'replaceState' | 'pushState', entry: Entry): void {
    if (!this.host.noHistory) history[how]({ ...history.state, [HISTORY_KEY]: entry }, '');
  }

  /** The browser's back or forward reached an entry of this form, open: show its step. */
  private readonly onPopState = (event: PopStateEvent): void => {
    const entry = (event.state as Record<string, Entry> | null)?.[HISTORY_KEY];
    const host = this.host;
    if (!entry?.step || !host.form || entry.form !== host.form.id || host.status !== 'ready') return;
    this.depth = entry.depth ?? 0;
    void this.goTo(entry.step, { push: false });
  };
}
