import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { FieldDefinition } from '@service-forms/core';
import { ValueControl } from '../internal/value-control.js';
import { ChildOptions } from '../internal/child-options.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { selectStyles } from './select.styles.js';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A drop-down list: label, hint, inline error and a native `<select>` in one shadow root. For
 * long lists (regions, districts); prefer `sf-radio-group` for a few choices.
 *
 * Nothing is chosen at first: the list starts on an empty option showing `placeholder`. Options
 * come from the `options` property, or from child `<option>` elements in plain HTML (a child
 * option with an empty value gives the placeholder text).
 *
 * ```html
 * <sf-select name="region" label="Region" placeholder="Select a region" autocomplete="address-level1" required>
 *   <option value="abai">Abai Region</option>
 *   <option value="almaty-region">Almaty Region</option>
 * </sf-select>
 * ```
 *
 * @tag sf-select
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart select - The native `<select>`.
 * @event input - When the choice changes (native, composed).
 * @event change - When the choice changes (re-fired from the host).
 */
export class SfSelect extends ValueControl {
  static override styles = [fieldStyles, selectStyles];

  /** The choices, in order. Read from child `<option>` elements when not set. */
  @property({ attribute: false }) options: SelectOption[] = [];
  /** The text of the empty first option, shown while nothing is chosen ("Select a region"). */
  @property() placeholder = '';
  /** The `autocomplete` token of the inner select, e.g. `address-level1` or `country`. */
  @property() autocomplete: string | undefined;
  /** Placeholder text from a child `<option value="">`, used when `placeholder` is not set. */
  @state() private optionPlaceholder = '';

  constructor() {
    super();
    // Plain HTML: choices (and the placeholder, an `<option value="">`) from child `<option>`s.
    new ChildOptions(this, (elements) => {
      this.optionPlaceholder = elements.find((option) => option.value === '')?.textContent?.trim() ?? '';
      this.options = elements.filter((option) => option.value !== '').map((option) => ({ value: option.value, label: option.textContent?.trim() ?? '' }));
    });
  }

  protected override get fieldDefinition(): FieldDefinition {
    return {
      type: 'select',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      options: this.options.map((option) => ({ value: option.value, label: { und: option.label } })),
    };
  }

  protected override get validationAnchor(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector('select') ?? null;
  }

  /** Like a native select: the chosen value, '' for the empty first option. */
  protected override get formValue() {
    return { value: this.value, state: this.value };
  }

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.valueChanged();
  }

  protected override render() {
    const error = this.visibleError;
    const placeholder = this.placeholder || this.optionPlaceholder;
    // `selected` on each option rather than `.value` on the select: a value set before the
    // options render would select nothing. `live` because a choice changes it behind Lit's back.
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>${fieldChrome(this.hint, error)}
        <select
          id="control"
          class="input select"
          part="select"
          ?disabled=${this.isDisabled}
          autocomplete=${this.autocomplete ?? nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-describedby=${this.describedBy() ?? nothing}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onChange}
          @change=${this.redispatchChange}
          @keydown=${this.submitOnEnter}
        >
          <option value="" .selected=${live(this.value === '')}>${placeholder}</option>
          ${this.options.map((option) => html`<option .value=${option.value} .selected=${live(this.value === option.value)}>${option.label}</option>`)}
        </select>
      </div>
    `;
  }
}

defineElement('sf-select', SfSelect);

declare global {
  interface HTMLElementTagNameMap {
    'sf-select': SfSelect;
  }
}
