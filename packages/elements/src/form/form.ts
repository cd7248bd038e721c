import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  createSubmissionId,
  fieldAtPath,
  localize,
  parseDefinition,
  validatePage,
  type DefinitionProblem,
  type FieldDefinition,
  type FieldError,
  type FormDefinition,
  type LocalizedText,
  type SubmissionAdapter,
  type SubmissionEnvelope,
  type SubmissionError,
  type SubmissionReceipt,
} from '@service-forms/core';
import { defineElement } from '../internal/define.js';
import type { FormControl } from '../internal/form-control.js';
import { errorMessage, type CustomMessages } from '../messages/error-messages.js';
import type { SfErrorSummary, SummaryItem } from '../error-summary/error-summary.js';
import { SfDefinitionErrorEvent, SfSubmitErrorEvent, SfSubmitEvent, SfSubmittedEvent } from '../events/form-events.js';
import { formStyles } from './form.styles.js';
import { renderField } from './field-renderers.js';
import { splitFiles } from './split-files.js';
import { getAnswer, setAnswer } from './answer-paths.js';
import type { SfRepeatable } from '../repeatable/repeatable.js';
import type { SfAddItemEvent, SfRemoveItemEvent } from '../events/repeatable-events.js';
import { lazyTagsFor, loadElements } from '../lazy/element-loader.js';
import '../error-summary/error-summary.js';

type Status = 'empty' | 'loading' | 'load-error' | 'author-error' | 'ready' | 'submitting' | 'submitted';

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
 * @csspart confirmation - The confirmation panel with the reference number.
 * @csspart author-error - The box that lists what is wrong with a definition.
 * @event sf-submit - A valid submission is handed to the adapter (`SfSubmitEvent`).
 * @event sf-submitted - The adapter returned a receipt (`SfSubmittedEvent`).
 * @event sf-submit-error - The adapter refused or could not deliver the submission (`SfSubmitErrorEvent`).
 * @event sf-definition-error - The definition is malformed or could not be loaded (`SfDefinitionErrorEvent`).
 * @cssproperty --sf-form-max-width - Widest the form grows (default 40rem).
 * @cssproperty --sf-color-button - Submit button background.
 */
export class SfForm extends LitElement {
  static override styles = formStyles;

  /** URL of a JSON form definition to fetch. */
  @property() src: string | undefined;
  /** A form definition object (parsed JSON); checked before it renders. */
  @property({ attribute: false }) definition: unknown;
  /** Where submissions go. */
  @property({ attribute: false }) adapter: SubmissionAdapter | undefined;
  /** The language to render; else the nearest `lang` up the tree, else the form's first locale. */
  @property() locale: string | undefined;

  @state() private status: Status = 'empty';
  @state() private form: FormDefinition | undefined;
  @state() private problems: DefinitionProblem[] = [];
  @state() private summary: SummaryItem[] = [];
  @state() private receipt: SubmissionReceipt | undefined;

  @query('sf-error-summary') private summaryElement!: SfErrorSummary | null;
  @query('.panel h2') private confirmationHeading!: HTMLElement | null;

  /** Answers by field name, kept across re-renders, failed submits and (later) page changes. */
  private answers: Record<string, unknown> = {};
  private titleBeforeError: string | undefined;
  private loadController: AbortController | undefined;

  /** The answers as typed so far, by field name (date parts for dates). */
  get currentAnswers(): Readonly<Record<string, unknown>> {
    return { ...this.answers };
  }

  private get activeLocale(): string {
    const declared = this.form?.locales ?? ['en'];
    const wanted = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || declared[0]!;
    return declared.find((l) => l === wanted) ?? declared.find((l) => l === wanted.split('-')[0]) ?? declared[0]!;
  }

  private text(value: LocalizedText | undefined): string {
    return localize(value, this.activeLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') && this.definition !== undefined) this.useDefinition(this.definition);
    else if (changed.has('src') && this.src && this.definition === undefined) void this.load(this.src);
  }

  private useDefinition(input: unknown): void {
    const result = parseDefinition(input);
    if (result.ok) {
      this.form = result.definition;
      this.problems = [];
      void this.loadElementsFor(result.definition);
    } else {
      this.showAuthorError(result.problems);
    }
  }

  /**
   * Controls most forms do not use are separate chunks: load the ones this form needs before it
   * renders (at once when they are already defined). A chunk that fails to load on a weak
   * connection gets a message and a way to try again, not a half-drawn form.
   */
  private async loadElementsFor(form: FormDefinition): Promise<void> {
    const tags = lazyTagsFor(form.pages.flatMap((page) => page.fields));
    if (tags.size === 0) {
      this.status = 'ready';
      return;
    }
    this.status = 'loading';
    try {
      await loadElements(tags);
      if (this.form === form) this.status = 'ready';
    } catch (error) {
      console.error('<sf-form>: a part of the form could not be loaded:', error);
      if (this.form === form) this.status = 'load-error';
    }
  }

  private showAuthorError(problems: DefinitionProblem[]): void {
    this.form = undefined;
    this.problems = problems;
    this.status = 'author-error';
    console.error(
      `<sf-form>: the form definition${this.src ? ` at ${this.src}` : ''} is invalid:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
    this.dispatchEvent(new SfDefinitionErrorEvent(problems));
  }

  private async load(src: string): Promise<void> {
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.status = 'loading';
    let input: unknown;
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) {
        this.showAuthorError([{ path: '(definition)', message: `could not be loaded from ${src}: HTTP ${response.status}` }]);
        return;
      }
      const body = await response.text();
      try {
        input = JSON.parse(body);
      } catch (error) {
        this.showAuthorError([{ path: '(definition)', message: `is not valid JSON: ${(error as Error).message}` }]);
        return;
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.showAuthorError([{ path: '(definition)', message: `could not be loaded from ${src}: ${(error as Error).message}` }]);
      return;
    }
    if (!controller.signal.aborted) this.useDefinition(input);
  }

  private get controls(): FormControl[] {
    return [...this.renderRoot.querySelectorAll<FormControl>('[data-sf-field]')];
  }

  private get repeatables(): SfRepeatable[] {
    return [...this.renderRoot.querySelectorAll<SfRepeatable>('[data-sf-repeatable]')];
  }

  /** The control or repeatable an answer path names (`iin`, `members[1].iin`, `members`). */
  private controlFor(path: string): FormControl | SfRepeatable | undefined {
    return this.controls.find((control) => control.name === path) ?? this.repeatables.find((r) => r.name === path);
  }

  private messagesFor(field: FieldDefinition): CustomMessages {
    const messages: CustomMessages = {};
    for (const [code, text] of Object.entries(field.messages ?? {})) messages[code as keyof CustomMessages] = this.text(text);
    return messages;
  }

  private messageFor(error: FieldError): string {
    const field = fieldAtPath(this.form?.pages.flatMap((page) => page.fields) ?? [], error.field);
    if (!field) return errorMessage(error, { label: error.field, type: 'text' });
    return errorMessage(error, { label: this.text(field.label), type: field.type, messages: this.messagesFor(field) });
  }

  private onFieldInput(event: Event): void {
    const control = event.target as FormControl;
    if (control?.dataset?.sfField !== undefined) setAnswer(this.answers, control.name, control.answer);
  }

  private itemsOf(repeatable: SfRepeatable): object[] {
    const items = getAnswer(this.answers, repeatable.name);
    if (Array.isArray(items)) return items as object[];
    const fresh: object[] = [];
    setAnswer(this.answers, repeatable.name, fresh);
    return fresh;
  }

  private onAddItem(event: SfAddItemEvent): void {
    this.itemsOf(event.target as SfRepeatable).push({});
    this.requestUpdate();
  }

  private onRemoveItem(event: SfRemoveItemEvent): void {
    this.itemsOf(event.target as SfRepeatable).splice(event.index, 1);
    this.requestUpdate();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second click or Enter while sending does nothing: one submission, one receipt.
    if (this.status !== 'ready' || !this.form) return;
    const page = this.form.pages[0]!;
    for (const control of this.controls) setAnswer(this.answers, control.name, control.answer);

    const result = validatePage(page, this.answers);
    for (const repeatable of this.repeatables) {
      const error = result.ok ? undefined : result.errors.find((e) => e.field === repeatable.name);
      repeatable.error = error ? this.messageFor(error) : '';
    }
    if (!result.ok) {
      // Hidden (unrevealed) controls keep their answers but show nothing until they apply.
      for (const control of this.controls) if (control.checkVisibility()) control.showValidation();
      await this.showSummary(result.errors.map((error) => this.summaryItem(error)));
      return;
    }
    if (!this.adapter) {
      console.error('<sf-form>: no adapter is set: assign form.adapter before the person submits.');
      await this.showSummary([{ message: msg('This form cannot be sent yet. Please try again later.') }]);
      return;
    }

    this.status = 'submitting';
    // File fields' values are File objects: they travel in `files`, never in the JSON answers.
    const { answers, files } = splitFiles(page, result.data);
    const envelope: SubmissionEnvelope = {
      submissionId: createSubmissionId(),
      formId: this.form.id,
      formVersion: this.form.version,
      locale: this.activeLocale,
      answers,
      files,
      createdAt: new Date().toISOString(),
    };
    this.dispatchEvent(new SfSubmitEvent(envelope));
    let outcome;
    try {
      outcome = await this.adapter.submit(envelope, { signal: new AbortController().signal });
    } catch (error) {
      outcome = { ok: false as const, error: { kind: 'fatal' as const, message: String(error) } };
    }
    if (outcome.ok) {
      this.receipt = outcome.receipt;
      this.status = 'submitted';
      this.clearErrorTitle();
      this.dispatchEvent(new SfSubmittedEvent(outcome.receipt, envelope));
      await this.updateComplete;
      this.confirmationHeading?.focus();
    } else {
      this.status = 'ready';
      this.dispatchEvent(new SfSubmitErrorEvent(outcome.error, envelope));
      await this.showSummary(this.submissionErrorItems(outcome.error));
    }
  }

  private summaryItem(error: FieldError): SummaryItem {
    return { message: this.messageFor(error), target: this.controlFor(error.field), part: error.parts?.[0] };
  }

  private submissionErrorItems(error: SubmissionError): SummaryItem[] {
    if (error.kind === 'field-errors') {
      return error.errors.map((fieldError) => {
        const item = this.summaryItem(fieldError);
        if (item.target) (item.target as FormControl).error = item.message;
        return item;
      });
    }
    return [{ message: msg('Your application was not sent. Your answers are kept: try again in a few minutes.') }];
  }

  private async showSummary(items: SummaryItem[]): Promise<void> {
    this.summary = items;
    if (this.titleBeforeError === undefined) {
      this.titleBeforeError = document.title;
      document.title = `${msg('Error:')} ${document.title}`;
    }
    await this.updateComplete;
    this.summaryElement?.focus();
  }

  private clearErrorTitle(): void {
    this.summary = [];
    if (this.titleBeforeError !== undefined) document.title = this.titleBeforeError;
    this.titleBeforeError = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    if (this.titleBeforeError !== undefined) document.title = this.titleBeforeError;
  }

  /** Renders a field under a name prefix (`members[1].` for a repeated item's fields). */
  private renderField(field: FieldDefinition, prefix = ''): unknown {
    const path = `${prefix}${field.name}`;
    return renderField(path === field.name ? field : { ...field, name: path }, {
      text: (value) => this.text(value),
      messages: this.messagesFor(field),
      answer: getAnswer(this.answers, path),
      renderChildren: (fields, childPrefix = prefix) => html`${fields.map((child) => this.renderField(child, childPrefix))}`,
    });
  }

  private renderAuthorError() {
    return html`<div class="author-error" part="author-error" role="alert">
      <h2>${msg('This form cannot be shown')}</h2>
      <p>${msg(str`The form definition has ${this.problems.length} problem(s). For the form's author:`)}</p>
      <ul>
        ${this.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderConfirmation() {
    return html`<div class="confirmation" part="confirmation">
      <div class="panel">
        <h2 tabindex="-1">${msg('Application submitted')}</h2>
        <p>
          ${msg('Your reference number')}
          <strong class="reference">${this.receipt?.reference}</strong>
        </p>
      </div>
      <p>${msg('We have received your application. Keep the reference number: you will need it if you contact us.')}</p>
    </div>`;
  }

  protected override render() {
    const lang = this.form ? this.activeLocale : undefined;
    switch (this.status) {
      case 'empty':
        return nothing;
      case 'loading':
        return html`<p role="status">${msg('Loading the form…')}</p>`;
      case 'load-error':
        return html`<div class="author-error" role="alert">
          <p>${msg('Part of this form could not be loaded. Check your connection and try again.')}</p>
          <button class="button" type="button" @click=${() => this.form && this.loadElementsFor(this.form)}>${msg('Try again')}</button>
        </div>`;
      case 'author-error':
        return this.renderAuthorError();
      case 'submitted':
        return html`<div lang=${lang ?? nothing}>${this.renderConfirmation()}</div>`;
    }
    const form = this.form!;
    const page = form.pages[0]!;
    return html`<div lang=${lang ?? nothing}>
      <h2 part="title">${this.text(form.title)}</h2>
      ${this.summary.length > 0 ? html`<sf-error-summary .items=${this.summary}></sf-error-summary>` : nothing}
      <form
        novalidate
        @submit=${this.onSubmit}
        @input=${this.onFieldInput}
        @change=${this.onFieldInput}
        @sf-add-item=${this.onAddItem}
        @sf-remove-item=${this.onRemoveItem}
      >
        ${page.fields.map((field) => this.renderField(field))}
        <button class="button" part="submit" type="submit" aria-disabled=${this.status === 'submitting' ? 'true' : nothing}>
          ${msg('Submit')}
        </button>
        ${this.status === 'submitting' ? html`<p class="status" role="status">${msg('Sending your application…')}</p>` : nothing}
      </form>
    </div>`;
  }
}

defineElement('sf-form', SfForm);

declare global {
  interface HTMLElementTagNameMap {
    'sf-form': SfForm;
  }
}
