import { html, nothing, type TemplateResult } from 'lit';
import { ACTION, CONTINUE, FEEDBACK_FORM_ID, FEEDBACK_HEADING_ID, FORM_ID, MAIN_ID } from './ids.js';
import { SEND_FEEDBACK } from './feedback.js';
import { errorSummaryTemplate, fieldsTemplate, radiosFieldTemplate, textareaFieldTemplate } from './templates.js';
import type { FieldView } from './views.js';
import type {
  CheckAnswersPageView,
  ConfirmationPageView,
  FeedbackQuestionView,
  FeedbackThanksView,
  LanguagesView,
  MessagePageView,
  PageView,
  PageViewBase,
  PostFormView,
  QuestionPageView,
  SummaryAnswerView,
  SummaryRowView,
} from './page-views.js';

/*
 * The page around the fields (issue 22, step 2): lit-html templates over a resolved page view,
 * with the rules of templates.ts (boolean attribute bindings, string values, nothing unsafe).
 * They make what goes in `<body>`; document.ts (Node) puts it in a whole document. No inline
 * style and no script (strict CSP): the stylesheet the caller links styles the classes.
 */

/**
 * A URL the caller gave, checked: a relative URL or an http(s) one. A `javascript:` (or any
 * other scheme's) URL is a bug in the caller, never something to write: it throws.
 */
export function checkedHref(href: string): string {
  // Browsers drop control characters and spaces around a URL and tabs and line breaks in it.
  const cleaned = [...href].filter((char) => char.charCodeAt(0) > 0x20).join('');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') throw new TypeError(`Not a page URL: ${JSON.stringify(href)}`);
  return href;
}

/** Whether fields hold a submit button of their own (add another's Add and Remove). */
export function hasSubmitButtons(views: readonly FieldView[]): boolean {
  return views.some((view) => {
    switch (view.kind) {
      case 'repeatable':
        return view.add !== undefined || view.items.some((item) => item.remove !== undefined || hasSubmitButtons(item.fields));
      case 'fieldset':
        return hasSubmitButtons(view.fields);
      case 'radios':
      case 'checkboxes':
        return view.options.some((option) => hasSubmitButtons(option.reveals ?? []));
      default:
        return false;
    }
  });
}

/** Whether fields hold a file input: the form must then be `multipart/form-data`. */
export function hasFileField(views: readonly FieldView[]): boolean {
  return views.some((view) => {
    switch (view.kind) {
      case 'file':
        return true;
      case 'repeatable':
        return view.items.some((item) => hasFileField(item.fields));
      case 'fieldset':
        return hasFileField(view.fields);
      case 'radios':
      case 'checkboxes':
        return view.options.some((option) => hasFileField(option.reveals ?? []));
      default:
        return false;
    }
  });
}

/** The language switch: each other language a link in its own `lang`, the current one marked. */
export function languagesTemplate(view: LanguagesView): TemplateResult {
  return html`<nav class="sf-language-switch" aria-label=${view.label}><ul class="sf-language-list">${view.languages.map((language) =>
    language.href === undefined
      ? html`<li class="sf-language-item"><span class="sf-language-current" lang=${language.locale} aria-current="true">${language.name}</span></li>`
      : html`<li class="sf-language-item"><a class="sf-language-link" href=${checkedHref(language.href)} hreflang=${language.locale} lang=${language.locale}>${language.name}</a></li>`,
  )}</ul></nav>`;
}

/**
 * The form's opening and its first children: the CSRF input, then, when the fields hold Add or
 * Remove buttons, a copy of the submit button first in tree order. Enter in a text box submits
 * with the form's default button, the FIRST submit button (HTML's implicit submission): the
 * copy makes it Continue, not "Add another". It is taken out of the tab order and the
 * accessibility tree, and the stylesheet moves it off screen (`default-button`); it posts what
 * the visible Continue posts. Decision 0008, "The page".
 */
function postForm(form: PostFormView, submit: string, defaultButton: boolean, content: TemplateResult): TemplateResult {
  return html`<form class="sf-form" id=${FORM_ID} method="post" novalidate action=${checkedHref(form.action)} enctype=${form.multipart ? 'multipart/form-data' : nothing}>
<input type="hidden" name=${form.csrf.name} value=${form.csrf.value}>
${defaultButton ? html`<button type="submit" class="sf-default-button" name=${ACTION} value=${CONTINUE} tabindex="-1" aria-hidden="true">${submit}</button>` : nothing}${content}
<button type="submit" class="sf-button" name=${ACTION} value=${CONTINUE}>${submit}</button>
</form>`;
}

function questionMain(view: QuestionPageView): TemplateResult {
  return html`${view.errorSummary ? errorSummaryTemplate(view.errorSummary) : nothing}${view.progress ? html`<p class="sf-progress">${view.progress}</p>` : nothing}${
    view.caption ? html`<p class="sf-caption">${view.caption}</p>` : nothing
  }<h1 class="sf-heading">${view.heading}</h1>
${postForm(view.form, view.submit, hasSubmitButtons(view.fields), fieldsTemplate(view.fields))}`;
}

function answerTemplate(answer: SummaryAnswerView): TemplateResult {
  if (answer.kind === 'text') return html`${answer.text}`;
  return html`${answer.items.map(
    (item) => html`<div class="sf-summary-item"><p class="sf-summary-item-label"><strong>${item.label}</strong></p><dl class="sf-summary-item-list">${item.rows.map(
      (row) => html`<dt class="sf-summary-item-key">${row.question}</dt><dd class="sf-summary-item-value">${answerTemplate(row.answer)}</dd>`,
    )}</dl></div>`,
  )}`;
}

/** A row of the GOV.UK summary list: question, answer, and Change with the question for screen readers. */
function rowTemplate(row: SummaryRowView): TemplateResult {
  return html`<div class="sf-summary-row"><dt class="sf-summary-key">${row.question}</dt><dd class="sf-summary-value">${answerTemplate(row.answer)}</dd><dd class="sf-summary-actions"><a class="sf-link" href=${checkedHref(row.change.href)}>${row.change.text}<span class="sf-visually-hidden"> ${row.change.hiddenText}</span></a></dd></div>`;
}

function checkAnswersMain(view: CheckAnswersPageView): TemplateResult {
  return html`${view.errorSummary ? errorSummaryTemplate(view.errorSummary) : nothing}<h1 class="sf-heading">${view.heading}</h1>
${view.sections.map((section) => html`<h2 class="sf-summary-heading">${section.heading}</h2><dl class="sf-summary-list">${section.rows.map(rowTemplate)}</dl>`)}
${postForm(view.form, view.submit, false, html`<h2 class="sf-summary-heading">${view.sendHeading}</h2><p class="sf-body">${view.declaration}</p>`)}`;
}

/**
 * The satisfaction question: a section named by its heading, holding its own form (the CSRF
 * input first, the radios, the comment, Send feedback); or, once answered, the thanks.
 */
function feedbackTemplate(view: FeedbackQuestionView | FeedbackThanksView): TemplateResult {
  if (view.kind === 'thanks') {
    return html`<section class="sf-feedback" aria-labelledby=${FEEDBACK_HEADING_ID}><h2 class="sf-subheading" id=${FEEDBACK_HEADING_ID}>${view.heading}</h2><p class="sf-body">${view.body}</p></section>`;
  }
  return html`<section class="sf-feedback" aria-labelledby=${FEEDBACK_HEADING_ID}><h2 class="sf-subheading" id=${FEEDBACK_HEADING_ID}>${view.heading}</h2>
<form class="sf-form" id=${FEEDBACK_FORM_ID} method="post" novalidate action=${checkedHref(view.form.action)}>
<input type="hidden" name=${view.form.csrf.name} value=${view.form.csrf.value}>
${radiosFieldTemplate(view.rating)}${textareaFieldTemplate(view.comment)}
<button type="submit" class="sf-button" name=${ACTION} value=${SEND_FEEDBACK}>${view.submit}</button>
</form></section>`;
}

function confirmationMain(view: ConfirmationPageView): TemplateResult {
  return html`${view.errorSummary ? errorSummaryTemplate(view.errorSummary) : nothing}<div class="sf-panel"><h1 class="sf-panel-title">${view.heading}</h1><p class="sf-panel-body">${view.referenceLabel} <strong class="sf-reference">${view.reference}</strong></p></div>
<p class="sf-body">${view.body}</p>
${view.whatHappensNext ? html`<h2 class="sf-subheading">${view.whatHappensNext.heading}</h2><p class="sf-body">${view.whatHappensNext.text}</p>` : nothing}
${view.feedback ? feedbackTemplate(view.feedback) : nothing}`;
}

function messageMain(view: MessagePageView): TemplateResult {
  return html`<h1 class="sf-heading">${view.heading}</h1>
${view.paragraphs.map((paragraph) => html`<p class="sf-body">${paragraph}</p>`)}${
    view.link ? html`<p class="sf-body"><a class="sf-link" href=${checkedHref(view.link.href)}>${view.link.text}</a></p>` : nothing
  }`;
}

function mainContent(view: PageView): TemplateResult {
  switch (view.kind) {
    case 'question':
      return questionMain(view);
    case 'check-answers':
      return checkAnswersMain(view);
    case 'confirmation':
      return confirmationMain(view);
    case 'message':
      return messageMain(view);
  }
}

/**
 * What goes in `<body>`: the skip link, the language switch, the Back link, and `<main>`, whose
 * first child is the error summary when there is one (GOV.UK without script: nothing moves
 * focus there, so it comes first, and the title says "Error:").
 *
 * With `enhance` (issue 15) the same page, inside `<sf-form class="sf-served">` after the skip
 * link: until sf-form takes it over, and for good without script, the page has exactly the
 * landmarks and order of one without (the banner, `<main>` with the summary first). Once it takes
 * it over, sf-form draws the header, the column and `<main>` as parts of its own that the
 * stylesheet places where these were (decision 0012, "The served page's structure").
 */
export function pageBodyTemplate(view: PageView): TemplateResult {
  const base: PageViewBase = view;
  const enhance = base.enhance;
  const page = html`${base.languages ? html`<header class="sf-header">${languagesTemplate(base.languages)}</header>` : nothing}
<div class="sf-width-container">
${base.back ? html`<a class="sf-back-link" href=${checkedHref(base.back.href)}>${base.back.text}</a>` : nothing}
<main class="sf-main" id=${MAIN_ID}>${mainContent(view)}</main>
</div>`;
  return html`<a class="sf-skip-link" href=${`#${MAIN_ID}`}>${base.skipLink}</a>
${enhance ? html`<sf-form class="sf-served" src=${checkedHref(enhance.src)} endpoint=${checkedHref(enhance.endpoint)} served=${enhance.served}>${page}</sf-form>` : page}`;
}
