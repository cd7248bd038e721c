import { property, state } from 'lit/decorators.js';
import { FormControl } from './form-control.js';

/**
 * The base of the controls whose answer is one string (text field, textarea, number field,
 * select, radio group), written once (issue 24): the `value` attribute is the default, a form
 * reset goes back to it, and the browser's kept state (back/forward, autofill) is the text.
 * A control that tidies what is typed (the number field) overrides `tidy()`.
 */
export abstract class ValueControl extends FormControl {
  /** The default value; a form reset returns to it. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** What the person typed or chose; undefined until then, or after a form reset. */
  @state() protected currentValue: string | undefined;

  /**
   * The current value: the text in the box as typed (a number field's as shown, `85 000`:
   * setting digits groups them for `money`), or the chosen option's value (`''` when none is
   * chosen); the default (`value` attribute) until the person types or chooses.
   */
  get value(): string {
    return this.currentValue ?? this.tidy(this.defaultValue);
  }
  set value(value: string) {
    this.currentValue = this.tidy(value ?? '');
  }

  override get answer(): string {
    return this.value;
  }

  /** A value as the control shows it; the number field groups digits. */
  protected tidy(text: string): string {
    return text;
  }

  protected override resetValue(): void {
    this.currentValue = undefined;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.currentValue = this.tidy(state);
  }
}
