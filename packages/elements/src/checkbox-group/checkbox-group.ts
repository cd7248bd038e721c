import { property, state } from 'lit/decorators.js';
import type { FieldDefinition } from '@service-forms/core';
import { FormControl } from '../internal/form-control.js';
import { ChildOptions } from '../internal/child-options.js';
import { choiceGroup, optionsFrom, type ChoiceOption } from '../internal/choice-options.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { choiceStyles } from '../internal/choice-styles.js';

/** A limit from an attribute: a whole number from 1, or none (an empty attribute reads as 0). */
const limit = (n: number | undefined) => (Number.isInteger(n) && n! > 0 ? n : undefined);

/** One choice of a checkbox group. */
export type CheckboxOption = ChoiceOption;

/**
 * A group of checkboxes: the fieldset, legend, hint, error and every native checkbox live in ONE
 * shadow root, so the legend names the group and each box is a Tab stop that Space toggles.
 *
 * The value is the list of ticked option values, in option order. In FormData the group is one
 * entry per ticked value under `name`, as native checkboxes sharing a name would be.
 *
 * Options come from the `options` property, or from child `<option>` elements in plain HTML
 * (`title` gives an option's hint, `selected` ticks it by default).
 *
 * ```html
 * <sf-checkbox-group name="schedules" label="Which work schedules suit you?" hint="Select all that apply" required>
 *   <option value="full-time">Full-time</option>
 *   <option value="part-time">Part-time</option>
 *   <option value="remote" title="Work from home">Remote</option>
 * </sf-checkbox-group>
 * ```
 *
 * Accessibility: ARIA has no required state for a group (`aria-required` is not allowed on
 * `group`, and Chromium drops it), so a required group says so in words: its legend or hint
 * ("Select all that apply", "Select at least 2"). After a failed submit each checkbox is
 * `aria-invalid`: screen readers announce invalid on the focused control, not on the group
 * around it, while the error text is the group's description, read on entering it.
 *
 * @tag sf-checkbox-group
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart checkbox - Each native checkbox.
 * @csspart option-label - Each option's `<label>`.
 * @csspart option-hint - An option's hint text.
 * @csspart reveal - The box of fields revealed under a chosen option.
 * @slot reveal-<value> - Fields revealed under the option with that value while it is ticked.
 * @event input - When a box is ticked or unticked (native, composed).
 * @event change - When a box is ticked or unticked (re-fired from the host).
 */
export class SfCheckboxGroup extends FormControl {
  static override styles = [fieldStyles, choiceStyles];

  /** The choices, in order. Read from child `<option>` elements when not set. */
  @property({ attribute: false }) options: CheckboxOption[] = [];
  /** The values ticked by default; a form reset returns to them. */
  @property({ attribute: false }) defaultValue: string[] = [];
  /** Fewest boxes to tick once any is ticked (`required` asks for at least one). */
  @property({ type: Number, attribute: 'min-selected' }) minSelected: number | undefined;
  /** Most boxes that may be ticked (never enforced while ticking: checked on submit). */
  @property({ type: Number, attribute: 'max-selected' }) maxSelected: number | undefined;

  @state() private currentValue: string[] | undefined;
  /** Plain HTML: choices from child `<option>` elements. */
  private readonly childOptions = new ChildOptions(this, (elements) => {
    this.options = optionsFrom(elements);
    this.defaultValue = elements.filter((option) => option.hasAttribute('selected')).map((option) => option.value);
  });

  /** The ticked option values, in option order. */
  get value(): string[] {
    return this.currentValue ?? this.defaultValue;
  }
  set value(value: string[]) {
    this.currentValue = Array.isArray(value) ? [...value] : [];
  }

  override get answer(): string[] {
    return this.value;
  }

  protected override get fieldDefinition(): FieldDefinition {
    return {
      type: 'checkboxes',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      options: this.options.map((option) => ({ value: option.value, label: { und: option.label } })),
      minSelected: limit(this.minSelected),
      maxSelected: limit(this.maxSelected),
    };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** One FormData entry per ticked value under `name`; the state keeps the ticks under a fixed key. */
  protected override get formValue() {
    if (this.value.length === 0) return { value: null, state: null };
    const value = new FormData();
    const state = new FormData();
    for (const chosen of this.value) {
      if (this.name) value.append(this.name, chosen);
      state.append('checked', chosen);
    }
    return { value: this.name ? value : null, state };
  }

  protected override resetValue(): void {
    this.currentValue = undefined;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.value = this.inOptionOrder(state.getAll('checked').filter((v): v is string => typeof v === 'string'));
    else if (state === null) this.value = [];
  }

  /** Option values first, in option order; values no option has (kept from elsewhere) after. */
  private inOptionOrder(values: readonly string[]): string[] {
    const known = this.options.map((option) => option.value);
    return [...known.filter((v) => values.includes(v)), ...values.filter((v, i) => !known.includes(v) && values.indexOf(v) === i)];
  }

  /**
   * On `input`, which comes before `change`: by the time the event reaches a listening form,
   * the value is already the new one.
   */
  private onInput(event: Event): void {
    const box = event.target as HTMLInputElement;
    const others = this.value.filter((v) => v !== box.value);
    this.value = this.inOptionOrder(box.checked ? [...others, box.value] : others);
    this.valueChanged();
  }

  protected override render() {
    return choiceGroup.call(this, 'checkbox', this.childOptions.revealSlots, (value) => this.value.includes(value), this.visibleError, this.describedBy(), this.isDisabled, this.onInput, this.redispatchChange, this.submitOnEnter);
  }
}

defineElement('sf-checkbox-group', SfCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sf-checkbox-group': SfCheckboxGroup;
  }
}
