import type { ErrorSummaryView, FieldView, RadiosFieldView, TextareaFieldView } from './views.js';

/**
 * The resolved view of a whole page (issue 22, step 2): every text already in the person's
 * language, every URL given by the caller. The page templates (page-templates.ts) and the
 * document around them (document.ts) are pure functions of it; page-views-from-session.ts makes
 * it from a FormSession state with core's catalogue.
 */

/** A link the caller's server answers: its `href` is used as given (never built here). */
export interface LinkView {
  href: string;
  text: string;
}

/** One language of the switch: a link to it, or the current one (no link). */
export interface LanguageView {
  /** `kk`, `ru`, `en`: the link's `hreflang` and `lang`. */
  locale: string;
  /** The language named in itself ("Қазақша"). */
  name: string;
  /** Where the person gets the page in this language; undefined for the current one. */
  href?: string;
}

/** The language switch: a `nav` labelled "Language", each language in its own `lang`. */
export interface LanguagesView {
  /** The nav's accessible name: the catalogue's `language`. */
  label: string;
  languages: LanguageView[];
}

/** A `<form method="post">`: where it posts, and the CSRF token the caller's server checks. */
export interface PostFormView {
  action: string;
  /** `multipart/form-data` (a file field on the page), else the default urlencoded. */
  multipart: boolean;
  /** A hidden input, first in the form: its name and value are the caller's. */
  csrf: { name: string; value: string };
}

/**
 * A page that `<sf-form>` takes over when the bundle arrives (issue 15, decision 0012): the
 * module script in `<head>`, and `<sf-form>` around the page's form inside `<main>`, holding
 * what it needs to go on from here.
 */
export interface EnhanceView {
  /** The bundle's URL (`service-forms.js`): `<script type="module">`, so the HTML never waits for it. */
  script: string;
  /** sf-form's `src`: where the definition is served. */
  src: string;
  /** sf-form's `endpoint`: where it posts the application once it has taken over. */
  endpoint: string;
  /** sf-form's `served` attribute: the application so far, as `servedState` writes it (JSON). */
  served: string;
}

/** What every page has: the document around `<main>`. */
export interface PageViewBase {
  /** `<html lang>`. */
  lang: string;
  /** The whole `<title>`, "Error: " prefix included when the page has errors. */
  title: string;
  /** The stylesheet's URL (no inline style: strict CSP). */
  stylesheet?: string;
  /** The skip link's text ("Skip to main content"). */
  skipLink: string;
  languages?: LanguagesView;
  /** The Back link, when the caller gives its href. */
  back?: LinkView;
  /** `<sf-form>` takes the page over when its script arrives (a page of questions, check answers). */
  enhance?: EnhanceView;
}

/** A page of questions. */
export interface QuestionPageView extends PageViewBase {
  kind: 'question';
  /** First in `<main>` after a failed Continue. */
  errorSummary?: ErrorSummaryView;
  /** "Step 2 of 5", on a form of several pages. */
  progress?: string;
  /** The form's title above the page's heading, on a form of several pages (sf-form's caption). */
  caption?: string;
  /** The `<h1>`: the page's title (the form's, on a one-page form). */
  heading: string;
  form: PostFormView;
  fields: FieldView[];
  /** The submit button: "Continue" ("Submit" on the last page of a form without check answers). */
  submit: string;
}

/** One answer of check answers, in words: text, or a repeatable's items. */
export type SummaryAnswerView = { kind: 'text'; text: string } | { kind: 'items'; items: { label: string; rows: { question: string; answer: SummaryAnswerView }[] }[] };

/** One row of check answers (GOV.UK summary list). */
export interface SummaryRowView {
  question: string;
  answer: SummaryAnswerView;
  /** The Change link: "Change", and the question again for screen readers. */
  change: LinkView & { hiddenText: string };
}

/** One page's answers: its title and its rows. */
export interface SummarySectionView {
  heading: string;
  rows: SummaryRowView[];
}

/** "Check your answers", then "Now send your application" and Accept and send. */
export interface CheckAnswersPageView extends PageViewBase {
  kind: 'check-answers';
  errorSummary?: ErrorSummaryView;
  heading: string;
  sections: SummarySectionView[];
  /** "Now send your application". */
  sendHeading: string;
  /** The declaration the person accepts by sending. */
  declaration: string;
  form: PostFormView;
  /** "Accept and send". */
  submit: string;
}

/**
 * The satisfaction question under the confirmation (issue 16), as a form of its own: five
 * radios in a fieldset, the optional comment with its limit and the warning not to type
 * personal details, Send feedback. sf-feedback's words, from core's catalogue.
 */
export interface FeedbackQuestionView {
  kind: 'question';
  /** "Tell us what you think of this service" (`<h2>`). */
  heading: string;
  form: PostFormView;
  /** `rating`: "Overall, how did you feel about the service you received today?" and the five answers. */
  rating: RadiosFieldView;
  /** `comment`: "How could we improve this service? (optional)", the hint, the limit. */
  comment: TextareaFieldView;
  /** "Send feedback". */
  submit: string;
}

/** In the question's place once this submission's feedback was received. */
export interface FeedbackThanksView {
  kind: 'thanks';
  /** "Thank you for your feedback". */
  heading: string;
  /** "We will use it to improve this service." */
  body: string;
}

/** Sent: the reference, and what happens next. */
export interface ConfirmationPageView extends PageViewBase {
  kind: 'confirmation';
  /** First in `<main>` after the feedback question was sent with a problem. */
  errorSummary?: ErrorSummaryView;
  /** "Application submitted". */
  heading: string;
  /** "Your reference number". */
  referenceLabel: string;
  reference: string;
  /** "We have received your application…". */
  body: string;
  /** The form's own "what happens next", under its heading, when the definition has one. */
  whatHappensNext?: { heading: string; text: string };
  /** The satisfaction question, or the thanks once it was answered; none when the definition says `"feedback": false`. */
  feedback?: FeedbackQuestionView | FeedbackThanksView;
}

/** A page of the server's own: "Your session has expired", "Form not found". */
export interface MessagePageView extends PageViewBase {
  kind: 'message';
  heading: string;
  paragraphs: string[];
  link?: LinkView;
}

export type PageView = QuestionPageView | CheckAnswersPageView | ConfirmationPageView | MessagePageView;
