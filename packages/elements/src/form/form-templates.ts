import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { evaluateCondition, getAnswer, lookupIn, type FieldDefinition, type FieldError, type Scope } from '@service-forms/core';
import { renderField } from './field-renderers.js';
import type { FormWording } from './form-wording.js';

/**
 * sf-form's templates that need nothing of its own state, as plain functions of what they show:
 * a field of the page (and the fields inside it), and what shows while the form loads, when
 * part of it could not be loaded, and after sending when the ending's chunk is not here. The
 * end of the form proper (check answers, the confirmations) is a chunk (form-ending.ts).
 */

/** What the fields of a page are rendered from: sf-form's answers, words and errors. */
export interface PageFieldsState {
  /**
   * The answers, and what the last Continue found wrong on the page by answer path (a
   * repeatable shows its own: too few, too many items).
   */
  session: { readonly answers: Record<string, unknown>; readonly errors: Readonly<Record<string, FieldError>> };
  wording: FormWording;
  /** What the receiver refused, by answer path: shown on the control until the person changes it. */
  refusals: readonly FieldError[];
}

/**
 * Renders a field under a name prefix (`members[1].` for a repeated item's fields), or nothing
 * while its `showIf` fails: what was typed stays in the answers, unsent, until it shows again.
 * The errors of the field's path are worded here, in the language of the moment.
 */
export function renderPageField(field: FieldDefinition, prefix: string, scope: Scope, state: PageFieldsState): unknown {
  const { wording } = state;
  const { answers } = state.session;
  if (field.showIf && !evaluateCondition(field.showIf, lookupIn(scope))) return nothing;
  const path = `${prefix}${field.name}`;
  // Lit may reuse a control for the field in the same place on the next page: the control
  // drops a shown error when its name changes (FormControl.name), so nothing carries over.
  // A repeated item's copy of the field, named by its path, made once (the control is given it as `.field`).
  return renderField(path === field.name ? field : wording.memo(field, path, () => ({ ...field, name: path })), {
    text: wording.text,
    word: wording.messageFor,
    messages: wording.messagesFor(field),
    answer: getAnswer(answers, path),
    error: state.session.errors[path],
    refusal: state.refusals.find((error) => error.field === path),
    // By the definition's own field (a repeated item's copy is made anew each render).
    memo: (_copy, key, make) => wording.memo(field, key, make),
    renderChildren: (fields, childPrefix = prefix) => {
      // A repeated item's fields see the item's answers first, then the form's.
      const item = childPrefix === prefix ? undefined : getAnswer(answers, childPrefix.slice(0, -1));
      const childScope = item && typeof item === 'object' ? { fields, answers: item as Record<string, unknown>, parent: scope } : scope;
      return html`${fields.map((child) => renderPageField(child, childPrefix, childScope, state))}`;
    },
  });
}

/** While the definition (or the ending's chunk) loads. */
export const renderLoading = (): TemplateResult => html`<p role="status">${msg('Loading the form…')}</p>`;

/** Part of the form could not be loaded (a weak connection): say so, with "Try again". */
export const renderLoadError = (retry: () => void): TemplateResult =>
  html`<div class="author-error" role="alert">
    <p>${msg('Part of this form could not be loaded. Check your connection and try again.')}</p>
    <button class="button" part="retry" type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;

/**
 * Sent (or kept on this device) while the ending's chunk could not be fetched (offline since
 * the page opened): the essentials, in the element's own words, so the person still learns
 * what happened.
 */
export const renderSentWithoutEnding = (queued: boolean, reference: string | undefined): TemplateResult =>
  html`<div class="confirmation" part="confirmation">
    <div class="panel" part="panel">
      ${queued
        ? html`<h2 tabindex="-1">${msg('Application saved on this device')}</h2>`
        : html`<h2 tabindex="-1">${msg('Application submitted')}</h2>
            <p>${msg('Your reference number')} <strong class="reference" part="reference">${reference}</strong></p>`}
    </div>
  </div>`;
