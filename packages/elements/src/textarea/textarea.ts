import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { countText, DEFAULT_COUNT_THRESHOLD, textareaLimit, type CountUnit, type FieldDefinition } from '@service-forms/core';
import { ValueControl } from '../internal/value-control.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { announce } from '../internal/live-region.js';
// Through the error messages' chunk, which carries it: one chunk shared, not a small one more.
import { pluralText as plural } from '../messages/error-messages.js';
import { fieldStyles } from '../internal/shared-styles.js';
import { textareaStyles } from './textarea.styles.js';

/** A limit from an attribute: an empty, zero or unreadable one is no limit (Number('') would be 0). */
const limitConverter = {
  fromAttribute: (value: string | null): number | undefined => {
    const number = value === null || value.trim() === '' ? Number.NaN : Number(value);
    return Number.isSafeInteger(number) && number > 0 ? number : undefined;
  },
};

/** How long typing must pause before the count is announced (GOV.UK waits about as long). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/*
 * Each plural form is its own msg() (Russian needs one/few/many, Kazakh and English one/other):
 * see localization/plural.ts.
 */

/** "You have 20 characters remaining" / "You have 3 words too many". */
export function countMessage(remaining: number, unit: CountUnit): string {
  const n = Math.abs(remaining);
  if (unit === 'words') {
    if (remaining < 0) {
      return plural(n, {
        one: () => msg(str`You have ${n} word too many`, { id: 'words-too-many-one' }),
        few: () => msg(str`You have ${n} words too many`, { id: 'words-too-many-few' }),
        many: () => msg(str`You have ${n} words too many`, { id: 'words-too-many-many' }),
        other: () => msg(str`You have ${n} words too many`, { id: 'words-too-many-other' }),
      });
    }
    return plural(n, {
      one: () => msg(str`You have ${n} word remaining`, { id: 'words-remaining-one' }),
      few: () => msg(str`You have ${n} words remaining`, { id: 'words-remaining-few' }),
      many: () => msg(str`You have ${n} words remaining`, { id: 'words-remaining-many' }),
      other: () => msg(str`You have ${n} words remaining`, { id: 'words-remaining-other' }),
    });
  }
  if (remaining < 0) {
    return plural(n, {
      one: () => msg(str`You have ${n} character too many`, { id: 'chars-too-many-one' }),
      few: () => msg(str`You have ${n} characters too many`, { id: 'chars-too-many-few' }),
      many: () => msg(str`You have ${n} characters too many`, { id: 'chars-too-many-many' }),
      other: () => msg(str`You have ${n} characters too many`, { id: 'chars-too-many-other' }),
    });
  }
  return plural(n, {
    one: () => msg(str`You have ${n} character remaining`, { id: 'chars-remaining-one' }),
    few: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-few' }),
    many: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-many' }),
    other: () => msg(str`You have ${n} characters remaining`, { id: 'chars-remaining-other' }),
  });
}

/** "You can enter up to 500 characters": the limit, read once with the field's description. */
export function limitMessage(max: number, unit: CountUnit): string {
  if (unit === 'words') {
    return plural(max, {
      one: () => msg(str`You can enter up to ${max} word`, { id: 'words-limit-one' }),
      few: () => msg(str`You can enter up to ${max} words`, { id: 'words-limit-few' }),
      many: () => msg(str`You can enter up to ${max} words`, { id: 'words-limit-many' }),
      other: () => msg(str`You can enter up to ${max} words`, { id: 'words-limit-other' }),
    });
  }
  return plural(max, {
    one: () => msg(str`You can enter up to ${max} character`, { id: 'chars-limit-one' }),
    few: () => msg(str`You can enter up to ${max} characters`, { id: 'chars-limit-few' }),
    many: () => msg(str`You can enter up to ${max} characters`, { id: 'chars-limit-many' }),
    other: () => msg(str`You can enter up to ${max} characters`, { id: 'chars-limit-other' }),
  });
}

/**
 * A multi-line text box with an optional limit in characters or words and a count under it
 * (GOV.UK's character count): label, hint, inline error, `<textarea>` and count in one shadow
 * root.
 *
 * ```html
 * <sf-textarea name="comment" label="What could we do better?" maxlength="500"></sf-textarea>
 * <sf-textarea name="summary" label="Summary" maxwords="150" threshold="90"></sf-textarea>
 * ```
 *
 * - The count under the box says "You have 20 characters remaining" or "You have 3 characters
 *   too many". It is hidden from screen readers, which would otherwise read it on every key:
 *   their users hear the limit once in the box's description ("You can enter up to 500
 *   characters"), and the count through the page-level live region only when they are near the
 *   limit (`threshold` percent of it used) or over it, once typing has paused for a second.
 * - Typing and pasting past the limit are never blocked; a submit then reports `too_long` or
 *   `too_many_words`. Characters are counted as code points, line breaks as one, and leading and
 *   trailing spaces not at all, as core counts what is submitted.
 * - Enter starts a new line; it does not submit the form.
 *
 * @tag sf-textarea
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart textarea - The native `<textarea>`.
 * @csspart count - The visible count under the box.
 * @event input - When the text changes as the person types (native, composed).
 * @event change - When the person commits a change (re-fired from the host).
 */
export class SfTextarea extends ValueControl {
  static override styles = [fieldStyles, textareaStyles];

  /** Most characters accepted (code points); typing and pasting past it are never blocked. */
  @property({ converter: limitConverter, attribute: 'maxlength' }) maxLength: number | undefined;
  /** Most words accepted, instead of `maxlength` (it wins when both are given). */
  @property({ converter: limitConverter, attribute: 'maxwords' }) maxWords: number | undefined;
  /** Percent of the limit used from which the count is announced to screen readers. */
  @property({ type: Number }) threshold = DEFAULT_COUNT_THRESHOLD;
  /** Visible lines of the box. */
  @property({ type: Number }) rows = 5;
  /** The `autocomplete` token of the inner textarea. */
  @property() autocomplete: string | undefined;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The count last announced, so a pause with no change in the count says nothing again. */
  private lastAnnounced = '';

  /** Characters or words counted now, as core counts them. */
  get count(): number {
    return countText(this.value, this.limit?.unit ?? 'characters');
  }

  private get limit() {
    return textareaLimit({ maxLength: this.maxLength, maxWords: this.maxWords });
  }

  protected override get fieldDefinition(): FieldDefinition {
    const limit = this.limit;
    return {
      type: 'textarea',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      maxLength: limit?.unit === 'characters' ? limit.max : undefined,
      maxWords: limit?.unit === 'words' ? limit.max : undefined,
    };
  }

  protected override get validationAnchor(): HTMLTextAreaElement | null {
    return this.renderRoot?.querySelector('textarea') ?? null;
  }

  protected override get formValue() {
    return { value: this.value, state: this.value };
  }

  protected override resetValue(): void {
    super.resetValue();
    this.lastAnnounced = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.valueChanged();
    // Every key restarts the wait: the count is spoken once the person pauses, not per key.
    clearTimeout(this.announceTimer);
    if (this.limit) this.announceTimer = setTimeout(() => this.announceCount(), COUNT_ANNOUNCE_DELAY_MS);
  }

  /** Leaving the box drops a pending count: it would be heard over the next field's name. */
  private onBlur(): void {
    clearTimeout(this.announceTimer);
  }

  private announceCount(): void {
    const limit = this.limit;
    if (!limit) return;
    const count = this.count;
    if (count < (limit.max * this.threshold) / 100 && count <= limit.max) {
      this.lastAnnounced = '';
      return;
    }
    const message = countMessage(limit.max - count, limit.unit);
    if (message === this.lastAnnounced) return;
    this.lastAnnounced = message;
    announce(message);
  }

  protected override render() {
    const error = this.visibleError;
    const limit = this.limit;
    const remaining = limit ? limit.max - this.count : 0;
    const describedBy = [this.hint ? 'hint' : '', limit ? 'limit' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>${fieldChrome(this.hint, error)}
        <textarea
          id="control"
          class="input textarea"
          part="textarea"
          rows=${this.rows}
          .value=${live(this.value)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          autocomplete=${this.autocomplete ?? nothing}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : nothing}
          @input=${this.onInput}
          @blur=${this.onBlur}
          @change=${this.redispatchChange}
        ></textarea>
        ${limit
          ? html`<div class="count ${remaining < 0 ? 'count--over' : ''}" part="count" aria-hidden="true">${countMessage(remaining, limit.unit)}</div>
              <span id="limit" class="visually-hidden">${limitMessage(limit.max, limit.unit)}</span>`
          : nothing}
      </div>
    `;
  }
}

defineElement('sf-textarea', SfTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'sf-textarea': SfTextarea;
  }
}
