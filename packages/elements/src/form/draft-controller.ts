import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, type FormDefinition } from '@service-forms/core';
import { IndexedDbDraftStore, debounce, type Debounced, type DraftStore } from '@service-forms/adapters';
import { announce } from '../internal/live-region.js';
import { lazyTagsForUnchecked } from '../lazy/element-loader.js';

export interface DraftHost extends ReactiveControllerHost {
  /** The store, given by the page or (unset) the IndexedDB one. */
  draftStore: DraftStore | undefined;
}

export interface DraftOptions {
  /** The form shown now, if any. */
  form(): FormDefinition | undefined;
  /** What a save writes, read when it runs: the answers and the page shown. */
  read(): { answers: Record<string, unknown>; step: string };
  /** The person cleared their answers from this device: start the form afresh. */
  cleared(form: FormDefinition): void;
}

/**
 * A draft on this device (docs/adapters.md, "Drafts"): restores the answers and the page a
 * draft kept when the form opens, saves a second after the last change and at once when the
 * page is hidden or left, and renders the note with "Clear my answers from this device" (and,
 * for a form that asks for files, whether to keep those too, never without asking). It is part
 * of the services chunk, like the store: a form without drafts never loads it.
 */
export class DraftController implements ReactiveController {
  /** A draft is kept now (the note shows). */
  private saved = false;
  /** The date of a restored draft, shown in the note. */
  restoredAt: string | undefined;
  /** The person agreed to keep the files they chose in the draft too. */
  private files = false;
  private asksFiles = false;
  private save: Debounced<[]> | undefined;

  constructor(
    private readonly host: DraftHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.saveNow);
    document.addEventListener('visibilitychange', this.saveNow);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.saveNow);
    document.removeEventListener('visibilitychange', this.saveNow);
    this.save?.flush();
  }

  /** Opens the form's draft: what it kept (answers, page), if there is one for this version. */
  async open(form: FormDefinition): Promise<{ answers: Record<string, unknown>; step?: string | undefined } | undefined> {
    const store = (this.host.draftStore ??= new IndexedDbDraftStore());
    this.asksFiles = lazyTagsForUnchecked(form.pages).has('sf-file-upload');
    this.save = debounce(() => {
      const { answers, step } = this.options.read();
      void store.save(form.id, form.version, answers, { files: this.files, step }).then((saved) => {
        if (saved && !this.saved) this.update({ saved });
      });
    }, 1000);
    const draft = await store.load(form.id, form.version);
    if (!draft || this.options.form() !== form) return undefined;
    this.update({ saved: true, files: containsFile(draft.answers), restoredAt: draft.savedAt });
    announce(msg('Your answers saved on this device have been restored.'));
    return { answers: structuredClone(draft.answers) as Record<string, unknown>, step: draft.step };
  }

  /** The answers or the page changed: saved after a pause. */
  later(): void {
    this.save?.();
  }

  /** Sent, or kept by the outbox: the draft has done its job (the host clears the store). */
  discard(): void {
    this.save?.cancel();
    this.update({ saved: false });
  }

  /** The note that answers are kept on this device, with the way to clear them. */
  renderNotice(locale: string) {
    if (!this.saved) return nothing;
    return html`<div class="draft" part="draft">
      <p>${this.restoredAt ? msg(str`We restored the answers you saved on this device on ${formatDate(this.restoredAt.slice(0, 10), locale, 'long')}.`) : msg('Your answers are saved on this device as you type.')}</p>
      ${this.asksFiles
        ? html`<label class="draft-files"
            ><input type="checkbox" .checked=${this.files} @change=${this.onFilesChange} />${msg('Also keep the files I have chosen on this device')}</label
          >`
        : nothing}
      <button class="link-button" type="button" @click=${this.clear}>${msg('Clear my answers from this device')}</button>
    </div>`;
  }

  private update(changes: { saved?: boolean; files?: boolean; restoredAt?: string | undefined }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** Leaving the page (or hiding it: a phone switching apps): save what waits for its pause. */
  private readonly saveNow = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.save?.flush();
  };

  /** The person's choice about files in the draft: saved at once, with or without them. */
  private readonly onFilesChange = (event: Event): void => {
    this.update({ files: (event.target as HTMLInputElement).checked });
    this.save?.();
    this.save?.flush();
  };

  private readonly clear = async (): Promise<void> => {
    this.save?.cancel();
    const form = this.options.form();
    const store = this.host.draftStore;
    if (!form || !store) return;
    try {
      await store.clear(form.id);
    } catch {
      announce(msg('Your answers could not be cleared from this device. Try again.'));
      return;
    }
    this.update({ saved: false, files: false, restoredAt: undefined });
    this.options.cleared(form);
    announce(msg('Your answers have been cleared from this device.'));
  };
}

/** Whether answers hold a chosen file anywhere. */
function containsFile(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (Array.isArray(value)) return value.some(containsFile);
  return value !== null && typeof value === 'object' && Object.values(value).some(containsFile);
}
