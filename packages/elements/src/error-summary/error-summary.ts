import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { defineElement } from '../internal/define.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One line of the summary: a message and the control it is about. */
export interface SummaryItem {
  message: string;
  /** The control that focus moves to when the link is followed. */
  target?: HTMLElement | undefined;
  /** For a control with parts (a date), which part gets focus. */
  part?: string | undefined;
}

interface FocusableControl extends HTMLElement {
  focusControl?(part?: string, options?: FocusOptions): void;
}

/**
 * The error summary shown above a form after a failed submit (the GOV.UK pattern): a heading
 * and one link per error. `focus()` moves focus to the summary itself so a screen reader reads
 * it; each link moves focus to its control (for a date, the first part in error) after
 * scrolling the control's label into view.
 *
 * @tag sf-error-summary
 * @csspart summary - The bordered box that receives focus.
 * @csspart heading - "There is a problem".
 * @csspart link - Each link to a field in error.
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-line-height - Line height of text (default 1.32).
 * @cssproperty --sf-color-error - Border and link colour (default #c4301a).
 * @cssproperty --sf-color-focus - Focus outline colour (default #1d70b8).
 * @cssproperty --sf-space-field - Space below the summary (default 1.875rem).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 * @cssproperty --sf-radius - Corner radius of the summary box (default 0).
 * @cssproperty --sf-space-s - Between the links (default 0.6rem).
 */
export class SfErrorSummary extends LitElement {
  static override styles = errorSummaryStyles;

  /** The heading; "There is a problem" by default. */
  @property() heading = '';
  /** The errors to list, in the order of the fields on the page. */
  @property({ attribute: false }) items: SummaryItem[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Moves focus to the summary box (not its first link). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  private follow(event: Event, item: SummaryItem): void {
    const target = item.target as FocusableControl | undefined;
    if (!target) return;
    event.preventDefault();
    // The label or legend is part of the control: show it, then focus without scrolling again.
    target.scrollIntoView({ block: 'start' });
    if (target.focusControl) target.focusControl(item.part, { preventScroll: true });
    else target.focus({ preventScroll: true });
  }

  protected override render() {
    return html`
      <div class="summary" part="summary" tabindex="-1">
        <div role="alert">
          <h2 part="heading">${this.heading || msg('There is a problem')}</h2>
          <ul>
            ${this.items.map(
              (item) => html`<li>
                <a part="link" href=${item.target?.id ? `#${item.target.id}` : '#'} @click=${(event: Event) => this.follow(event, item)}
                  >${item.message}</a
                >
              </li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }
}

defineElement('sf-error-summary', SfErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'sf-error-summary': SfErrorSummary;
  }
}
