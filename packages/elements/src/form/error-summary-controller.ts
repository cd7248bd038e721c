import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SfErrorSummary, SummaryItem } from '../error-summary/error-summary.js';
import { loadElements } from '../lazy/element-loader.js';

export interface ErrorSummaryHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The error summary of the page shown (GOV.UK's pattern, A11Y.md): its items, kept as a
 * function so that after a language switch they speak the new language, rendered by the host
 * and focused once they show. `sf-error-summary` is a chunk, fetched as the form opens; when it
 * could not be (offline since then), the errors still show on their controls and focus moves to
 * the first control in error instead.
 */
export class ErrorSummaryController implements ReactiveController {
  items: SummaryItem[] = [];
  private source: (() => SummaryItem[]) | undefined;

  /** `shown`: errors show now (the document title says "Error:"). */
  constructor(
    private readonly host: ErrorSummaryHost,
    private readonly shown: () => void,
  ) {
    host.addController(this);
  }

  /** Before each render: the items in the language of the moment. */
  hostUpdate(): void {
    if (this.source) this.items = this.source();
  }

  async show(items: SummaryItem[] | (() => SummaryItem[])): Promise<void> {
    this.source = typeof items === 'function' ? items : () => items;
    this.items = this.source();
    this.host.requestUpdate();
    this.shown();
    const defined = await loadElements(['sf-error-summary']).then(
      () => true,
      () => false,
    );
    await this.host.updateComplete;
    const summary = this.host.renderRoot.querySelector<SfErrorSummary>('sf-error-summary');
    await summary?.updateComplete;
    if (defined) summary?.focus();
    else this.items[0]?.target?.focus();
  }

  clear(): void {
    this.items = [];
    this.source = undefined;
    this.host.requestUpdate();
  }
}
