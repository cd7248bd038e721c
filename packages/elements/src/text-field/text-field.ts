import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldDefinition } from '@service-forms/core';
import { FormControl } from '../internal/form-control.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { textFieldStyles } from './text-field.styles.js';

/** Formats a text field knows: each sets the native input type, keyboard and checks. */
export type TextFieldFormat = 'text' | 'email' | 'iin';

/**
 * A single-line text field: label, hint, inline error and a native `<input>` in one shadow root.
 *
 * ```html
 * <sf-text-field name="iin" label="IIN" hint="12 digits" format="iin" required></sf-text-field>
 * ```
 *
 * @tag sf-text-field
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart input - The native `<input>`.
 * @event input - When the value changes as the person types (native, composed).
 * @event change - When the person commits a change (re-fired from the host).
 */
export class SfTextField extends FormControl {
  static override styles = [fieldStyles, textFieldStyles];

  /** `text`, `email`, or `iin` (12 digits with a check digit; numeric keyboard). */
  @property({ reflect: true }) format: TextFieldFormat = 'text';
  /** The `autocomplete` token of the inner input, e.g. `name`, `email`, `tel`. */
  @property() autocomplete: string | undefined;
  /** Fewest characters accepted (validated on submit; typing is never blocked). */
  @property({ type: Number, attribute: 'minlength' }) minLength: number | undefined;
  /** Most characters accepted (validated on submit; typing and pasting are never blocked). */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;
  /** The default value; a form reset returns to it. */
  @property({ attribute: 'value' }) defaultValue = '';

  @state() private currentValue: string | undefined;

  /** The text in the box, as typed. */
  get value(): string {
    return this.currentValue ?? this.defaultValue;
  }
  set value(value: string) {
    this.currentValue = value ?? '';
  }

  override get answer(): string {
    return this.value;
  }

  protected override get fieldDefinition(): FieldDefinition {
    const base = { name: this.name || 'field', label: { und: this.label }, required: this.required };
    if (this.format === 'email') return { ...base, type: 'email', maxLength: this.maxLength };
    return {
      ...base,
      type: 'text',
      format: this.format === 'iin' ? 'iin' : undefined,
      minLength: this.minLength,
      maxLength: this.maxLength,
    };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  protected override get formValue() {
    return { value: this.value, state: this.value };
  }

  protected override resetValue(): void {
    this.currentValue = undefined;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.currentValue = state;
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.valueChanged();
  }

  protected override render() {
    const error = this.visibleError;
    const numeric = this.format === 'iin';
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>
        ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
        ${error
          ? html`<p id="error" class="error" part="error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
          : nothing}
        <input
          id="control"
          class="input"
          part="input"
          type=${this.format === 'email' ? 'email' : 'text'}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          inputmode=${numeric ? 'numeric' : this.format === 'email' ? 'email' : nothing}
          autocomplete=${this.autocomplete ?? (numeric ? 'off' : nothing)}
          spellcheck=${numeric || this.format === 'email' ? 'false' : nothing}
          aria-describedby=${this.describedBy() ?? nothing}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @change=${this.redispatchChange}
          @keydown=${this.submitOnEnter}
        />
      </div>
    `;
  }
}

defineElement('sf-text-field', SfTextField);

declare global {
  interface HTMLElementTagNameMap {
    'sf-text-field': SfTextField;
  }
}
