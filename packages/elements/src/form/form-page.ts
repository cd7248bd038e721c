import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { checksAnswers, stepPosition, type FormDefinition, type PageDefinition, type Scope } from '@service-forms/core';
import { renderPageField } from './form-templates.js';
import type { SfForm } from './form.js';

/**
 * A page of `host`'s form as it shows while the person answers it: "Step 2 of 5", the service's
 * name over the page's own title, the error summary, the page's fields with their answers, and
 * Continue (Submit on the last page of a form without "Check your answers"). Its events go to
 * the host: Continue to the page flow, typing and "Add another" to the answers.
 */
export function renderPage(host: SfForm, form: FormDefinition, page: PageDefinition, pages: readonly PageDefinition[]): TemplateResult {
  // One lookup scope for the page's conditions, not one per field (applicablePages each time).
  const scope: Scope = { fields: pages.flatMap((p) => p.fields), answers: host.session.answers };
  const position = stepPosition(pages, page.id);
  const last = position === pages.length && !host.session.returnToCheck;
  // A page of a longer form is headed by its own title, under the service's name (GOV.UK's caption).
  const paged = pages.length > 1 || form.pages.length > 1;
  const { wording, errors } = host;
  return html`
    ${pages.length > 1 ? html`<p class="progress" part="progress">${msg(str`Step ${position} of ${pages.length}`)}</p>` : nothing}
    ${paged ? html`<p class="caption" part="caption">${wording.text(form.title)}</p>` : nothing}
    <h2 part="title" data-page-heading tabindex="-1">${wording.text(paged ? page.title : form.title)}</h2>
    ${errors.items.length > 0 ? html`<sf-error-summary .items=${errors.items}></sf-error-summary>` : nothing}
    <form
      novalidate
      @submit=${host.flow.continue}
      @sf-answer=${host.controls.onAnswer}
      @sf-add-item=${host.controls.onItems}
      @sf-remove-item=${host.controls.onItems}
    >
      ${page.fields.map((field) => renderPageField(field, '', scope, host))}
      <button class="button" part="submit" type="submit" aria-disabled=${host.status === 'submitting' ? 'true' : nothing}>
        ${last && !checksAnswers(form) ? msg('Submit') : msg('Continue')}
      </button>
      ${host.status === 'submitting' ? html`<p class="status" role="status">${msg('Sending your application…')}</p>` : nothing}
    </form>
  `;
}
