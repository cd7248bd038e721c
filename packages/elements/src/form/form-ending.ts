import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  applicableFields,
  formatAnswer as formatted,
  validateFields,
  type FormattedAnswer,
  type FieldDefinition,
  type LocalizedText,
  type PageDefinition,
  type Scope,
} from '@service-forms/core';
import type { FormWording } from './form-wording.js';
import type { SfForm } from './form.js';

export { endingStyles } from './form-ending.styles.js';
export { sendApplication } from './send-application.js';

/**
 * The end of a form, "Check your answers" and the confirmations: a chunk of its own, which
 * `sf-form` fetches once its first page shows (the person needs it minutes later, not before the
 * first question), so the entry a page waits for is smaller.
 */

/** What the check-answers page reads of `sf-form`, made once per render. */
interface CheckAnswersView {
  pages: readonly PageDefinition[];
  answers: Record<string, unknown>;
  askedFields: readonly FieldDefinition[];
  /** Where the answers' conditions look values up: every asked field. */
  scope: Scope;
  locale: string;
  text(value: LocalizedText | undefined): string;
  change(event: Event, pageId: string): void;
}

/**
 * "Check your answers" of `host`: every answer with its Change link (that page, then back
 * here), the error summary, and Accept and send.
 */
export function renderCheckAnswers(host: SfForm): TemplateResult {
  const pages = host.pages;
  const askedFields = host.askedFields;
  const submitting = host.status === 'submitting';
  const summary = host.errors.items;
  const view: CheckAnswersView = {
    pages,
    answers: host.session.answers,
    askedFields,
    scope: { fields: askedFields, answers: host.session.answers },
    locale: host.wording.locale,
    text: host.wording.text,
    change: (event, pageId) => {
      event.preventDefault();
      host.session = { ...host.session, returnToCheck: true };
      void host.flow.goTo(pageId);
    },
  };
  // Every valid answer, even when another is missing (a Change made a new question apply):
  // that one shows as not answered, and sending leads to it.
  const values = validateFields(view.pages.flatMap((page) => page.fields), view.answers, { scopeFields: view.askedFields }).data;
  return html`
    <h2 part="title" data-page-heading tabindex="-1">${msg('Check your answers before sending your application')}</h2>
    ${summary.length > 0 ? html`<sf-error-summary .items=${summary}></sf-error-summary>` : nothing}
    ${view.pages.map(
      (page) => html`<h3 class="check-heading">${view.text(page.title)}</h3>
        <dl class="summary-list" part="summary-list">
          ${applicableFields(page.fields, view.answers, { scopeFields: view.askedFields }).map((field) => answerRow(view, field, values[field.name], page.id))}
        </dl>`,
    )}
    <form novalidate @submit=${host.flow.continue}>
      <h3 class="check-heading">${msg('Now send your application')}</h3>
      <p>${msg('By sending this application you confirm that, to the best of your knowledge, the details you are providing are correct.')}</p>
      <button class="button" part="submit" type="submit" aria-disabled=${submitting ? 'true' : nothing}>${msg('Accept and send')}</button>
      ${submitting ? html`<p class="status" role="status">${msg('Sending your application…')}</p>` : nothing}
    </form>
  `;
}

function answerRow(view: CheckAnswersView, field: FieldDefinition, value: unknown, pageId: string) {
  const label = view.text(field.label);
  return html`<div class="summary-row">
    <dt>${label}</dt>
    <dd>${formatAnswer(view, field, value)}</dd>
    <dd class="summary-action">
      <a href="#sf-field-${field.name}" @click=${(event: Event) => view.change(event, pageId)}
        >${msg('Change')} <span class="visually-hidden">${label}</span></a
      >
    </dd>
  </div>`;
}

/** An answer as the person would say it, in their language: core's formatting, our words. */
function formatAnswer(view: CheckAnswersView, field: FieldDefinition, value: unknown): unknown {
  return renderAnswer(formatted(field, value, { locale: view.locale, text: view.text, scope: view.scope }));
}

function renderAnswer(answer: FormattedAnswer): unknown {
  switch (answer.kind) {
    case 'not-answered':
      return msg('Not answered');
    case 'yes':
      return msg('Yes');
    case 'items':
      return html`${answer.items.map(
        (item) => html`<div class="summary-item">
          <strong>${item.label}</strong>
          <dl>
            ${item.rows.map((row) => html`<dt>${row.question}</dt><dd>${renderAnswer(row.answer)}</dd>`)}
          </dl>
        </div>`,
      )}`;
    default:
      return answer.text;
  }
}

/** Kept by the offline outbox: saved on this device, sent when back online. */
export function renderQueued(): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
    <div class="panel panel--queued" part="panel">
      <h2 tabindex="-1">${msg('Application saved on this device')}</h2>
      <p>${msg('You are offline, so your application has not been sent yet. It will be sent automatically when you are back online, even if you close this page and open it again later.')}</p>
    </div>
    <p>${msg('You will get a reference number once it has been sent. Do not fill in the form again: that would send a second application.')}</p>
  </div>`;
}

/**
 * Sent: the reference number, what happens next, and the satisfaction question (`sf-feedback`,
 * its own chunk, fetched as the confirmation shows) unless the definition says
 * `"feedback": false` or the adapter cannot send feedback.
 */
export function renderConfirmation(reference: string | undefined, wording: FormWording, answers: Record<string, unknown>, adapter: unknown): TemplateResult {
  const form = wording.form();
  const whatHappensNext = wording.text(form?.whatHappensNext);
  // Checked here, not with core's canSendFeedback: importing it would make a chunk of its own.
  const asks = !!form && form.feedback !== false && typeof (adapter as { sendFeedback?: unknown } | undefined)?.sendFeedback === 'function';
  if (asks) void import('../feedback/feedback.js').catch(() => undefined);
  const region = form?.analytics?.region && answers[form.analytics.region];
  return html`<div class="confirmation" part="confirmation">
    <div class="panel" part="panel">
      <h2 tabindex="-1">${msg('Application submitted')}</h2>
      <p>
        ${msg('Your reference number')}
        <strong class="reference" part="reference">${reference}</strong>
      </p>
    </div>
    <p>${msg('We have received your application. Keep the reference number: you will need it if you contact us.')}</p>
    ${whatHappensNext
      ? html`<h3>${msg('What happens next')}</h3>
          <p>${whatHappensNext}</p>`
      : nothing}
    <slot name="feedback"></slot>
    ${asks
      ? html`<sf-feedback
          heading-level="3"
          form-id=${form.id}
          form-version=${form.version}
          locale=${wording.locale}
          region=${typeof region === 'string' && region ? region : nothing}
          .adapter=${adapter}
        ></sf-feedback>`
      : nothing}
  </div>`;
}
