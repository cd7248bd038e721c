import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { groupDigits, mapKeyboardDigits, parseWholeNumber, type FieldDefinition } from '@service-forms/core';
import { ValueControl } from '../internal/value-control.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { numberFieldStyles } from './number-field.styles.js';

/** `number`: a whole number (a count, a year); `money`: whole tenge, grouped as typed. */
export type NumberFieldFormat = 'number' | 'money';

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** A bound from an attribute: an empty or unreadable one is no bound (Number('') would be 0). */
const boundConverter = {
  fromAttribute: (value: string | null): number | undefined => {
    const number = value === null || value.trim() === '' ? Number.NaN : Number(value);
    return Number.isSafeInteger(number) ? number : undefined;
  },
};

/** Text that is only digits and spaces: the one shape regrouped as the person types. */
const PLAIN_DIGITS = /^[\d\s]*$/u;

/** The offset just after the `count`-th digit of `text` (0 for none). */
function offsetAfterDigits(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i]!) && ++seen === count) return i + 1;
  }
  return text.length;
}

/**
 * A whole number or an amount of money: label, hint, inline error and a native
 * `<input type="text" inputmode="numeric">` in one shadow root. Never `type="number"`, which
 * screen readers announce badly, changes with the scroll wheel and drops what it cannot parse.
 *
 * ```html
 * <sf-number-field name="hours" label="Hours a week" min="1" max="40"></sf-number-field>
 * <sf-number-field name="salary" label="Desired salary" format="money" min="85000"></sf-number-field>
 * ```
 *
 * - `money` shows the tenge sign after the box (hidden from screen readers, which hear "in
 *   tenge" in the description instead) and groups the digits with a space as the person types
 *   (`85 000`), keeping the caret after the same digit. Backspace over a group space deletes
 *   the digit before it.
 * - Pasted or typed `85,000`, `85 000,00` or `85000 ₸` are accepted; a paste or leaving the box
 *   rewrites a readable amount as `85 000`.
 * - Kazakh top-row letters typed without switching layout (ә і ң ғ ү ұ қ) become the digits of
 *   their keys.
 * - FormData and `valueAsNumber` hold the number (`85000`); a submitted definition answer is a
 *   JSON number. Codes: `required`, `not_a_number`, `not_whole_number`, `below_minimum`,
 *   `above_maximum`.
 *
 * @tag sf-number-field
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart input - The native `<input>`.
 * @csspart suffix - The currency sign after the box (`money`).
 * @event input - When the value changes as the person types (native, composed).
 * @event change - When the person commits a change (re-fired from the host).
 * @cssproperty --sf-color-suffix-background - Background of the currency sign's box.
 */
export class SfNumberField extends ValueControl {
  static override styles = [fieldStyles, numberFieldStyles];

  /** `number` (a whole number) or `money` (whole tenge, shown with ₸; never negative unless `min` is). */
  @property({ reflect: true }) format: NumberFieldFormat = 'number';
  /** Smallest number accepted (for `money`, 0 unless given). A negative `min` also drops the numeric keyboard, which has no minus key. */
  @property({ converter: boundConverter }) min: number | undefined;
  /** Largest number accepted. */
  @property({ converter: boundConverter }) max: number | undefined;
  /** The `autocomplete` token of the inner input. */
  @property() autocomplete: string | undefined;

  private get isMoney(): boolean {
    return this.format === 'money';
  }

  /** The whole number in the box, or `NaN` when it is empty or not a whole number. */
  get valueAsNumber(): number {
    const parsed = parseWholeNumber(this.value, { currency: this.isMoney });
    return parsed.ok && parsed.value !== undefined ? parsed.value : Number.NaN;
  }

  protected override get fieldDefinition(): FieldDefinition {
    const base = { name: this.name || 'field', label: { und: this.label }, required: this.required, min: this.min, max: this.max };
    return this.isMoney ? { ...base, type: 'money' } : { ...base, type: 'number' };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** FormData gets the number (`85000`) once it reads as one, else the text as typed. */
  protected override get formValue() {
    const number = this.valueAsNumber;
    return { value: Number.isNaN(number) ? this.value : String(number), state: this.value };
  }

  /** Letters from the Kazakh layout as digits; for `money`, digits-and-spaces regrouped. */
  protected override tidy(text: string): string {
    const mapped = mapKeyboardDigits(text);
    if (!this.isMoney || !PLAIN_DIGITS.test(mapped)) return mapped;
    const digits = digitsOf(mapped);
    return digits ? groupDigits(digits) : mapped.trim();
  }

  /** A readable amount in its canonical shape: `85 000` for money, `85000` for a number. */
  private canonical(text: string): string {
    const parsed = parseWholeNumber(text, { currency: this.isMoney });
    if (!parsed.ok || parsed.value === undefined) return text;
    return this.isMoney ? groupDigits(parsed.value) : String(parsed.value);
  }

  private onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    // Changing the text mid-composition would break an input method; compositionend tidies it.
    if (!event.isComposing) this.reshape(input, event.inputType);
    this.currentValue = input.value;
    this.valueChanged();
  }

  private onCompositionEnd(event: CompositionEvent): void {
    const input = event.target as HTMLInputElement;
    this.reshape(input, '');
    this.currentValue = input.value;
  }

  /**
   * Rewrites the box as the person types without moving the caret off its digit: the caret is
   * remembered as "after the n-th digit" and put back after the n-th digit of the new text.
   */
  private reshape(input: HTMLInputElement, inputType: string): void {
    const before = input.value;
    const caret = input.selectionStart ?? before.length;
    // One letter becomes one digit, so offsets are unchanged.
    let text = mapKeyboardDigits(before);
    let position = caret;
    if (inputType === 'insertFromPaste' || inputType === 'insertFromDrop') {
      const pasted = this.canonical(text);
      if (pasted !== text) {
        text = pasted;
        position = text.length;
      }
    } else if (this.isMoney && PLAIN_DIGITS.test(text)) {
      let digits = digitsOf(text);
      let left = digitsOf(text.slice(0, caret)).length;
      // A deleted group space removes nothing a person counts: delete the digit beside it instead.
      if (digits === digitsOf(this.value) && digits !== '') {
        if (inputType === 'deleteContentBackward' && left > 0) {
          digits = digits.slice(0, left - 1) + digits.slice(left);
          left--;
        } else if (inputType === 'deleteContentForward' && left < digits.length) {
          digits = digits.slice(0, left) + digits.slice(left + 1);
        }
      }
      text = digits ? groupDigits(digits) : '';
      position = offsetAfterDigits(text, left);
    }
    if (text === before) return;
    input.value = text;
    input.setSelectionRange(position, position);
  }

  /** Leaving the box: a readable amount is shown in its canonical shape (`85,000` → `85 000`). */
  private onChange(): void {
    const input = this.validationAnchor;
    if (input) {
      const text = this.canonical(input.value);
      if (text !== input.value) {
        input.value = text;
        this.currentValue = text;
      }
    }
    this.redispatchChange();
  }

  protected override render() {
    const error = this.visibleError;
    const describedBy = [this.hint ? 'hint' : '', this.isMoney ? 'currency' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    const negative = this.min !== undefined && this.min < 0;
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>${fieldChrome(this.hint, error)}
        <div class="wrapper">
          <input
            id="control"
            class="input"
            part="input"
            type="text"
            inputmode=${negative ? 'text' : 'numeric'}
            spellcheck="false"
            .value=${live(this.value)}
            ?required=${this.required}
            ?disabled=${this.isDisabled}
            autocomplete=${this.autocomplete ?? nothing}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${error ? 'true' : nothing}
            @input=${this.onInput}
            @compositionend=${this.onCompositionEnd}
            @change=${this.onChange}
            @keydown=${this.submitOnEnter}
          />
          ${this.isMoney
            ? // The sign is drawn from CSS: axe cannot judge the contrast of a lone symbol and
              // reports it as incomplete; the test measures it instead.
              html`<span class="suffix" part="suffix" aria-hidden="true" data-symbol="₸"></span>`
            : nothing}
        </div>
        ${this.isMoney ? html`<span id="currency" class="visually-hidden">${msg('in tenge')}</span>` : nothing}
      </div>
    `;
  }
}

defineElement('sf-number-field', SfNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'sf-number-field': SfNumberField;
  }
}
