import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import {
  checkIin,
  formatDate,
  mapKeyboardDigits,
  readsKeyboardDigits,
  TEXT_FORMATS,
  validateField,
  type FieldDefinition,
  type TextFormat,
} from '@service-forms/core';
import { ValueControl } from '../internal/value-control.js';
import { getLocale } from '../localization/localization.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { textFieldStyles } from './text-field.styles.js';

/** Formats a text field knows: each sets the native input type, keyboard and checks. */
export type TextFieldFormat = 'text' | 'email' | TextFormat;

/** How the inner input is set up for a format: its type, keyboard, and default autocomplete. */
interface InputSetup {
  type: 'text' | 'email' | 'tel';
  inputmode?: 'numeric' | 'tel' | 'email';
  /** Used when the author gives no `autocomplete`. */
  autocomplete?: string;
  /** Off for codes and names, which a spell checker would only flag. */
  spellcheck?: false;
  /** On-screen keyboards: capitals for codes, a capital per word for names. */
  autocapitalize?: 'characters' | 'words';
}

const INPUT_SETUP: Record<TextFieldFormat, InputSetup> = {
  text: { type: 'text' },
  email: { type: 'email', inputmode: 'email', spellcheck: false },
  // Identity numbers: no autofill history on a shared computer.
  iin: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: false },
  bin: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: false },
  phone: { type: 'tel', inputmode: 'tel', autocomplete: 'tel', spellcheck: false },
  'postal-code': { type: 'text', autocomplete: 'postal-code', spellcheck: false, autocapitalize: 'characters' },
  iban: { type: 'text', autocomplete: 'off', spellcheck: false, autocapitalize: 'characters' },
  'person-name': { type: 'text', spellcheck: false, autocapitalize: 'words' },
};

/** Formats whose FormData value is the normalized one (E.164, compact IBAN) once valid. */
const NORMALIZED_FORMATS: ReadonlySet<TextFieldFormat> = new Set(['iin', 'bin', 'phone', 'postal-code', 'iban']);

const isTextFormat = (format: string): format is TextFormat => (TEXT_FORMATS as readonly string[]).includes(format);

/**
 * A single-line text field: label, hint, inline error and a native `<input>` in one shadow root.
 * A `format` sets the keyboard, the autocomplete token and the checks (core's text field
 * formats). In `iin`, `bin` and `phone`, Kazakh top-row letters typed without switching layout
 * (ә і ң ғ ү ұ қ) become the digits of their keys as the person types. A valid IIN that encodes
 * a birth date shows it under the box ("Born 15 January 1990") so the person can check it.
 *
 * ```html
 * <sf-text-field name="iin" label="IIN" hint="12 digits" format="iin" required></sf-text-field>
 * <sf-text-field name="phone" label="Mobile phone number" format="phone"></sf-text-field>
 * ```
 *
 * @tag sf-text-field
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart input - The native `<input>`.
 * @csspart echo - What a valid IIN implies (the birth date), after the input.
 * @event input - When the value changes as the person types (native, composed).
 * @event change - When the person commits a change (re-fired from the host).
 */
export class SfTextField extends ValueControl {
  static override styles = [fieldStyles, textFieldStyles];

  /**
   * `text`; `email`; `iin` or `bin` (12 digits with a check digit); `phone` (Kazakhstan, stored
   * as `+77011234567`); `postal-code` (`050000` or `A15E3C4`); `iban` (`KZ` + 18 characters,
   * mod-97 check); `person-name` (letters of any script, spaces, `-`, `'`, `’`, `.`).
   */
  @property({ reflect: true }) format: TextFieldFormat = 'text';
  /**
   * The `autocomplete` token of the inner input, e.g. `name`, `given-name`, `email`. Defaults:
   * `tel` for `phone`, `postal-code` for `postal-code`, `off` for `iin`, `bin` and `iban`.
   */
  @property() autocomplete: string | undefined;
  /** Fewest characters accepted (validated on submit; typing is never blocked). */
  @property({ type: Number, attribute: 'minlength' }) minLength: number | undefined;
  /** Most characters accepted (validated on submit; typing and pasting are never blocked). */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;

  protected override get fieldDefinition(): FieldDefinition {
    const base = { name: this.name || 'field', label: { und: this.label }, required: this.required };
    if (this.format === 'email') return { ...base, type: 'email', maxLength: this.maxLength };
    return {
      ...base,
      type: 'text',
      format: isTextFormat(this.format) ? this.format : undefined,
      minLength: this.minLength,
      maxLength: this.maxLength,
    };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** FormData gets the stored form of a valid code or number (`+77011234567`), else the text. */
  protected override get formValue() {
    let value = this.value;
    if (NORMALIZED_FORMATS.has(this.format)) {
      const result = validateField(this.fieldDefinition, this.value);
      if (result.ok && typeof result.value === 'string') value = result.value;
    }
    return { value, state: this.value };
  }

  /** The birth date a valid IIN encodes (`YYYY-MM-DD`), for the echo under the box. */
  private get iinBirthDate(): string | undefined {
    if (this.format !== 'iin') return undefined;
    const iin = checkIin(mapKeyboardDigits(this.value.trim()));
    return iin.valid ? iin.birthDate : undefined;
  }

  /**
   * Kazakh top-row letters become digits in place. One letter becomes one digit, so the caret
   * and selection offsets stay where they were.
   */
  private mapDigits(input: HTMLInputElement): void {
    if (!readsKeyboardDigits(this.format)) return;
    const mapped = mapKeyboardDigits(input.value);
    if (mapped === input.value) return;
    const { selectionStart, selectionEnd, selectionDirection } = input;
    input.value = mapped;
    if (selectionStart !== null && selectionEnd !== null) {
      input.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
    }
  }

  private onInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    // Changing the text mid-composition would break an input method; compositionend maps it.
    if (!event.isComposing) this.mapDigits(input);
    this.value = input.value;
    this.valueChanged();
  }

  private onCompositionEnd(event: CompositionEvent): void {
    const input = event.target as HTMLInputElement;
    this.mapDigits(input);
    this.value = input.value;
  }

  protected override render() {
    const error = this.visibleError;
    const setup = INPUT_SETUP[this.format] ?? INPUT_SETUP.text;
    const birthDate = this.iinBirthDate;
    const describedBy = [this.describedBy(), birthDate ? 'echo' : ''].filter(Boolean).join(' ');
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>${fieldChrome(this.hint, error)}
        <input
          id="control"
          class="input"
          part="input"
          type=${setup.type}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          inputmode=${setup.inputmode ?? nothing}
          autocomplete=${this.autocomplete ?? setup.autocomplete ?? nothing}
          autocapitalize=${setup.autocapitalize ?? nothing}
          spellcheck=${setup.spellcheck === false ? 'false' : nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @compositionend=${this.onCompositionEnd}
          @change=${this.redispatchChange}
          @keydown=${this.submitOnEnter}
        />
        ${birthDate ? html`<p id="echo" class="echo" part="echo">${msg(str`Born ${formatDate(birthDate, getLocale(), 'long')}`)}</p>` : nothing}
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
