import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { validateField, type FieldDefinition, type FieldError, type ErrorCode } from '@service-forms/core';
import { SfAnswerEvent } from '../events/answer-events.js';
import type { CustomMessages } from '../messages/error-messages.js';
import { loadedMessages, loadMessages } from '../messages/load-messages.js';

const VALIDITY_FLAG: Partial<Record<ErrorCode, keyof ValidityStateFlags>> = {
  required: 'valueMissing',
  too_short: 'tooShort',
  too_long: 'tooLong',
  invalid_email: 'typeMismatch',
  invalid_date: 'badInput',
  date_incomplete: 'badInput',
  date_in_future: 'rangeOverflow',
  date_in_past: 'rangeUnderflow',
  too_many_words: 'tooLong',
  below_minimum: 'rangeUnderflow',
  above_maximum: 'rangeOverflow',
  not_a_number: 'badInput',
  not_whole_number: 'badInput',
};

/** Whether two answers are the same: equal, or lists or date parts with equal members. */
function sameAnswer(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/**
 * The base of every `sf-` form control (../docs/decisions/0002-one-field-one-shadow-root.md).
 *
 * One field is one form-associated element whose open shadow root holds the label or legend,
 * the hint, the inline error and native controls, so every ID reference stays in one root.
 * Focus is delegated to the native control; the host carries no role and no ARIA.
 *
 * Validation is core's `validateField`, the same code the form and the server run, and it is
 * shown only after a submit attempt (`showValidation()` or the form's `invalid` event): never
 * while the person is still typing their first answer.
 *
 * @event {SfAnswerEvent} sf-answer - The answer is not the one reported last (typed, chosen or set by script), or the control first renders under its `name` (`SfAnswerEvent`, with `answer` and `first`). Bubbles, not composed.
 * @cssstate user-invalid - The field failed validation after a submit attempt.
 * @cssproperty --sf-color-text - Text colour.
 * @cssproperty --sf-color-hint - Hint text colour.
 * @cssproperty --sf-color-error - Error text and border colour.
 * @cssproperty --sf-color-border - Input border colour.
 * @cssproperty --sf-color-focus - Focus outline colour.
 * @cssproperty --sf-font-family - Font family.
 * @cssproperty --sf-font-size - Base font size.
 * @cssproperty --sf-color-background - Input background (default white).
 * @cssproperty --sf-color-border-light - The bar beside fields revealed under a chosen option.
 * @cssproperty --sf-input-max-width - Widest an input grows (default 100%).
 * @cssproperty --sf-space-field - Space below each field (default 1.875rem).
 * @cssproperty --sf-line-height - Line height of body text (default 1.32).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 * @cssproperty --sf-radius - Corner radius of inputs and buttons (default 0).
 * @cssproperty --sf-space-xs - Label to input, and other small gaps (default 0.3rem).
 * @cssproperty --sf-space-s - Between options, and around revealed fields (default 0.6rem).
 * @cssproperty --sf-space-m - Below hints and error messages (default 0.9rem).
 * @cssproperty --sf-space-l - Indent of revealed fields, space below repeated items (default 1.5rem).
 */
export abstract class FormControl extends LitElement {
  /** Makes the element form-associated: it takes part in `<form>` submission, reset and validation. */
  static readonly formAssociated = true;
  /** An open shadow root that delegates focus to the native control inside. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals;

  /**
   * The name under which the value is submitted. A new name is a new field: an error shown for
   * the old name is not carried over to it (a template that reuses the element for another field).
   * @default ''
   */
  @property({ reflect: true })
  get name(): string {
    return this.fieldName;
  }
  set name(value: string) {
    const old = this.fieldName;
    if (value === old) return;
    this.fieldName = value;
    if (old) this.validationShown = false;
    this.requestUpdate('name', old);
  }
  private fieldName = '';
  /** The visible label (a legend for groups). */
  @property() label = '';
  /** Hint text under the label. */
  @property() hint = '';
  /** Whether an answer is required. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the control; a disabled control is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /**
   * An error message from outside (a server's answer, say), shown until the value changes.
   * Client-side validation messages come from the control itself.
   */
  @property() error = '';
  /** Messages that replace the default wording, keyed by error code. */
  @property({ attribute: false }) messages: CustomMessages = {};

  /** Disabled through an ancestor `<fieldset disabled>`. */
  @state() protected formDisabled = false;
  @state() protected validationShown = false;
  private quietCheck = false;
  /** The name and answer `sf-answer` reported last. */
  private reported: [string, unknown] | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Chrome ("Error:", part labels) and messages re-render when setLocale() switches language.
    updateWhenLocaleChanges(this);
    this.addEventListener('invalid', () => {
      // A native form's submit (or its checkValidity) found this control invalid: from now on,
      // show why. The control's own checkValidity() stays quiet, as a question should.
      if (!this.quietCheck) this.validationShown = true;
    });
  }

  /**
   * The field's definition, as `sf-form` gives it to the controls it renders: the control then
   * validates against it, exactly as the page and the server do, not against the definition its
   * attributes describe. Its words still come from the attributes (`label`, `hint`, in the
   * language of the moment). Leave it unset on a control written by hand: the attributes
   * describe the field.
   */
  @property({ attribute: false }) field: FieldDefinition | undefined;
  /** The field as core's definition format describes it, built from the attributes (used unless `field` is set). */
  protected abstract get fieldDefinition(): FieldDefinition;
  /** The answer core validates: text, or date parts. */
  abstract get answer(): unknown;
  /** The native control that validity messages anchor to and focus lands on. */
  protected abstract get validationAnchor(): HTMLElement | null;
  /** What goes into FormData, and what the browser keeps to restore. */
  protected abstract get formValue(): { value: string | FormData | null; state: string | FormData | null };
  /** Back to the default value (form reset). */
  protected abstract resetValue(): void;
  /** Put back a state the browser kept (back/forward, autofill restore). */
  protected abstract restoreValue(state: string | File | FormData | null): void;

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The `<label>` elements outside that point at this control (`<label for=…>`). */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** The control's `ValidityState`, as on a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The current error message, localized, or `''` when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the control takes part in constraint validation (false when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Whether the value is valid; fires `invalid` if not, but does not reveal the error. */
  checkValidity(): boolean {
    this.quietCheck = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quietCheck = false;
    }
  }
  /** Whether the value is valid; if not, shows the error, as after a submit attempt. */
  reportValidity(): boolean {
    this.validationShown = true;
    return this.internals.reportValidity();
  }

  /** The current validation error as core reports it, or null. */
  get validationError(): FieldError | null {
    if (this.updateValidation) return this.updateValidation.error;
    const result = validateField(this.field ?? this.fieldDefinition, this.answer);
    const error = result.ok ? null : result.error;
    // While Lit renders and commits one update nothing changes the value: validate once.
    if (this.updating) this.updateValidation = { error };
    return error;
  }

  private updating = false;
  private updateValidation: { error: FieldError | null } | undefined;

  protected override update(changed: PropertyValues): void {
    this.updating = true;
    this.updateValidation = undefined;
    try {
      super.update(changed);
    } catch (error) {
      this.updating = false;
      throw error;
    }
  }

  /**
   * The message for the current validation error in the person's language, or ''. The wording
   * is a chunk (messages/load-messages.ts): until it is here, '' and the chunk is asked for; the
   * control renders again once it arrives.
   */
  protected get ownMessage(): string {
    const error = this.validationError;
    if (!error) return '';
    const wording = loadedMessages();
    if (wording) return wording.errorMessage(error, { label: this.label, type: this.fieldDefinition.type, messages: this.messages });
    this.messagesComing ??= loadMessages()
      .then(() => this.requestUpdate(), () => undefined)
      .finally(() => (this.messagesComing = undefined));
    return '';
  }

  /** The wording's chunk on its way (see ownMessage): `updateComplete` waits for it. */
  private messagesComing: Promise<unknown> | undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.messagesComing) {
      await this.messagesComing;
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  /** The error shown inline now: an outside error, else the control's own after a submit attempt. */
  protected get visibleError(): string {
    return this.error || (this.validationShown ? this.ownMessage : '');
  }

  /**
   * Shows this control's validation from now on, as after a submit attempt, and returns the
   * current error; it re-validates as the value changes. For a form of your own, on its submit
   * (`sf-form` sets `validated` from its errors instead).
   */
  showValidation(): FieldError | null {
    this.validationShown = true;
    return this.validationError;
  }

  /**
   * Whether the control shows its validation, as after a submit attempt. `sf-form` sets it from
   * the errors of the last Continue (its answer found wrong there): the control shows why, and
   * re-validates as the value changes. Setting it false hides nothing already shown (a control
   * reused for another field, with a new `name`, starts afresh). By hand, `showValidation()`. @internal
   */
  get validated(): boolean {
    return this.validationShown;
  }
  /** @internal */
  set validated(value: boolean) {
    if (value) this.validationShown = true;
  }

  /**
   * Finishes an update still pending (a value set by script in this same task), so its answer is
   * reported now: sf-form calls it before it reads its answers for a Continue or a page change. @internal
   */
  report(): void {
    if (this.isUpdatePending) this.performUpdate();
  }

  /** Focuses the part of the control an error is about (for a date, that part's box). */
  focusControl(_part?: string, options?: FocusOptions): void {
    this.validationAnchor?.focus(options);
  }

  /** Call from input handlers: a new value makes an outside error stale. */
  protected valueChanged(): void {
    this.error = '';
  }

  /**
   * Enter in a single-line box submits the form, as it would for a native input: the inner
   * input sits in a shadow root with no form of its own, so the browser cannot do it.
   */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    form.requestSubmit();
  }

  /** Re-fires `change`, which does not cross the shadow boundary. */
  protected redispatchChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The ids the inner control's `aria-describedby` lists, hint first, error last. */
  protected describedBy(hintId = 'hint', errorId = 'error'): string | undefined {
    const ids = [this.hint ? hintId : '', this.visibleError ? errorId : ''].filter(Boolean).join(' ');
    return ids || undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { value, state } = this.formValue;
    this.internals.setFormValue(this.isDisabled ? null : value, state);
    const error = this.validationError;
    const anchor = this.validationAnchor ?? undefined;
    if (this.error) {
      this.internals.setValidity({ customError: true }, this.error, anchor);
    } else if (error) {
      const flag = VALIDITY_FLAG[error.code] ?? 'customError';
      // Until the wording's chunk is here, a placeholder: a flag needs a message, never shown.
      this.internals.setValidity({ [flag]: true }, this.ownMessage || '…', anchor);
    } else {
      this.internals.setValidity({});
    }
    const userInvalid = Boolean(this.visibleError);
    if (userInvalid) this.internals.states.add('user-invalid');
    else this.internals.states.delete('user-invalid');
    this.linkOutsideLabels();
    // The answer goes out (to sf-form) when it is new: one way, never read back from the control.
    const answer = this.answer;
    const [name, last] = this.reported ?? [];
    if (name !== this.name || !sameAnswer(answer, last)) {
      this.reported = [this.name, answer];
      this.dispatchEvent(new SfAnswerEvent(answer, name !== this.name));
    }
    this.updating = false;
    this.updateValidation = undefined;
  }

  /**
   * An author's `<label for="host-id">` outside the shadow root cannot be referenced by id from
   * inside it; element references pointing outward can. Used only when no `label` is given.
   */
  private linkOutsideLabels(): void {
    const anchor = this.validationAnchor;
    if (!anchor || this.label) return;
    const labels = [...this.internals.labels] as Element[];
    if (labels.length > 0) anchor.ariaLabelledByElements = labels;
  }

  /** Called by the browser when the form is reset: back to the default value, errors hidden. */
  formResetCallback(): void {
    this.resetValue();
    this.error = '';
    this.validationShown = false;
  }

  /** Called by the browser when an ancestor `<fieldset disabled>` changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser to restore a kept value (back/forward navigation, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.restoreValue(state);
  }
}
