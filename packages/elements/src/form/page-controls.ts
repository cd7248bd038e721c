import type { ReactiveControllerHost } from 'lit';
import { getAnswer, setAnswer, type FieldError } from '@service-forms/core';
import type { SummaryItem } from '../error-summary/error-summary.js';
import type { SfAnswerEvent } from '../events/answer-events.js';
import type { SfAddItemEvent, SfRemoveItemEvent } from '../events/repeatable-events.js';
import type { FormControl } from '../internal/form-control.js';
import type { SfRepeatable } from '../repeatable/repeatable.js';

/** What the page's controls change and read of sf-form: its answers, its render root, its words, its draft. */
export interface PageControlsHost extends ReactiveControllerHost {
  readonly session: { readonly answers: Record<string, unknown> };
  refusals: readonly FieldError[];
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly wording: { messageFor(error: FieldError): string };
  readonly draft?: { later(): void } | undefined;
}

/**
 * sf-form and the controls of the page it shows (`data-sf-field`), by answer path (`iin`,
 * `members[1].iin`): each control's answer kept as the control reports it (`sf-answer`), a
 * repeatable's items as they are added or removed, and the control an error summary's link
 * leads to.
 */
export class PageControls {
  constructor(private readonly host: PageControlsHost) {}

  /** The controls on the page shown. */
  private get all(): FormControl[] {
    return [...this.host.renderRoot.querySelectorAll<FormControl>('[data-sf-field]')];
  }

  /**
   * A control's answer (`sf-answer`): kept under its name. A change (not the control's first
   * report) also drops what the receiver refused of it (the control drops it too), tells the
   * draft, and renders the form (conditions may show or hide fields, and pages in "Step n of m").
   */
  readonly onAnswer = (event: SfAnswerEvent): void => {
    const host = this.host;
    const control = event.target as FormControl;
    if (control.dataset.sfField === undefined) return;
    const name = control.name;
    setAnswer(host.session.answers, name, event.answer);
    if (event.first) return;
    if (host.refusals.length > 0) host.refusals = host.refusals.filter((error) => error.field !== name);
    host.draft?.later();
    host.requestUpdate();
  };

  /** A repeatable's "Add another" or "Remove": its items (a new, empty list the first time) grow or shrink. */
  readonly onItems = (event: SfAddItemEvent | SfRemoveItemEvent): void => {
    const { answers } = this.host.session;
    const name = (event.target as SfRepeatable).name;
    let items = getAnswer(answers, name) as object[];
    if (!Array.isArray(items)) setAnswer(answers, name, (items = []));
    if (event.type === 'sf-remove-item') items.splice((event as SfRemoveItemEvent).index, 1);
    else items.push({});
    this.host.requestUpdate();
  };

  /** Every control's answer reported, a value set by script in this same task as well (before a Continue or a page change). */
  settle(): void {
    for (const control of this.all) control.report();
  }

  /** An error summary's item: the error worded, and the control or repeatable its answer path names (`iin`, `members[1].iin`, `members`). */
  summaryItem(error: FieldError): SummaryItem {
    const target = this.all.find((control) => control.name === error.field) ?? [...this.host.renderRoot.querySelectorAll<SfRepeatable>('[data-sf-repeatable]')].find((r) => r.name === error.field);
    return { message: this.host.wording.messageFor(error), target, part: error.parts?.[0] };
  }
}
