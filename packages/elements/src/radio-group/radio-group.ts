import { property } from 'lit/decorators.js';
import type { FieldDefinition } from '@service-forms/core';
import { ValueControl } from '../internal/value-control.js';
import { ChildOptions } from '../internal/child-options.js';
import { choiceGroup, optionsFrom, type ChoiceOption } from '../internal/choice-options.js';
import { defineElement } from '../internal/define.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { choiceStyles } from '../internal/choice-styles.js';

/** One choice of a radio group. */
export type RadioOption = ChoiceOption;

/**
 * A radio group: the fieldset, legend, hint, error and every native radio live in ONE shadow
 * root, so arrow keys and "2 of 4" work natively.
 *
 * Accessibility: a plain `fieldset` (a `group` named by its legend, described by the hint and
 * the error), as GOV.UK does. Not a `radiogroup`: that role may own radios only, and this group
 * also holds the inline error and the fields an option reveals. ARIA has no required state for
 * a group, and Chromium exposes none on a radio, so a required group says so in words where it
 * matters (all questions are required unless marked optional). After a failed submit each radio
 * is `aria-invalid`: screen readers announce invalid on the focused radio, while the error text
 * is the group's description, read on entering it.
 *
 * Options come from the `options` property, or from child `<option>` elements in plain HTML.
 * An option can reveal fields right under it when chosen (GOV.UK conditional reveal): put them
 * in a child with `slot="reveal-<value>"`. Hidden revealed fields keep what was typed but are
 * not validated or submitted by `sf-form`.
 *
 * ```html
 * <sf-radio-group name="hasDisability" label="Do you have a disability?" required>
 *   <option value="yes">Yes</option>
 *   <option value="no">No</option>
 * </sf-radio-group>
 * ```
 *
 * @tag sf-radio-group
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart radio - Each native radio input.
 * @csspart option-label - Each option's `<label>`.
 * @csspart option-hint - An option's hint text.
 * @csspart reveal - The box of fields revealed under a chosen option.
 * @slot reveal-<value> - Fields revealed under the option with that value while it is chosen.
 * @event input - When the choice changes (native, composed).
 * @event change - When the choice changes (re-fired from the host).
 */
export class SfRadioGroup extends ValueControl {
  static override styles = [fieldStyles, choiceStyles];

  /** The choices, in order. Read from child `<option>` elements when not set. */
  @property({ attribute: false }) options: RadioOption[] = [];
  /** Plain HTML: choices from child `<option>` elements. */
  private readonly childOptions = new ChildOptions(this, (elements) => {
    this.options = optionsFrom(elements);
  });

  protected override get fieldDefinition(): FieldDefinition {
    return {
      type: 'radios',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      options: this.options.map((option) => ({ value: option.value, label: { und: option.label } })),
    };
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  protected override get formValue() {
    return { value: this.value || null, state: this.value };
  }

  /** Focuses the chosen radio, or the first: what Tab would land on. */
  override focusControl(_part?: string, options?: FocusOptions): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
    (radios.find((radio) => radio.checked) ?? radios[0])?.focus(options);
  }

  /** Focuses the chosen radio, or the first (as `focusControl()`). */
  override focus(options?: FocusOptions): void {
    this.focusControl(undefined, options);
  }

  /**
   * On `input`, which comes before `change`: by the time the event reaches a listening form,
   * the value is already the new one.
   */
  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.valueChanged();
  }

  protected override render() {
    return choiceGroup.call(this, 'radio', this.childOptions.revealSlots, (value) => value === this.value, this.visibleError, this.describedBy(), this.isDisabled, this.onInput, this.redispatchChange, this.submitOnEnter);
  }
}

defineElement('sf-radio-group', SfRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'sf-radio-group': SfRadioGroup;
  }
}
