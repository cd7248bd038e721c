import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import {
  canSendFeedback,
  countText,
  FEEDBACK_COMMENT_MAX,
  type Feedback,
  type FeedbackGiven,
  type FeedbackRating,
  type FeedbackResult,
} from '@service-forms/core';
import { defineElement } from '../internal/define.js';
import { getLocale } from '../localization/localization.js';
import type { SfErrorSummary, SummaryItem } from '../error-summary/error-summary.js';
import type { SfRadioGroup } from '../radio-group/radio-group.js';
import type { SfTextarea } from '../textarea/textarea.js';
import '../error-summary/error-summary.js';
import '../radio-group/radio-group.js';
import '../textarea/textarea.js';
import { feedbackStyles } from './feedback.styles.js';

/** Fired by `sf-feedback` once the adapter has received the feedback; `detail` is what was sent. */
export class SfFeedbackSentEvent extends CustomEvent<Feedback> {
  constructor(readonly feedback: Feedback) {
    super('sf-feedback-sent', { bubbles: true, composed: true, detail: feedback });
  }
}

type Status = 'asking' | 'sending' | 'sent';
type Problem = '' | 'no-rating' | 'too-long' | 'not-sent';

/** GOV.UK's five answers, best first, in the language of the moment. */
function ratingOptions(): { value: FeedbackRating; label: string }[] {
  return [
    { value: 'very-satisfied', label: msg('Very satisfied') },
    { value: 'satisfied', label: msg('Satisfied') },
    { value: 'neither', label: msg('Neither satisfied nor dissatisfied') },
    { value: 'dissatisfied', label: msg('Dissatisfied') },
    { value: 'very-dissatisfied', label: msg('Very dissatisfied') },
  ];
}

/**
 * The satisfaction question GOV.UK services ask after a transaction: five labelled radios
 * (very satisfied … very dissatisfied) in a fieldset with a legend, an optional comment ("How
 * could we improve this service?", at most 1200 characters, as the reference server takes,
 * with a warning not to type personal details) and a Send button. It sends once through the
 * `adapter`'s `sendFeedback` (docs/analytics.md), then thanks the person and moves focus to the
 * thanks. Nothing chosen, a comment over the limit, or a send that failed shows the GOV.UK
 * error pattern (a summary that takes focus, an inline message) and keeps what was chosen and
 * typed. `sf-form` shows it on its confirmation unless the definition says `"feedback": false`.
 *
 * ```html
 * <sf-feedback form-id="job-seeker" form-version="1.0.0"></sf-feedback>
 * <script type="module">
 *   document.querySelector('sf-feedback').adapter = new FetchAdapter({ endpoint: '/api/submissions' });
 * </script>
 * ```
 *
 * `given="failed"` or `"abandoned"` asks after an attempt that did not end in a confirmation:
 * "Tell us what went wrong". A lazily loaded element: `autoloadElements()` or `sf-form` fetch it.
 *
 * @tag sf-feedback
 * @csspart title - The heading ("Tell us what you think of this service").
 * @csspart submit - The Send button.
 * @csspart thanks - The thank-you message after sending.
 * @event {SfFeedbackSentEvent} sf-feedback-sent - The adapter received the feedback (`SfFeedbackSentEvent`, with `feedback`, the body sent).
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-line-height - Line height of text (default 1.32).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 * @cssproperty --sf-color-focus - Focus outline colour (default #1d70b8).
 * @cssproperty --sf-color-button - The Send button's background (default #00703c).
 * @cssproperty --sf-color-button-hover - The Send button's background under the pointer.
 * @cssproperty --sf-color-button-shadow - The line under the Send button.
 * @cssproperty --sf-color-button-text - The Send button's text (default white).
 * @cssproperty --sf-color-border-light - The line above the question (default #8a8b8c).
 * @cssproperty --sf-space-l - Space above and below the question (default 1.5rem).
 * @cssproperty --sf-space-m - Below the line above it and below the heading (default 0.9rem).
 * @cssproperty --sf-radius - Corner radius of the Send button (default 0).
 */
export class SfFeedback extends LitElement {
  static override styles = feedbackStyles;

  /** Sends the feedback: an adapter with `sendFeedback` (the fetch and memory adapters have it). */
  @property({ attribute: false }) adapter: unknown;
  /** The form the feedback is about: its `id`. */
  @property({ attribute: 'form-id' }) formId = '';
  /** The version of the form the person used. */
  @property({ attribute: 'form-version' }) formVersion = '';
  /** The language the form was shown in; else the language the elements speak now. */
  @property() locale: string | undefined;
  /** The answer to the form's region field (`analytics.region`), an option value; sent when set. */
  @property() region: string | undefined;
  /** Where it is asked: after a `confirmation` (default), or after an `abandoned` or `failed` attempt ("Tell us what went wrong"). */
  @property() given: FeedbackGiven = 'confirmation';
  /** The level of the heading, 2 (default) or 3 (under a confirmation's own heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 = 2;
  /** The rating chosen: `very-satisfied`, `satisfied`, `neither`, `dissatisfied`, `very-dissatisfied`, or '' for none. */
  @property() rating: FeedbackRating | '' = '';
  /** The comment typed so far. */
  @property() comment = '';

  @state() private status: Status = 'asking';
  @state() private problem: Problem = '';

  @query('sf-error-summary') private summary!: SfErrorSummary | null;
  @query('sf-radio-group') private radios!: SfRadioGroup | null;
  @query('sf-textarea') private textarea!: SfTextarea | null;
  @query('.thanks [tabindex]') private thanksHeading!: HTMLElement | null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** The body that would be sent now. */
  get feedback(): Feedback | undefined {
    if (!this.rating) return undefined;
    const comment = this.comment.trim();
    return {
      formId: this.formId,
      formVersion: this.formVersion,
      locale: this.locale || getLocale(),
      given: this.given,
      rating: this.rating,
      ...(comment ? { comment } : {}),
      ...(this.region ? { region: this.region } : {}),
    };
  }

  private onInput(): void {
    this.rating = (this.radios?.value ?? '') as FeedbackRating | '';
    this.comment = this.textarea?.value ?? '';
    // An error goes once what it was about is put right (GOV.UK: re-validate as it changes).
    if (this.problem === 'no-rating' && this.rating) this.problem = '';
    if (this.problem === 'too-long' && this.commentLength <= FEEDBACK_COMMENT_MAX) this.problem = '';
  }

  private get commentLength(): number {
    return countText(this.comment, 'characters');
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second click or Enter while sending (or after) does nothing: one feedback, sent once.
    if (this.status !== 'asking') return;
    const feedback = this.feedback;
    if (!feedback) return this.showProblem('no-rating');
    if (this.commentLength > FEEDBACK_COMMENT_MAX) return this.showProblem('too-long');
    if (!canSendFeedback(this.adapter)) {
      console.error('<sf-feedback>: no adapter that can send feedback is set (an adapter with sendFeedback).');
      return this.showProblem('not-sent');
    }
    this.status = 'sending';
    let result: FeedbackResult;
    try {
      result = await this.adapter.sendFeedback(feedback);
    } catch (error) {
      result = { ok: false, error: { kind: 'fatal', message: String(error) } };
    }
    if (!result.ok) {
      this.status = 'asking';
      return this.showProblem('not-sent');
    }
    this.status = 'sent';
    this.problem = '';
    this.dispatchEvent(new SfFeedbackSentEvent(feedback));
    await this.updateComplete;
    this.thanksHeading?.focus();
  }

  private async showProblem(problem: Problem): Promise<void> {
    this.problem = problem;
    await this.updateComplete;
    await this.summary?.updateComplete;
    this.summary?.focus();
  }

  private get problemItem(): SummaryItem | undefined {
    switch (this.problem) {
      case 'no-rating':
        return { message: msg('Select how satisfied you are with the service'), target: this.radios ?? undefined };
      case 'too-long': {
        // `max`, the catalogue's name for it: the served confirmation says the same (core's `feedback-too-long`).
        const max = FEEDBACK_COMMENT_MAX;
        return { message: msg(str`Your comment must be ${max} characters or fewer`), target: this.textarea ?? undefined };
      }
      case 'not-sent':
        return {
          message: msg('Your feedback has not been sent. Check your internet connection and send it again.'),
          target: this.renderRoot.querySelector<HTMLElement>('#send') ?? undefined,
        };
      default:
        return undefined;
    }
  }

  private heading(text: string, thanks = false): TemplateResult {
    const tabindex = thanks ? '-1' : nothing;
    return this.headingLevel === 3
      ? html`<h3 class="title" part="title" tabindex=${tabindex}>${text}</h3>`
      : html`<h2 class="title" part="title" tabindex=${tabindex}>${text}</h2>`;
  }

  protected override render() {
    if (this.status === 'sent') {
      return html`<div class="thanks" part="thanks">
        ${this.heading(msg('Thank you for your feedback'), true)}
        <p>${msg('We will use it to improve this service.')}</p>
      </div>`;
    }
    const item = this.problemItem;
    const wentWrong = this.given !== 'confirmation';
    return html`<section class="feedback">
      ${this.heading(wentWrong ? msg('Tell us what went wrong') : msg('Tell us what you think of this service'))}
      ${item ? html`<sf-error-summary .items=${[item]}></sf-error-summary>` : nothing}
      <form novalidate @submit=${this.onSubmit} @input=${this.onInput}>
        <sf-radio-group
          name="rating"
          label=${msg('Overall, how did you feel about the service you received today?')}
          .options=${ratingOptions()}
          .value=${this.rating}
          error=${this.problem === 'no-rating' ? item!.message : ''}
        ></sf-radio-group>
        <sf-textarea
          name="comment"
          label=${wentWrong ? msg('What went wrong? (optional)') : msg('How could we improve this service? (optional)')}
          hint=${msg('Do not include personal information, such as your name, IIN, phone number or email address.')}
          maxlength=${FEEDBACK_COMMENT_MAX}
          .value=${this.comment}
          error=${this.problem === 'too-long' ? item!.message : ''}
        ></sf-textarea>
        <button id="send" class="button" part="submit" type="submit" aria-disabled=${this.status === 'sending' ? 'true' : nothing}>
          ${msg('Send feedback')}
        </button>
        ${this.status === 'sending' ? html`<p class="status" role="status">${msg('Sending your feedback…')}</p>` : nothing}
      </form>
    </section>`;
  }
}

defineElement('sf-feedback', SfFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'sf-feedback': SfFeedback;
  }
  interface GlobalEventHandlersEventMap {
    'sf-feedback-sent': SfFeedbackSentEvent;
  }
}
