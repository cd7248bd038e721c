import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldDefinition } from '@service-forms/core';
import { FormControl } from '../internal/form-control.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { choiceStyles } from '../internal/choice-styles.js';

/**
 * A single checkbox for one yes, such as consent to the processing of personal data: the native
 * checkbox, its label, hint and inline error in one shadow root. `label` is the checkbox's own
 * text; `required` means it must be ticked.
 *
 * The SDK never ticks it: it starts unticked unless the page sets `checked`, which a consent
 * box must never have (consent is given, not left in place). Like a native checkbox, it submits
 * its `value` ("on") when ticked and nothing when not; `answer` is `true` or `false`.
 *
 * ```html
 * <sf-checkbox name="consent" required
 *   label="I agree that the ministry may process my personal data for this application"
 *   hint="Your data is stored in Kazakhstan and shared only with the employment centre."></sf-checkbox>
 * ```
 *
 * @tag sf-checkbox
 * @csspart label - The checkbox's `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart checkbox - The native checkbox.
 * @event input - When the box is ticked or unticked (native, composed).
 * @event change - When the box is ticked or unticked (re-fired from the host).
 */
export class SfCheckbox extends FormControl {
  static override styles = [fieldStyles, choiceStyles];

  /** What FormData holds under `name` when the box is ticked, as for a native checkbox. */
  @property() value = 'on';
  /** Ticked by default; a form reset returns to it. Never for consent. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  @state() private currentChecked: boolean | undefined;

  /** Whether the box is ticked. */
  get checked(): boolean {
    return this.currentChecked ?? this.defaultChecked;
  }
  set checked(checked: boolean) {
    this.currentChecked = Boolean(checked);
  }

  override get answer(): boolean {
    return this.checked;
  }

  protected override get fieldDefinition(): FieldDefinition {
    return { type: 'checkbox', name: this.name || 'field', label: { und: this.label }, required: this.required };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  protected override get formValue() {
    return { value: this.checked ? this.value : null, state: this.checked ? 'checked' : 'unchecked' };
  }

  protected override resetValue(): void {
    this.currentChecked = undefined;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (state === 'checked' || state === 'unchecked') this.currentChecked = state === 'checked';
  }

  /**
   * On `input`, which comes before `change`: by the time the event reaches a listening form,
   * the value is already the new one.
   */
  private onInput(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.valueChanged();
  }

  protected override render() {
    const error = this.visibleError;
    // aria-required, not the native attribute: a native required checkbox is exposed as invalid
    // at once, before any submit attempt (A11Y.md: never invalid before the first submit).
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        ${error
          ? html`<p id="error" class="error" part="error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
          : nothing}
        <div class="option">
          <input
            type="checkbox"
            id="control"
            part="checkbox"
            .checked=${live(this.checked)}
            ?disabled=${this.isDisabled}
            aria-required=${this.required ? 'true' : nothing}
            aria-describedby=${this.describedBy() ?? nothing}
            aria-invalid=${error ? 'true' : nothing}
            @input=${this.onInput}
                    @change=${this.redispatchChange}
            @keydown=${this.submitOnEnter}
          />
          <label for="control" part="label">${this.label}</label>
          ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
        </div>
      </div>
    `;
  }
}

defineElement('sf-checkbox', SfCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'sf-checkbox': SfCheckbox;
  }
}
