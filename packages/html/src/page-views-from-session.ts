import {
  CHECK_ANSWERS,
  FEEDBACK_COMMENT_MAX,
  FEEDBACK_RATINGS,
  errorSentence,
  fieldAtPath,
  formatBytes,
  formatDate,
  getAnswer,
  localize,
  message,
  readFiles,
  splitFiles,
  wordAnswer,
  type ErrorCode,
  type FieldDefinition,
  type FormSession,
  type FormSessionState,
  type LocalizedText,
  type ServedState,
} from '@service-forms/core';
import { buildFieldViews, type ErrorAtPath, type ViewChrome } from './views-from-definition.js';
import { errorTargetId, partId } from './ids.js';
import { FEEDBACK_COMMENT, FEEDBACK_RATING, type FeedbackPost } from './feedback.js';
import { hasFileField } from './page-templates.js';
import { pageFieldShows, type ShowOptions } from './page-fields.js';
import { languageName, skipLinkText } from './page-words.js';
import type { ErrorSummaryView, FieldView, RadiosFieldView, TextareaFieldView } from './views.js';
import type { CheckAnswersPageView, ConfirmationPageView, EnhanceView, FeedbackQuestionView, FeedbackThanksView, LanguagesView, MessagePageView, PageViewBase, QuestionPageView, SummaryAnswerView } from './page-views.js';

/*
 * Page views from a FormSession state (issue 22, step 2): the definition's text in the state's
 * language, every other word from core's catalogue (`message`, `errorSentence`, `wordAnswer`),
 * exactly as the elements say them; every URL from the caller. No DOM and no SSR here: the
 * views can be made in Node or a browser; render-page.ts (Node) turns them into documents.
 */

/** What every page takes from the caller: URLs are used as given, never built here. */
export interface PageOptions extends ShowOptions {
  /** The stylesheet's URL: `<link rel="stylesheet">`, the page's only styling (no inline style). */
  stylesheet?: string;
  /**
   * The URL of this page in another of the form's languages: one link per other language. No
   * switch is shown without it, or on a form in one language.
   */
  languageHref?(locale: string): string;
  /** The Back link's URL; no Back link without it (the first page, the confirmation). */
  back?: string;
}

/** What a page with a form takes besides: where it posts, and its CSRF token. */
export interface FormPageOptions extends PageOptions {
  /** The form's `action`: where the page posts (read back with `readPagePost`). */
  action: string;
  /** The hidden CSRF input, first in the form: its name and value. */
  csrf: { name: string; value: string };
  /** Check answers' Change links: the page (`step`) and the field (its answer path) to change. */
  changeHref(step: string, fieldPath: string): string;
  /** Check answers after a send that failed: the summary says so ("Your application was not sent…"). */
  sendFailed?: boolean;
  /**
   * `<sf-form>` takes the page over when the bundle arrives (issue 15): the bundle's URL,
   * sf-form's `src` (the definition) and `endpoint`, and the session's submission id, which
   * sf-form sends with so the receiver stores one application whichever way it was finished.
   */
  enhance?: EnhanceOptions;
}

/** What a page taken over by `<sf-form>` needs from the caller (`FormPageOptions.enhance`). */
export interface EnhanceOptions {
  script: string;
  src: string;
  endpoint: string;
  submissionId: string;
}

/** The application so far as a served page hands it to `<sf-form>`: core's (the browser reads it), re-exported. */
export type { ServedState } from '@service-forms/core';

/** {@link ServedState} of a session's state, without its files. */
export function servedState(session: FormSession, state: FormSessionState, submissionId: string): ServedState {
  const fields = session.definition.pages.flatMap((page) => page.fields);
  let files = false;
  const { answers } = splitFiles(fields, state.answers as Parameters<typeof splitFiles>[1], (value) => {
    if (value.length > 0) files = true;
    return value;
  });
  const { formId, formVersion, locale, step, history, returnToCheck } = state;
  return { formId, formVersion, submissionId, locale, step, history: [...history], returnToCheck, answers: answers as ServedState['answers'], ...(files ? { files: true as const } : {}) };
}

function enhanceView(session: FormSession, state: FormSessionState, enhance: EnhanceOptions | undefined): { enhance?: EnhanceView } {
  if (!enhance) return {};
  const { script, src, endpoint, submissionId } = enhance;
  return { enhance: { script, src, endpoint, served: JSON.stringify(servedState(session, state, submissionId)) } };
}

export interface ConfirmationPageOptions extends Omit<PageOptions, 'back'> {
  /** The reference the service gave the submission (the adapter's receipt). */
  reference: string;
  /**
   * The satisfaction question under the confirmation (issue 16): where it posts and its CSRF
   * token. Not asked when the definition says `"feedback": false`, nor without this.
   */
  feedback?: FeedbackOptions;
}

/** Where the confirmation's satisfaction question posts, and what it shows. */
export interface FeedbackOptions {
  /** The form's `action` (read back with `readFeedbackPost`). */
  action: string;
  /** The hidden CSRF input, first in the form. */
  csrf: { name: string; value: string };
  /**
   * A post that had problems (`readFeedbackPost`): the rating and the comment shown back as
   * they were, the error summary first in `<main>`, each problem on its field, "Error: " in the title.
   */
  post?: Pick<FeedbackPost, 'rating' | 'comment' | 'problems'>;
  /** This submission's feedback was received: the thanks in the question's place. */
  given?: boolean;
}

/** Lower-cases the first letter unless the second is a capital, as sf-repeatable puts an item mid-sentence. */
const midSentence = (text: string) => (text.length > 1 && text[1] === text[1]!.toLowerCase() ? text[0]!.toLowerCase() + text.slice(1) : text);

/** The field chrome of a language, from the catalogue, as the elements word it. */
export function catalogueChrome(locale: string): ViewChrome {
  return {
    errorPrefix: message(locale, 'error-prefix'),
    // The elements show no "(optional)": neither does the page.
    dateParts: { day: message(locale, 'date-day'), month: message(locale, 'date-month'), year: message(locale, 'date-year') },
    inTenge: message(locale, 'in-tenge'),
    // sf-select's empty option without a placeholder says nothing.
    selectPlaceholder: '',
    itemHeading: (itemLabel, position) => `${itemLabel} ${position}`,
    add: (itemLabel, count) => message(locale, count === 0 ? 'add-item' : 'add-another', { mid: midSentence(itemLabel) }),
    remove: (itemHeading) => ({ text: message(locale, 'remove'), hiddenText: midSentence(itemHeading) }),
    limit: (max, unit) => message(locale, unit === 'words' ? 'words-limit' : 'chars-limit', { max }),
    // The birth date a valid IIN encodes, as sf-text-field shows it under the box.
    iinEcho: (birthDate) => message(locale, 'iin-born', { date: formatDate(birthDate, locale, 'long') }),
  };
}

/** The text of a definition in a language. */
const texter = (locale: string) => (value: LocalizedText | undefined) => localize(value, locale);

/** A field's error as the elements word it: its label, type and own messages in the language. */
function wordError(field: FieldDefinition | undefined, error: FormSessionState['errors'][string], locale: string): string {
  const text = texter(locale);
  if (!field) return errorSentence(error, { label: error.field, type: 'text' }, locale);
  const messages: Partial<Record<ErrorCode, string>> = {};
  for (const [code, value] of Object.entries(field.messages ?? {})) messages[code as ErrorCode] = text(value);
  return errorSentence(error, { label: text(field.label), type: field.type, messages }, locale);
}

/** Every view by its path, through groups, reveals and items. */
function viewsByPath(views: readonly FieldView[], out = new Map<string, FieldView>()): Map<string, FieldView> {
  for (const view of views) {
    out.set(view.name, view);
    if (view.kind === 'fieldset') viewsByPath(view.fields, out);
    if (view.kind === 'repeatable') for (const item of view.items) viewsByPath(item.fields, out);
    if (view.kind === 'radios' || view.kind === 'checkboxes') for (const option of view.options) viewsByPath(option.reveals ?? [], out);
  }
  return out;
}

/** Files received earlier, as a file field lists them: "cv.pdf, 120 KB". */
function listFiles(views: readonly FieldView[], answers: Record<string, unknown>, locale: string): void {
  for (const view of viewsByPath(views).values()) {
    if (view.kind !== 'file') continue;
    const files = readFiles(getAnswer(answers, view.name));
    if (files?.length) view.files = files.map((file) => `${file.name}, ${formatBytes(file.size, locale)}`);
  }
}

/** The title of a page: its heading and the form's, as sf-form writes it; "Error: " first when in error. */
function pageTitle(heading: string, formTitle: string, locale: string, inError = false): string {
  const title = heading && heading !== formTitle ? `${heading} – ${formTitle}` : formTitle;
  return inError ? `${message(locale, 'error-prefix')} ${title}` : title;
}

function languagesView(locales: readonly string[], current: string, href: ((locale: string) => string) | undefined): LanguagesView | undefined {
  if (!href || locales.length < 2) return undefined;
  return {
    label: message(current, 'language'),
    languages: locales.map((locale) => ({ locale, name: languageName(locale), ...(locale === current ? {} : { href: href(locale) }) })),
  };
}

/** What every page of the form has: lang, skip link, language switch, stylesheet, Back. */
function baseView(session: FormSession, state: FormSessionState, options: PageOptions, title: string): PageViewBase {
  const languages = languagesView(session.definition.locales, state.locale, options.languageHref);
  return {
    lang: state.locale,
    title,
    skipLink: skipLinkText(state.locale),
    ...(options.stylesheet !== undefined ? { stylesheet: options.stylesheet } : {}),
    ...(languages ? { languages } : {}),
    ...(options.back !== undefined ? { back: { href: options.back, text: message(state.locale, 'back') } } : {}),
  };
}

/**
 * The page of questions the state is on: labels, hints and options in its language, answers
 * exactly as typed, errors worded by the catalogue with the summary first (each link to the
 * control, a date's first part in error), "Step n of m", Continue.
 */
export function questionPageView(session: FormSession, state: FormSessionState, options: Omit<FormPageOptions, 'changeHref'>): QuestionPageView {
  const page = session.page(state);
  if (!page) throw new RangeError('The state is on check answers: use checkAnswersPageView');
  const form = session.definition;
  const { locale } = state;
  const text = texter(locale);
  const allFields = form.pages.flatMap((p) => p.fields);
  const errors: Record<string, ErrorAtPath> = {};
  for (const [path, error] of Object.entries(state.errors)) {
    errors[path] = { text: wordError(fieldAtPath(allFields, path), error, locale), ...(error.parts ? { parts: error.parts } : {}) };
  }
  const shows = pageFieldShows(session, state, page, options);
  const fields = buildFieldViews(page.fields, state.answers, { text, chrome: catalogueChrome(locale), errors, shows: (field) => shows(field) });
  listFiles(fields, state.answers, locale);

  // The summary links only to what this page shows: an error of another page (a send that
  // found several) shows on that page when the person gets there.
  const byPath = viewsByPath(fields);
  const items = Object.entries(state.errors).flatMap(([path, error]) => {
    const view = byPath.get(path);
    if (!view) return [];
    const targetId = view.kind === 'date' && error.parts?.[0] ? partId(path, error.parts[0]) : errorTargetId(view);
    return [{ text: errors[path]!.text, targetId }];
  });
  const errorSummary: ErrorSummaryView | undefined = items.length ? { title: message(locale, 'there-is-a-problem'), items } : undefined;

  const pages = session.pages(state);
  const { position, total } = session.progress(state);
  const paged = pages.length > 1 || form.pages.length > 1;
  const formTitle = text(form.title);
  const heading = text(paged ? page.title : form.title);
  const last = position === total && !state.returnToCheck;
  return {
    ...baseView(session, state, options, pageTitle(heading, formTitle, locale, errorSummary !== undefined)),
    ...enhanceView(session, state, options.enhance),
    kind: 'question',
    ...(errorSummary ? { errorSummary } : {}),
    ...(pages.length > 1 ? { progress: message(locale, 'step-of', { position, total }) } : {}),
    ...(paged ? { caption: formTitle } : {}),
    heading,
    form: { action: options.action, multipart: hasFileField(fields), csrf: options.csrf },
    fields,
    submit: message(locale, last && !session.checksAnswers ? 'submit' : 'continue'),
  };
}

/**
 * Check answers: each applicable page's title and its rows (GOV.UK summary list), each answer
 * formatted by FormSession and worded by `wordAnswer`, each with a Change link to
 * `changeHref(step, field)`; then the declaration and Accept and send.
 */
export function checkAnswersPageView(session: FormSession, state: FormSessionState, options: FormPageOptions): CheckAnswersPageView {
  const { locale } = state;
  const heading = message(locale, 'check-answers-heading');
  const errorSummary: ErrorSummaryView | undefined = options.sendFailed
    ? { title: message(locale, 'there-is-a-problem'), items: [{ text: message(locale, 'send-failed') }] }
    : undefined;
  return {
    ...baseView(session, state, options, pageTitle(heading, localize(session.definition.title, locale), locale, errorSummary !== undefined)),
    ...enhanceView(session, state, options.enhance),
    kind: 'check-answers',
    ...(errorSummary ? { errorSummary } : {}),
    heading,
    sections: session.checkAnswers(state).map((section) => ({
      heading: section.title,
      rows: section.rows.map((row) => ({
        question: row.question,
        answer: wordAnswer(row.answer, locale) as SummaryAnswerView,
        change: { href: options.changeHref(row.change.step, row.change.field), text: message(locale, 'change'), hiddenText: row.question },
      })),
    })),
    sendHeading: message(locale, 'send-heading'),
    declaration: message(locale, 'send-declaration'),
    form: { action: options.action, multipart: false, csrf: options.csrf },
    submit: message(locale, 'accept-and-send'),
  };
}

/** The page the state is on: a page of questions, or check answers. */
export function formPageView(session: FormSession, state: FormSessionState, options: FormPageOptions): QuestionPageView | CheckAnswersPageView {
  return state.step === CHECK_ANSWERS ? checkAnswersPageView(session, state, options) : questionPageView(session, state, options);
}

/**
 * The satisfaction question in a language: sf-feedback's words (core's catalogue), GOV.UK's
 * five answers, the comment with its limit; a post's answers and problems shown back.
 */
export function feedbackQuestionView(locale: string, options: FeedbackOptions): FeedbackQuestionView {
  const problems = options.post?.problems ?? [];
  const errorPrefix = message(locale, 'error-prefix');
  const rating: RadiosFieldView = {
    kind: 'radios',
    name: FEEDBACK_RATING,
    label: message(locale, 'feedback-question'),
    options: FEEDBACK_RATINGS.map((value) => ({ value, label: message(locale, `feedback-${value}`) })),
    value: options.post?.rating ?? '',
    ...(problems.includes('no-rating') ? { error: { prefix: errorPrefix, text: message(locale, 'feedback-no-rating') } } : {}),
  };
  const comment: TextareaFieldView = {
    kind: 'textarea',
    name: FEEDBACK_COMMENT,
    label: message(locale, 'feedback-comment'),
    hint: message(locale, 'feedback-comment-hint'),
    value: options.post?.comment ?? '',
    rows: 5,
    limit: catalogueChrome(locale).limit(FEEDBACK_COMMENT_MAX, 'characters'),
    ...(problems.includes('too-long') ? { error: { prefix: errorPrefix, text: message(locale, 'feedback-too-long', { max: FEEDBACK_COMMENT_MAX }) } } : {}),
  };
  return {
    kind: 'question',
    heading: message(locale, 'feedback-heading'),
    form: { action: options.action, multipart: false, csrf: options.csrf },
    rating,
    comment,
    submit: message(locale, 'feedback-send'),
  };
}

/** The thanks that takes the question's place once it was answered. */
export function feedbackThanksView(locale: string): FeedbackThanksView {
  return { kind: 'thanks', heading: message(locale, 'feedback-thanks'), body: message(locale, 'feedback-thanks-body') };
}

/**
 * Sent: "Application submitted", the reference, the form's "what happens next", and the
 * satisfaction question (`options.feedback`, unless the definition says `"feedback": false`).
 */
export function confirmationPageView(session: FormSession, state: FormSessionState, options: ConfirmationPageOptions): ConfirmationPageView {
  const { locale } = state;
  const heading = message(locale, 'confirmation-heading');
  const next = localize(session.definition.whatHappensNext, locale);
  const asks = options.feedback !== undefined && session.definition.feedback !== false;
  const feedback = asks ? (options.feedback!.given ? feedbackThanksView(locale) : feedbackQuestionView(locale, options.feedback!)) : undefined;
  const items =
    feedback?.kind === 'question'
      ? [feedback.rating, feedback.comment].filter((view) => view.error).map((view) => ({ text: view.error!.text, targetId: errorTargetId(view) }))
      : [];
  const errorSummary: ErrorSummaryView | undefined = items.length ? { title: message(locale, 'there-is-a-problem'), items } : undefined;
  return {
    ...baseView(session, state, options, pageTitle(heading, localize(session.definition.title, locale), locale, errorSummary !== undefined)),
    kind: 'confirmation',
    ...(errorSummary ? { errorSummary } : {}),
    heading,
    referenceLabel: message(locale, 'reference-label'),
    reference: options.reference,
    body: message(locale, 'confirmation-body'),
    ...(next ? { whatHappensNext: { heading: message(locale, 'what-happens-next'), text: next } } : {}),
    ...(feedback ? { feedback } : {}),
  };
}

/**
 * After the confirmation's satisfaction question was answered (the page its POST redirects
 * to): "Thank you for your feedback" as the heading and the title, and Back to the
 * confirmation (`options.back`).
 */
export function feedbackThanksPageView(session: FormSession, state: FormSessionState, options: PageOptions): MessagePageView {
  const { locale } = state;
  const thanks = feedbackThanksView(locale);
  return {
    ...baseView(session, state, options, pageTitle(thanks.heading, localize(session.definition.title, locale), locale)),
    kind: 'message',
    heading: thanks.heading,
    paragraphs: [thanks.body],
  };
}

/** A message page of the server's own ("Your session has expired"): its words are the caller's. */
export interface MessagePageOptions {
  /** The page's language: `<html lang>`, the skip link's and the switch's words. */
  locale: string;
  heading: string;
  paragraphs?: string[];
  link?: { href: string; text: string };
  /** The `<title>`; the heading when not given. */
  title?: string;
  stylesheet?: string;
  /** A language switch: the languages offered and each one's URL. */
  languages?: { locales: readonly string[]; href(locale: string): string };
  back?: string;
}

export function messagePageView(options: MessagePageOptions): MessagePageView {
  const { locale } = options;
  const languages = options.languages ? languagesView(options.languages.locales, locale, (l) => options.languages!.href(l)) : undefined;
  return {
    lang: locale,
    title: options.title ?? options.heading,
    skipLink: skipLinkText(locale),
    ...(options.stylesheet !== undefined ? { stylesheet: options.stylesheet } : {}),
    ...(languages ? { languages } : {}),
    ...(options.back !== undefined ? { back: { href: options.back, text: message(locale, 'back') } } : {}),
    kind: 'message',
    heading: options.heading,
    paragraphs: options.paragraphs ?? [],
    ...(options.link ? { link: options.link } : {}),
  };
}
