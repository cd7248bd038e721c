import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { isoToDateParts, parseDateParts, type DatePart, type DateParts, type FieldDefinition } from '@service-forms/core';
import { FormControl } from '../internal/form-control.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { dateInputStyles } from './date-input.styles.js';

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const EMPTY: DateParts = { day: '', month: '', year: '' };

/**
 * A memorable date (date of birth, say) as three boxes, day, month and year, in a fieldset with
 * a group role, after the GOV.UK date input. Month names are accepted ("March"); focus never
 * jumps between boxes on its own.
 *
 * ```html
 * <sf-date-input name="dateOfBirth" label="Date of birth" autocomplete="bday" constraint="past" required></sf-date-input>
 * ```
 *
 * @tag sf-date-input
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart input - Each of the three native inputs.
 * @csspart date-label - The Day, Month and Year labels.
 * @event input - As the person types in any box (native, composed).
 * @event change - When the person commits a change to any box (re-fired from the host).
 */
export class SfDateInput extends FormControl {
  static override styles = [fieldStyles, dateInputStyles];

  /** `bday` gives the boxes `bday-day`, `bday-month` and `bday-year` for autofill. */
  @property() autocomplete: 'bday' | 'off' | undefined;
  /** `past`: the date must be before today; `future`: after today. */
  @property() constraint: 'past' | 'future' | undefined;
  /** The default value as an ISO date (`1990-01-15`); a form reset returns to it. */
  @property({ attribute: 'value' }) defaultValue = '';

  @state() private currentParts: DateParts | undefined;

  /** What is typed in the three boxes. */
  get parts(): DateParts {
    return this.currentParts ?? isoToDateParts(this.defaultValue) ?? EMPTY;
  }
  set parts(parts: DateParts) {
    this.currentParts = { ...EMPTY, ...parts };
  }

  /** The date as ISO `YYYY-MM-DD` when the boxes make a real date, else ''. */
  get value(): string {
    const parsed = parseDateParts(this.parts);
    return parsed.ok ? parsed.iso : '';
  }
  set value(iso: string) {
    this.currentParts = isoToDateParts(iso ?? '') ?? EMPTY;
  }

  override get answer(): DateParts {
    return this.parts;
  }

  protected override get fieldDefinition(): FieldDefinition {
    return {
      type: 'date',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      constraint: this.constraint,
    };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    const part = this.validationError?.parts?.[0] ?? 'day';
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  protected override get formValue() {
    const state = new FormData();
    for (const part of PARTS) state.append(part, this.parts[part]);
    return { value: this.value || null, state };
  }

  protected override resetValue(): void {
    this.currentParts = undefined;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.currentParts = {
        day: String(state.get('day') ?? ''),
        month: String(state.get('month') ?? ''),
        year: String(state.get('year') ?? ''),
      };
    }
  }

  /** Focuses a box: the one named, else the first box in error, else the day. */
  override focusControl(part?: string, options?: FocusOptions): void {
    const target = PARTS.includes(part as DatePart) ? part : (this.validationError?.parts?.[0] ?? 'day');
    this.renderRoot.querySelector<HTMLInputElement>(`#${target}`)?.focus(options);
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.parts = { ...this.parts, [input.id as DatePart]: input.value };
    this.valueChanged();
  }

  private partLabel(part: DatePart): string {
    return part === 'day' ? msg('Day') : part === 'month' ? msg('Month') : msg('Year');
  }

  protected override render() {
    const error = this.visibleError;
    const partsInError = error ? (this.error ? PARTS : (this.validationError?.parts ?? PARTS)) : [];
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <fieldset role="group" aria-describedby=${this.describedBy() ?? nothing}>
          <legend class="legend" part="legend">${this.label}</legend>${fieldChrome(this.hint, error)}
          <div class="parts">
            ${PARTS.map(
              (part) => html`
                <div class="part part--${part}">
                  <label for=${part} part="date-label">${this.partLabel(part)}</label>
                  <input
                    id=${part}
                    class="input"
                    part="input"
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    autocomplete=${this.autocomplete === 'bday' ? `bday-${part}` : (this.autocomplete ?? nothing)}
                    .value=${live(this.parts[part])}
                    ?required=${this.required}
                    ?disabled=${this.isDisabled}
                    aria-invalid=${partsInError.includes(part) ? 'true' : nothing}
                    @input=${this.onInput}
                    @change=${this.redispatchChange}
                    @keydown=${this.submitOnEnter}
                  />
                </div>
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }
}

defineElement('sf-date-input', SfDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'sf-date-input': SfDateInput;
  }
}
