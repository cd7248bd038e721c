import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { applicablePages, CHECK_ANSWERS, checksAnswers } from '@service-forms/core';
import type { FieldDefinition, FieldError, FormDefinition, PageDefinition, SessionProgress, SubmissionAdapter } from '@service-forms/core';
import type { DraftStore, FetchAdapterOptions } from '@service-forms/adapters';
import { defineElement } from '../internal/define.js';
import { loadMessages } from '../messages/load-messages.js';
import { lazyChunk } from '../lazy/lazy-chunk.js';
import { loadElements } from '../lazy/element-loader.js';
import { formStyles } from './form.styles.js';
import { renderLoadError, renderLoading } from './form-templates.js';
import { FormWording } from './form-wording.js';
import { renderPage } from './form-page.js';
import { PageControls } from './page-controls.js';
import { DefinitionLoadingController, type LoadingStatus } from './definition-loading-controller.js';
import { DeliveryController } from './delivery-controller.js';
import { DocumentTitleController } from './document-title-controller.js';
import { ErrorSummaryController } from './error-summary-controller.js';
import { PageFlowController } from './page-flow-controller.js';
import { EndingController } from './ending-controller.js';
import type { DraftController } from './draft-controller.js';

/** `sf-form`'s `endpointOptions`: the fetch adapter's options but the endpoint (docs/adapters.md). */
export type EndpointOptions = Omit<FetchAdapterOptions, 'endpoint'>;

/** The fetch adapter, outbox and drafts (a chunk), once per page. */
const loadServices = lazyChunk(() => import('./form-services.js'));

/** Taking a served page over (a chunk): only a form holding one loads it. */
const loadServedPage = lazyChunk(() => import('./served-page.js'));

/** Progress events (docs/analytics.md): a chunk, only for a form that sends them. */
const loadProgress = lazyChunk(() => import('./progress-events.js'));

type Status = 'empty' | LoadingStatus | 'ready' | 'submitting' | 'submitted';

/**
 * Renders a form definition, validates it on submit with the GOV.UK error pattern, keeps every
 * answer, and submits it once through an adapter.
 *
 * ```html
 * <sf-form src="/forms/job-seeker.json"></sf-form>
 * <script type="module">
 *   document.querySelector('sf-form').adapter = myAdapter;
 * </script>
 * ```
 *
 * A malformed definition renders an error for the form's author that names each bad path
 * (`pages[0].fields[2].type`), never a blank form.
 *
 * @tag sf-form
 * @csspart title - The form's heading.
 * @csspart submit - The submit button.
 * @slot feedback - Shown on the confirmation, e.g. a link to a feedback form.
 * @csspart progress - "Step 2 of 5".
 * @csspart caption - The name of the service above the page heading, on every page of a form with several.
 * @csspart back - The Back link.
 * @csspart header - Around the language switch, on a served page taken over (`served`): the served page's `<header>`.
 * @csspart width-container - Around Back and `main`, on a served page taken over: the served page's column.
 * @csspart main - The page's `<main>` landmark, on a served page taken over (`served`): the served page's, which the skip link leads to.
 * @csspart summary-list - The answers on "Check your answers".
 * @csspart confirmation - The confirmation panel with the reference number.
 * @csspart draft - The note that answers are saved on this device, with "Clear my answers".
 * @csspart outbox-notice - The note about an application kept on this device on an earlier visit: waiting, or sent with its reference.
 * @csspart author-error - The box that lists what is wrong with a definition.
 * @csspart panel - The coloured box of the confirmation: "Application submitted" or kept on this device.
 * @csspart reference - The reference number in the confirmation panel.
 * @csspart retry - The "Try again" button when part of the form could not be loaded.
 * @event {SfPageChangeEvent} sf-page-change - Another page or "check answers" shows (`SfPageChangeEvent`).
 * @event {SfSubmitEvent} sf-submit - A valid submission is handed to the adapter (`SfSubmitEvent`).
 * @event {SfSubmittedEvent} sf-submitted - The adapter returned a receipt (`SfSubmittedEvent`).
 * @event {SfSubmitErrorEvent} sf-submit-error - The adapter refused or could not deliver the submission (`SfSubmitErrorEvent`).
 * @event {SfDefinitionErrorEvent} sf-definition-error - The definition is malformed or could not be loaded (`SfDefinitionErrorEvent`).
 * @cssproperty --sf-form-max-width - Widest the form grows (default 40rem).
 * @cssproperty --sf-color-button - Submit button background (default #00703c).
 * @cssproperty --sf-color-button-hover - Submit button background under the pointer.
 * @cssproperty --sf-color-button-shadow - The line under the submit button.
 * @cssproperty --sf-color-button-text - Submit button text (default white).
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-color-hint - "Step 2 of 5" and other secondary text.
 * @cssproperty --sf-color-error - Border of the author-error box.
 * @cssproperty --sf-color-focus - Focus outline colour (default #1d70b8).
 * @cssproperty --sf-color-link - Back and Change links.
 * @cssproperty --sf-color-border-light - Lines between the answers on "Check your answers".
 * @cssproperty --sf-color-info - Bar of the draft and outbox notes; panel of an application kept on this device.
 * @cssproperty --sf-color-info-background - Background of the draft and outbox notes.
 * @cssproperty --sf-color-success - Background of the confirmation panel (default #00703c).
 * @cssproperty --sf-color-success-text - Text of the confirmation panel (default white).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-line-height - Line height of text (default 1.32).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 * @cssproperty --sf-radius - Corner radius of buttons, notes and panels (default 0).
 * @cssproperty --sf-space-xs - Small gaps: under "Step 2 of 5", between answer rows (default 0.3rem).
 * @cssproperty --sf-space-s - Padding of each answer row (default 0.6rem).
 * @cssproperty --sf-space-l - Below the page heading and the answers; the confirmation panel's padding (default 1.5rem).
 */
export class SfForm extends LitElement {
  static override styles = formStyles;

  /** URL of a JSON form definition to fetch. */
  @property() src: string | undefined;
  /**
   * A form definition object (parsed JSON), typed `FormDefinition` from `@service-forms/core`.
   * The type helps a definition written in TypeScript; JSON from elsewhere is still checked at
   * run time before it renders, and a malformed one shows the author's error and fires
   * `sf-definition-error`.
   */
  @property({ attribute: false }) definition: FormDefinition | undefined;
  /** Where submissions go. Set it, or give `endpoint`. */
  @property({ attribute: false }) adapter: SubmissionAdapter | undefined;
  /**
   * A URL to post submissions to when no `adapter` is set: the fetch adapter (JSON or
   * multipart, idempotency key, retries) behind the offline outbox, loaded on demand.
   */
  @property() endpoint: string | undefined;
  /**
   * How `endpoint` is reached, for a page that cannot build its own adapter (a script-tag
   * page): `headers` (a function asked before every attempt, so a CSRF token or a sign-in
   * that changes is read fresh), `credentials` (`include` for a receiver on another origin
   * that uses cookies), `timeoutMs`, `retries`, `backoff`: the fetch adapter's options
   * (docs/adapters.md). Read when the form opens its endpoint, once its definition has loaded;
   * set it before that, in the script that sets up the page.
   */
  @property({ attribute: false }) endpointOptions: EndpointOptions | undefined;
  /**
   * Drafts: `device` keeps the answers on this device as they are typed (not files), restores
   * them when the form opens again, and offers "Clear my answers from this device"; `off` keeps
   * nothing. Unset: `SfForm.defaultDrafts` (`device` unless the site changed it). A definition
   * with `"drafts": false` keeps nothing whatever this says.
   */
  @property() drafts: 'device' | 'off' | undefined;
  /**
   * Drafts for every form on the page that does not say (`drafts` unset): `device` as shipped;
   * set `SfForm.defaultDrafts = 'off'` once on a site made for shared computers.
   */
  static defaultDrafts: 'device' | 'off' = 'device';
  /** A draft store of your own (tests, or another storage); used unless drafts are `off`. */
  @property({ attribute: false }) draftStore: DraftStore | undefined;
  /**
   * Answers to start with, by field name, as the service already knows them (an IIN and name
   * from the person's sign-in, say): dates as `{ day, month, year }` or ISO text. The person can
   * change them; answers restored from a draft on this device come first. Read when the form
   * opens (and again when "Clear my answers" starts it afresh).
   */
  @property({ attribute: false }) prefill: Record<string, unknown> | undefined;
  /**
   * The application so far of the page this element holds, when a server rendered it as HTML
   * (`@service-forms/html`, the reference server's `/apply/…` pages with `enhance`): written
   * there, not by hand. Until the form is ready the served page shows and works as it is; then
   * the form takes it over at the same step with every answer, what was typed on the page since
   * it loaded, and the field that had focus, and sends with the served session's submission id
   * (one application whichever way it is finished). docs/html-first.md, "Taken over".
   */
  @property() served: string | undefined;
  /** The language to render; else the nearest `lang` up the tree, else the form's first locale. */
  @property({ reflect: true }) locale: string | undefined;

  /**
   * Whether page changes are browser history entries, so the back button moves between pages.
   * Set `no-history` when the embedding page routes with history itself.
   */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  /**
   * Where progress events go (docs/analytics.md): page reached, page failed with its error
   * codes, submitted, abandoned; never an answer. Unset: `events` beside `endpoint`
   * (`/api/submissions` → `/api/events`, the reference server's route), and no events when
   * `endpoint` is unset too. None are sent when `analytics` is `off`, when the page says
   * `<html data-analytics="off">`, or when the browser sends Global Privacy Control
   * (`navigator.globalPrivacyControl`). Read when the form opens.
   */
  @property({ attribute: 'events-endpoint' }) eventsEndpoint: string | undefined;
  /** `off`: this form sends no progress events, whatever `events-endpoint` and `endpoint` say. */
  @property() analytics: 'off' | undefined;
  /** Told of a page that failed its checks, by the progress events' chunk. @internal */
  declare pageFailed: ((errors: readonly FieldError[]) => void) | undefined;

  /** @internal */
  @state() status: Status = 'empty';
  /**
   * The form in progress, moved by core's transitions (`stepState`, `errorsState`); a control's
   * answer is set in `answers` as it reports it (decision 0010, "The form in progress as one state"). @internal
   */
  @state() session: SessionProgress = { answers: {}, step: '', history: [], returnToCheck: false, errors: {} };
  /** The page a restored draft was on: the form opens there if it still applies. @internal */
  resumeStep: string | undefined;
  /** What the receiver refused, by answer path: rendered on the controls until the person changes the answer or the page. @internal */
  refusals: readonly FieldError[] = [];
  /** The chunk that takes a served page over, once loaded; then what it took (the submission id). */
  private servedPage: typeof import('./served-page.js') | undefined;
  /** @internal */
  takenOver: import('./served-page.js').TakenOver | undefined;

  private readonly loading = new DefinitionLoadingController(this, {
    status: (status) => {
      this.status = status;
      this.requestUpdate();
    },
    prefetch: () => {
      if (this.endpoint || (this.drafts ?? SfForm.defaultDrafts) !== 'off') loadServices().catch(() => undefined);
    },
    services: (form) => {
      const services = this.endpoint || this.keepsDrafts(form);
      return services || this.served
        ? Promise.all([services && loadServices().then((chunk) => chunk.openServices(this, form)), this.served && loadServedPage().then((chunk) => (this.servedPage = chunk))])
        : undefined;
    },
    open: (form) => this.start(form),
  });
  /** @internal */
  readonly delivery = new DeliveryController(this, () => this.form);
  /** @internal */
  readonly documentTitle = new DocumentTitleController(this);
  /** @internal */
  readonly errors = new ErrorSummaryController(this, () => this.documentTitle.showError());
  /** The page's controls: answers in as typed, errors out after Continue. @internal */
  readonly controls = new PageControls(this);
  /** Continue, page changes and Back, as browser history entries. @internal */
  readonly flow = new PageFlowController(this);
  /** Drafts on this device: a controller from the services chunk, once the form keeps them. @internal */
  draft: DraftController | undefined;
  /** The definition's text, the fields' messages and errors' in the language of the moment. @internal */
  readonly wording = new FormWording(() => this.form);
  /** The end of the form (check answers, the send, the confirmations) and its chunk. @internal */
  readonly ending = new EndingController(this);

  constructor() {
    super();
    // Chrome ("Continue", "Step 2 of 5", messages) and definition text re-render on a switch.
    updateWhenLocaleChanges(this);
  }

  /** The answers as typed so far, by field name (date parts for dates). */
  get currentAnswers(): Readonly<Record<string, unknown>> {
    return { ...this.session.answers };
  }

  /** @internal */
  get form(): FormDefinition | undefined {
    return this.loading.form;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.adoptChunkStyles();
    if (changed.has('definition') && this.definition !== undefined) this.loading.use(this.definition);
    else if (changed.has('src') && this.src && this.definition === undefined) this.loading.load(this.src);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.loading.opening;
    return (await super.getUpdateComplete()) && done;
  }

  /** Whether this form keeps a draft on the device: the strictest of definition, page and site. @internal */
  keepsDrafts(form: FormDefinition): boolean {
    // A served page's answers are the server's session: newer than any draft here.
    if (form.drafts === false || this.drafts === 'off' || this.served) return false;
    return this.draftStore !== undefined || (this.drafts ?? SfForm.defaultDrafts) === 'device';
  }

  /** Opens the form on its first applicable page, as the current history entry. @internal */
  start(form: FormDefinition): void {
    // A served page: its answers, step and focus; one that cannot be taken over stays served.
    const taken = this.served ? this.servedPage?.takeOver(this, this.served, form) : undefined;
    if (this.served && !taken) return;
    this.status = 'ready';
    this.requestUpdate();
    // Needed minutes from now (error messages, check answers, the confirmation): fetched while the person reads.
    loadMessages().catch(() => undefined);
    loadElements(['sf-error-summary']).catch(() => undefined);
    this.ending.ensure().catch(() => undefined);
    let { answers } = this.session;
    if (!this.draft?.restoredAt && this.prefill && Object.keys(answers).length === 0) answers = structuredClone(this.prefill);
    if ((this.takenOver = taken)) {
      answers = taken.answers;
      void this.servedPage!.restoreFocus(this, taken);
    }
    const pages = applicablePages(form, answers);
    const resume = taken?.step ?? this.resumeStep;
    this.resumeStep = undefined;
    const step = (resume === CHECK_ANSWERS && checksAnswers(form)) || pages.some((page) => page.id === resume) ? resume! : (pages[0]?.id ?? form.pages[0]!.id);
    this.session = { answers, step, history: [], returnToCheck: !!taken?.returnToCheck, errors: {} };
    this.errors.clear();
    this.documentTitle.reset();
    this.flow.begin(form.id, step);
    // Progress events: somewhere to send them, and nobody (element, page, browser) saying no.
    if ((this.eventsEndpoint || this.endpoint) && this.analytics !== 'off' && document.documentElement.dataset.analytics !== 'off' && !(navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)
      loadProgress().then((chunk) => chunk.track(this), () => undefined);
  }

  /** The fields of the pages that apply: what conditions may read (skipped pages' answers count as unanswered). @internal */
  get askedFields(): FieldDefinition[] {
    return this.pages.flatMap((page) => page.fields);
  }

  /** The pages that apply to the answers so far, in order (skipped pages left out). @internal */
  get pages(): PageDefinition[] {
    return this.form ? applicablePages(this.form, this.session.answers) : [];
  }

  /** Styles that come with a chunk (the end's, the author error's): adopted once it is here, before it renders. */
  private adoptChunkStyles(): void {
    const root = this.shadowRoot;
    for (const styles of [this.ending.chunk?.endingStyles, this.loading.authorError?.authorErrorStyles]) {
      const sheet = styles?.styleSheet;
      if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  protected override render() {
    const lang = this.form ? this.wording.locale : undefined;
    // Until the form is ready at it, the served page is what shows, and works without us.
    if (this.served && !this.takenOver) return html`<slot></slot>`;
    switch (this.status) {
      case 'empty':
        return nothing;
      case 'loading':
        return renderLoading();
      case 'load-error':
        return renderLoadError(this.loading.retry);
      case 'author-error':
        return this.loading.authorError!.renderAuthorError(this.loading.problems);
      case 'submitted':
        return html`<div lang=${lang ?? nothing}>${this.ending.renderSubmitted()}</div>`;
    }
    const form = this.form!;
    const pages = this.pages;
    const { step } = this.session;
    const page = form.pages.find((p) => p.id === step) ?? pages[0]!;
    const first = step !== CHECK_ANSWERS && pages[0]?.id === page.id;
    const languages = form.locales.length > 1 ? html`<sf-language-switch class="languages" locales=${form.locales.join(' ')}></sf-language-switch>` : nothing;
    const back = first ? nothing : html`<a class="back" part="back" href="#" @click=${this.flow.back}>${msg('Back')}</a>`;
    const content = html`${this.delivery.renderNotice(this.wording.locale)} ${this.draft?.renderNotice(this.wording.locale)}
      ${step === CHECK_ANSWERS ? this.ending.renderCheckAnswers() : renderPage(this, form, page, pages)}`;
    // A served page taken over keeps its landmarks and places: its chunk draws the header, the column and <main>.
    return html`<div lang=${lang ?? nothing}>${this.takenOver ? this.servedPage!.servedLayout(languages, back, content) : html`${languages}${back}${content}`}</div>`;
  }
}

defineElement('sf-form', SfForm);

declare global {
  interface HTMLElementTagNameMap {
    'sf-form': SfForm;
  }
}
