import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { announce } from '../internal/live-region.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { SfAddItemEvent, SfRemoveItemEvent } from '../events/repeatable-events.js';
import { repeatableStyles } from './repeatable.styles.js';

type Pending = { kind: 'added' } | { kind: 'removed'; index: number; label: string } | null;

const midSentence = (text: string) => (text.length > 1 && text[1] === text[1]!.toLowerCase() ? text[0]!.toLowerCase() + text.slice(1) : text);

/**
 * "Add another": a group of fields repeated 0..N times (household members, children, jobs).
 * Each item has a numbered heading ("Household member 2") and a labelled remove button. Adding
 * moves focus to the new item's first field; removing moves focus to the next item's heading
 * (else the previous one's, else the add button) and says what happened through the page-level
 * live region.
 *
 * Item fields are slotted (`slot="item-<n>"`) and named `<name>[<n>].<field>`, so every item's
 * values reach FormData. Inside `sf-form` the form renders the items and listens to
 * `sf-add-item` / `sf-remove-item`. In plain HTML, put the item's fields in a `<template>`
 * child and the element clones and renames them itself:
 *
 * ```html
 * <sf-repeatable name="members" label="Household members" item-label="Household member" max="10">
 *   <template><sf-text-field name="iin" label="IIN" format="iin" required></sf-text-field></template>
 * </sf-repeatable>
 * ```
 *
 * @tag sf-repeatable
 * @slot item-<n> - The fields of item n (0-based).
 * @csspart add - The "Add another" button.
 * @csspart remove - Each item's remove button.
 * @csspart item - Each item's box.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart item-heading - Each item's heading ("Language 2").
 * @csspart error - The inline error message.
 * @event sf-add-item - The person asked for another item (`SfAddItemEvent`).
 * @event sf-remove-item - The person removed an item (`SfRemoveItemEvent`, with `index`).
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-color-hint - Hint text colour (default #484949).
 * @cssproperty --sf-color-error - Error text and bar colour (default #c4301a).
 * @cssproperty --sf-color-border - Border of the Add and Remove buttons (default #0b0c0c).
 * @cssproperty --sf-color-border-light - Line under each item's heading.
 * @cssproperty --sf-color-focus - Focus outline colour (default #1d70b8).
 * @cssproperty --sf-color-secondary-button - Background of the Add and Remove buttons (default #f3f2f1).
 * @cssproperty --sf-space-field - Space below the group (default 1.875rem).
 * @cssproperty --sf-radius - Corner radius of the Add and Remove buttons (default 0).
 * @cssproperty --sf-space-l - Space below each item (default 1.5rem).
 */
export class SfRepeatable extends LitElement {
  static override styles = [fieldStyles, repeatableStyles];
  /** Form-associated only to follow a disabled `<fieldset>`; it has no value of its own. */
  static readonly formAssociated = true;

  /** The name the items are submitted under: fields become `<name>[<n>].<field>`. */
  @property({ reflect: true }) name = '';
  /** The legend of the whole group. */
  @property() label = '';
  /** Hint text under the legend. */
  @property() hint = '';
  /** Each item's heading, numbered: "Household member" gives "Household member 2". */
  @property({ attribute: 'item-label' }) itemLabel = '';
  /** Fewest items; remove buttons are hidden at this count. */
  @property({ type: Number }) min = 0;
  /** Most items; the add button is hidden at this count. */
  @property({ type: Number }) max = Infinity;
  /** How many items there are. `sf-form` sets it; in plain HTML the element keeps it. */
  @property({ type: Number }) count = 0;
  /** An error about the items as a whole (too few, too many), shown under the legend. */
  @property() error = '';

  // Not Lit's @query: its decorator would be a chunk of its own, shared with the error summary's and the feedback's.
  private get addButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('.add');
  }
  @state() private formDisabled = false;

  private pending: Pending = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private get template(): HTMLTemplateElement | null {
    return this.querySelector(':scope > template');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Plain HTML: start with `min` items cloned from the template.
    if (this.template) while (this.count < this.min) this.cloneItem();
  }

  /** Called by the browser when an ancestor `<fieldset disabled>` changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Where the error summary sends focus: the add button, else the first item's heading. */
  focusControl(_part?: string, options?: FocusOptions): void {
    (this.addButton ?? this.heading(0))?.focus(options);
  }

  /** The heading of item `index` (0-based), for focus. */
  private heading(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`#item-${index}-heading`);
  }

  private itemName(index: number): string {
    return `${this.itemLabel} ${index + 1}`;
  }

  private addItem(): void {
    if (this.count >= this.max) return;
    this.pending = { kind: 'added' };
    if (this.template) this.cloneItem();
    this.dispatchEvent(new SfAddItemEvent());
  }

  private removeItem(index: number): void {
    this.pending = { kind: 'removed', index, label: this.itemName(index) };
    if (this.template) this.removeClonedItem(index);
    this.dispatchEvent(new SfRemoveItemEvent(index));
  }

  private cloneItem(): void {
    const index = this.count;
    const wrapper = document.createElement('div');
    wrapper.slot = `item-${index}`;
    wrapper.append(this.template!.content.cloneNode(true));
    for (const field of wrapper.querySelectorAll('[name]')) field.setAttribute('data-sf-item-name', field.getAttribute('name')!);
    this.append(wrapper);
    this.renameItems();
    this.count = index + 1;
  }

  private removeClonedItem(index: number): void {
    this.querySelector(`:scope > [slot="item-${index}"]`)?.remove();
    this.renameItems();
    this.count = Math.max(0, this.count - 1);
  }

  /** Numbers the cloned items' slots and field names after an add or a remove. */
  private renameItems(): void {
    [...this.querySelectorAll<HTMLElement>(':scope > [slot^="item-"]')].forEach((wrapper, index) => {
      wrapper.slot = `item-${index}`;
      for (const field of wrapper.querySelectorAll('[data-sf-item-name]')) {
        field.setAttribute('name', `${this.name}[${index}].${field.getAttribute('data-sf-item-name')}`);
      }
    });
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed);
    const pending = this.pending;
    if (!pending || !changed.has('count')) return;
    this.pending = null;
    if (pending.kind === 'added') {
      const index = this.count - 1;
      announce(msg(str`${this.itemName(index)} added`));
      const slot = this.renderRoot.querySelector<HTMLSlotElement>(`slot[name="item-${index}"]`);
      const first = slot?.assignedElements({ flatten: true }).flatMap((el) => [el, ...el.querySelectorAll('*')]).find((el) => el.localName.startsWith('sf-') || el.matches('input, select, textarea')) as
        | (HTMLElement & { updateComplete?: Promise<unknown> })
        | undefined;
      await first?.updateComplete;
      if (first) first.focus();
      else this.heading(index)?.focus();
    } else {
      announce(msg(str`${pending.label} removed`));
      const target = this.heading(Math.min(pending.index, this.count - 1)) ?? this.addButton;
      target?.focus();
    }
  }

  protected override render() {
    const items = Array.from({ length: this.count }, (_, i) => i);
    const mid = midSentence(this.itemLabel);
    return html`<div class="field ${this.error ? 'field--error' : ''}">
      <fieldset aria-describedby=${[this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ') || nothing}>
        <legend class="legend" part="legend">${this.label}</legend>${fieldChrome(this.hint, this.error)}
        ${items.map(
          (i) => html`<div class="item" part="item" role="group" aria-labelledby="item-${i}-heading">
            <h3 class="item-heading" part="item-heading" id="item-${i}-heading" tabindex="-1">${this.itemName(i)}</h3>
            <slot name="item-${i}"></slot>
            ${this.count > this.min
              ? html`<button type="button" class="button remove" part="remove" ?disabled=${this.formDisabled} @click=${() => this.removeItem(i)}>
                  ${msg('Remove')}<span class="visually-hidden"> ${midSentence(this.itemName(i))}</span>
                </button>`
              : nothing}
          </div>`,
        )}
        ${this.count < this.max
          ? html`<button type="button" class="button add" part="add" ?disabled=${this.formDisabled} @click=${this.addItem}>
              ${this.count === 0 ? msg(str`Add ${mid}`) : msg(str`Add another ${mid}`)}
            </button>`
          : nothing}
      </fieldset>
    </div>`;
  }
}

defineElement('sf-repeatable', SfRepeatable);

declare global {
  interface HTMLElementTagNameMap {
    'sf-repeatable': SfRepeatable;
  }
}
