import type { FormSession, FormSessionState } from '@service-forms/core';
import { documentTemplate } from './document.js';
import { renderToString } from './render-string.js';
import type { PageView } from './page-views.js';
import {
  checkAnswersPageView,
  confirmationPageView,
  feedbackThanksPageView,
  formPageView,
  messagePageView,
  questionPageView,
  type ConfirmationPageOptions,
  type FormPageOptions,
  type MessagePageOptions,
  type PageOptions,
} from './page-views-from-session.js';

/*
 * Node only: whole HTML documents from a FormSession state (docs/html-renderer.md). Each
 * function makes the page's view (page-views-from-session.ts) and renders it in the document
 * (document.ts) with @lit-labs/ssr.
 */

/** Any page view as a whole document: `<!doctype html>` to `</html>`. */
export function renderPage(view: PageView): string {
  return renderToString(documentTemplate(view));
}

/** The page the state is on: its questions, or check answers (`state.step` is `check-answers`). */
export function renderFormPage(session: FormSession, state: FormSessionState, options: FormPageOptions): string {
  return renderPage(formPageView(session, state, options));
}

/** A page of questions (the state's step must be a page). */
export function renderQuestionPage(session: FormSession, state: FormSessionState, options: Omit<FormPageOptions, 'changeHref'>): string {
  return renderPage(questionPageView(session, state, options));
}

/** Check answers, whatever the state's step. */
export function renderCheckAnswersPage(session: FormSession, state: FormSessionState, options: FormPageOptions): string {
  return renderPage(checkAnswersPageView(session, state, options));
}

/** The confirmation with the reference the service gave. */
export function renderConfirmationPage(session: FormSession, state: FormSessionState, options: ConfirmationPageOptions): string {
  return renderPage(confirmationPageView(session, state, options));
}

/** After the confirmation's satisfaction question was answered: "Thank you for your feedback", Back to the confirmation. */
export function renderFeedbackThanksPage(session: FormSession, state: FormSessionState, options: PageOptions): string {
  return renderPage(feedbackThanksPageView(session, state, options));
}

/** A page of the server's own: "Your session has expired", "Form not found". */
export function renderMessagePage(options: MessagePageOptions): string {
  return renderPage(messagePageView(options));
}
