import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { ErrorCode, FieldDefinition } from '@service-forms/core';
import { FormControl } from '../internal/form-control.js';
import { fieldChrome } from '../internal/field-chrome.js';
import { defineElement } from '../internal/define.js';
import { announce } from '../internal/live-region.js';
import { fieldStyles } from '../internal/shared-styles.js';
// Through the error messages' chunk, which carries it: one chunk shared, not a small one more.
import { fileSizeText as formatFileSize } from '../messages/error-messages.js';
import { fileUploadStyles } from './file-upload.styles.js';

/**
 * Errors about files the person has just chosen. They show at once, not only after a submit
 * attempt: the person needs to know now that the file they picked will not be accepted, and the
 * error exists only because they acted. "Select a file" (`required`) still waits for a submit.
 */
const REFUSAL_CODES: ReadonlySet<ErrorCode> = new Set(['file_type', 'file_too_large', 'file_empty', 'too_many_files']);

/** The same file chosen twice is listed once. */
const fileKey = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

/**
 * Choosing files to send with the form: a native `<input type="file">` with its label, hint
 * and inline error in one shadow root, and a list of the chosen files, each with its size and
 * a "Remove" button.
 *
 * ```html
 * <sf-file-upload name="proof" label="Proof of income" accept="application/pdf,image/jpeg,.png"
 *   max-size-bytes="5242880" multiple max-files="5" required></sf-file-upload>
 * ```
 *
 * - With `multiple`, choosing again adds to the list (the same file is listed once); without,
 *   a new choice replaces the file.
 * - Type, size, empty files and the number of files are checked as soon as files are chosen,
 *   by core's validator; such an error shows inline at once and is announced. A missing file is
 *   reported only after a submit attempt, like every other field. A refused file stays in the
 *   list so the person can see which one it was and remove it.
 * - Removing a file announces it ("report.pdf removed") through the page-level live region and
 *   moves focus to the next file's Remove button, else to the file input.
 * - FormData gets one entry per file under `name`. Browsers cannot restore chosen files after a
 *   reload; a restore state holding `File`s (a FormData) is accepted.
 * - Enter on the file input opens the file chooser, as on a native one: it does not submit.
 *
 * @tag sf-file-upload
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The inline error message.
 * @csspart input - The native `<input type="file">`.
 * @csspart files - The list of chosen files.
 * @csspart file - One chosen file in the list.
 * @csspart remove - A file's Remove button.
 * @event input - When the person chooses files (native, composed).
 * @event change - When the chosen files change: chosen or removed (fired from the host).
 * @cssproperty --sf-color-secondary-button - Background of the file chooser button.
 * @cssproperty --sf-color-link - Colour of the Remove buttons.
 */
export class SfFileUpload extends FormControl {
  static override styles = [fieldStyles, fileUploadStyles];

  /**
   * File types accepted, as the native `accept` attribute: MIME types and extensions separated
   * by commas (`application/pdf,image/jpeg,.png`). Passed to the file chooser and checked.
   */
  @property() accept = '';
  /** The largest file accepted, in bytes. */
  @property({ type: Number, attribute: 'max-size-bytes' }) maxSizeBytes: number | undefined;
  /** Whether several files may be chosen; choosing again then adds to the list. */
  @property({ type: Boolean, reflect: true }) multiple = false;
  /** Most files accepted when `multiple`. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles: number | undefined;

  @state() private currentFiles: File[] = [];

  /**
   * The chosen files, in the order chosen. Setting it (a list or a `FileList`) replaces the
   * list, e.g. to show files chosen on an earlier visit to the page; the `File` objects are kept
   * as given, not copied.
   */
  get files(): File[] {
    return [...this.currentFiles];
  }
  set files(files: readonly File[] | FileList | null | undefined) {
    this.currentFiles = [...new Set(Array.from(files ?? []))];
  }

  /** The files, for core's file validator (each has `name`, `size` and `type`). */
  override get answer(): File[] {
    return this.files;
  }

  private get acceptList(): string[] {
    return this.accept
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  }

  protected override get fieldDefinition(): FieldDefinition {
    const accept = this.acceptList;
    return {
      type: 'file',
      name: this.name || 'field',
      label: { und: this.label },
      required: this.required,
      accept: accept.length > 0 ? accept : undefined,
      maxSizeBytes: this.maxSizeBytes,
      multiple: this.multiple,
      maxFiles: this.maxFiles,
    };
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[type="file"]') ?? null;
  }

  protected override get validationAnchor(): HTMLInputElement | null {
    return this.input;
  }

  protected override get visibleError(): string {
    const shown = super.visibleError;
    if (shown) return shown;
    const error = this.validationError;
    return error && REFUSAL_CODES.has(error.code) ? this.ownMessage : '';
  }

  protected override get formValue() {
    const data = new FormData();
    for (const file of this.currentFiles) data.append(this.name, file);
    return { value: this.currentFiles.length > 0 ? data : null, state: data };
  }

  protected override resetValue(): void {
    this.currentFiles = [];
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    if (state instanceof File) this.files = [state];
    else if (state instanceof FormData) this.files = [...state.values()].filter((value): value is File => value instanceof File);
  }

  private onChange(event: Event): void {
    const chosen = [...((event.target as HTMLInputElement).files ?? [])];
    if (chosen.length === 0) {
      // A cancelled chooser may clear the native input: the list stays, so show it again.
      this.requestUpdate();
      return;
    }
    if (this.multiple) {
      const known = new Set(this.currentFiles.map(fileKey));
      this.currentFiles = [...this.currentFiles, ...chosen.filter((file) => !known.has(fileKey(file)))];
    } else {
      this.currentFiles = [chosen[0]!];
    }
    this.valueChanged();
    this.redispatchChange();
    const error = this.validationError;
    if (error && REFUSAL_CODES.has(error.code)) announce(`${msg('Error:')} ${this.ownMessage}`);
  }

  private async removeFile(file: File): Promise<void> {
    const index = this.currentFiles.indexOf(file);
    if (index < 0) return;
    this.currentFiles = this.currentFiles.filter((other) => other !== file);
    this.valueChanged();
    this.redispatchChange();
    announce(msg(str`${file.name} removed`));
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove');
    (buttons[index] ?? this.input)?.focus();
  }

  /**
   * Keeps the native input showing the same files as the list ("2 files"), so its own text and
   * its accessibility value agree with what will be sent.
   */
  private syncInput(): void {
    const input = this.input;
    if (!input) return;
    const shown = [...(input.files ?? [])];
    if (shown.length === this.currentFiles.length && shown.every((file, i) => file === this.currentFiles[i])) return;
    try {
      const transfer = new DataTransfer();
      for (const file of this.currentFiles) transfer.items.add(file);
      input.files = transfer.files;
    } catch {
      // No DataTransfer constructor (old browsers): the list below still shows the truth.
      if (this.currentFiles.length === 0) input.value = '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    this.syncInput();
    super.updated(changed);
  }

  protected override render() {
    const error = this.visibleError;
    const refused = error ? this.validationError?.params.name : undefined;
    const disabled = this.isDisabled;
    // aria-invalid is always explicit: Chromium exposes a required, empty file input as invalid
    // from the start (and never as required: it is a button), which would break the rule that
    // nothing is invalid before a submit attempt. `required` stays for browsers that expose it.
    return html`
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" for="control" part="label">${this.label}</label>${fieldChrome(this.hint, error)}
        <input
          id="control"
          class="file-input"
          part="input"
          type="file"
          accept=${this.accept || nothing}
          ?multiple=${this.multiple}
          ?required=${this.required}
          ?disabled=${disabled}
          aria-describedby=${this.describedBy() ?? nothing}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${this.onChange}
        />
        ${this.currentFiles.length > 0
          ? html`<ul class="files" part="files">
              ${repeat(
                this.currentFiles,
                (file) => file,
                (file) => html`<li class="file ${file.name === refused ? 'file--refused' : ''}" part="file">
                  <span class="file-text">${file.name}, <span class="file-size">${formatFileSize(file.size)}</span></span>
                  <button class="remove" part="remove" type="button" ?disabled=${disabled} @click=${() => this.removeFile(file)}>
                    ${msg('Remove')}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
    `;
  }
}

defineElement('sf-file-upload', SfFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'sf-file-upload': SfFileUpload;
  }
}
