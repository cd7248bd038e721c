import { fieldAtPath, localize, type FieldDefinition, type FieldError, type FormDefinition, type LocalizedText } from '@service-forms/core';
import { getLocale } from '../localization/localization.js';
import type { CustomMessages } from '../messages/error-messages.js';
import { loadedMessages, loadMessages } from '../messages/load-messages.js';

/**
 * What sf-form says in the words of its definition: the language of the definition's text, that
 * text, a field's own error messages and an error's message. What it makes for a field (its
 * messages, a control's options) is kept per field, key and language, so that a control is not
 * handed an equal but new object on every render of the form.
 */
export class FormWording {
  /** Per field and language: what `memo` made (see FieldRenderContext.memo). */
  private made = new WeakMap<object, Map<string, unknown>>();

  /** `form`: the definition shown now, if any. */
  constructor(readonly form: () => FormDefinition | undefined) {}

  /**
   * The language of the definition's text: the one the elements speak (`getLocale()`) when the
   * form declares it, else the form's first locale.
   */
  get locale(): string {
    const declared = this.form()?.locales ?? ['en'];
    const current = getLocale();
    return declared.includes(current) ? current : declared[0]!;
  }

  /** A definition's text in the active language. */
  text = (value: LocalizedText | undefined): string => localize(value, this.locale);

  memo = <T>(field: object, key: string, make: () => T): T => {
    let made = this.made.get(field);
    if (!made) this.made.set(field, (made = new Map()));
    const id = `${this.locale} ${key}`;
    if (!made.has(id)) made.set(id, make());
    return made.get(id) as T;
  };

  /** The field's own messages, by error code, in the active language. */
  messagesFor(field: FieldDefinition): CustomMessages {
    return this.memo(field, 'messages', () => {
      const messages: CustomMessages = {};
      for (const [code, text] of Object.entries(field.messages ?? {})) messages[code as keyof CustomMessages] = this.text(text);
      return messages;
    });
  }

  /**
   * An error's message. The wording is a chunk, fetched when the form opens and awaited
   * (`messagesReady`) before errors show; if it could not be fetched (offline since the page
   * opened), the field's label still names what to fix.
   */
  messageFor = (error: FieldError): string => {
    const field = fieldAtPath(this.form()?.pages.flatMap((page) => page.fields) ?? [], error.field);
    const label = field ? this.text(field.label) : error.field;
    const wording = loadedMessages();
    if (!wording) return label;
    return wording.errorMessage(error, field ? { label, type: field.type, messages: this.messagesFor(field) } : { label, type: 'text' });
  };
}

/** The error messages' chunk, here before errors show (no wait once it is). */
export async function messagesReady(): Promise<void> {
  if (!loadedMessages()) await loadMessages().catch(() => undefined);
}
