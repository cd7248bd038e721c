import type { FormDefinition, PageDefinition } from '../definition/definition-schema.js';
import { fieldAtPath } from '../definition/field-at-path.js';
import { localize, type LocalizedText } from '../definition/localized-text.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { formatAnswerPath, getAnswer, listAnswerPaths, parseAnswerPath, setAnswer } from '../answers/answer-path.js';
import { formatAnswer, type FormattedAnswer } from './format-answer.js';
import { applicableFields, applicablePages, validateFields, validatePage, type Answers, type Scope } from '../validation/page-structure.js';
import type { FieldError } from '../validation/error-codes.js';
import { validateSubmission } from '../validation/validate-submission.js';
import type { ValidationOptions } from '../validation/validate-field.js';
import { createSubmissionId, type SubmissionEnvelope } from '../submission/envelope.js';
import { splitFiles } from '../submission/split-files.js';

/** The step after the last page: "Check your answers". */
export const CHECK_ANSWERS = 'check-answers';

/**
 * A form in progress as plain data: what a server keeps in a session row and a device in a
 * draft. JSON in, JSON out; every transition of {@link FormSession} returns a new one.
 */
export interface FormSessionState {
  formId: string;
  formVersion: string;
  /** The language the person reads the form in: one the definition declares. */
  locale: string;
  /**
   * The answers, by field name; a repeatable's items are a list of answer objects, so that
   * an answer's path (`members[1].iin`) is where it is kept. Dates as typed parts.
   */
  answers: Answers;
  /** The page shown (its id), or {@link CHECK_ANSWERS}. */
  step: string;
  /** The steps shown before this one, oldest first: what Back returns through. */
  history: string[];
  /** After Change on check answers: Continue returns there. */
  returnToCheck: boolean;
  /** The errors of the last Continue, by answer path, in page order. */
  errors: Record<string, FieldError>;
}

/** Why a stored state was refused. */
export type SessionProblem = 'not_a_session' | 'other_form' | 'other_version';

/** Thrown by {@link FormSession.restore} for a state that cannot be used for this definition. */
export class SessionError extends Error {
  constructor(
    readonly problem: SessionProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SessionError';
  }
}

/** What Continue did: stayed with errors, moved on, or found everything ready to send. */
export type ContinueOutcome = 'errors' | 'next' | 'send';

/** One row of check answers: the question, the answer, and what its Change opens. */
export interface CheckAnswersRow {
  path: string;
  question: string;
  answer: FormattedAnswer;
  change: { step: string; field: string };
}

export interface CheckAnswersSection {
  step: string;
  title: string;
  rows: CheckAnswersRow[];
}

/** Validation options for every rule the session applies (`today`, for tests). */
export type SessionOptions = ValidationOptions;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A copy of answers: lists and plain objects copied, anything else (a browser's `File` in a
 * file field's answer) kept as it is, so transitions never change the state they are given.
 */
const clone = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clone(inner)])) as T;
  }
  return value;
};

/**
 * The rules of a form in progress, over one definition, for the browser and the server: which
 * pages and fields apply, where Continue, Back and Change lead, what check answers lists and
 * what is sent. It holds only the definition; the state is plain data passed in and returned.
 * sf-form's flow (docs/form-flow.md) is the model.
 */
export class FormSession {
  constructor(
    readonly definition: FormDefinition,
    private readonly options: SessionOptions = {},
  ) {}

  /** A fresh state on the first applicable page, with answers the service already knows. */
  start({ locale, answers = {} }: { locale?: string; answers?: Answers } = {}): FormSessionState {
    const form = this.definition;
    const state: FormSessionState = {
      formId: form.id,
      formVersion: form.version,
      locale: locale && form.locales.includes(locale) ? locale : form.locales[0]!,
      answers: clone(answers),
      step: '',
      history: [],
      returnToCheck: false,
      errors: {},
    };
    state.step = this.pages(state)[0]?.id ?? form.pages[0]!.id;
    return state;
  }

  // ------------------------------------------------------------------------------------------
  // Derived

  /** The pages that apply to the answers so far, in order (skipped pages left out). */
  pages(state: FormSessionState): PageDefinition[] {
    return applicablePages(this.definition, state.answers, this.options);
  }

  /** The fields of the applicable pages: what conditions may read. */
  private askedFields(state: FormSessionState): FieldDefinition[] {
    return this.pages(state).flatMap((page) => page.fields);
  }

  /** The page shown, or undefined on check answers. */
  page(state: FormSessionState): PageDefinition | undefined {
    return state.step === CHECK_ANSWERS ? undefined : (this.definition.pages.find((page) => page.id === state.step) ?? this.pages(state)[0]);
  }

  /** The fields of a page that apply to the answers so far (conditions and chosen options). */
  fields(state: FormSessionState, step = state.step): FieldDefinition[] {
    const page = this.definition.pages.find((p) => p.id === step);
    return page ? applicableFields(page.fields, state.answers, { ...this.options, scopeFields: this.askedFields(state) }) : [];
  }

  /** A one-page form sends from its page; a longer one shows check answers first. */
  get checksAnswers(): boolean {
    return this.definition.checkAnswers ?? this.definition.pages.length > 1;
  }

  /** "Step n of m" over the applicable pages; check answers is step m + 1. */
  progress(state: FormSessionState): { position: number; total: number } {
    const pages = this.pages(state);
    const position = state.step === CHECK_ANSWERS ? pages.length + 1 : pages.findIndex((page) => page.id === state.step) + 1;
    return { position, total: pages.length };
  }

  /** The step Continue leads to when the page holds (undefined: it sends). */
  nextStep(state: FormSessionState): string | undefined {
    if (state.step === CHECK_ANSWERS) return undefined;
    const pages = this.pages(state);
    const later = pages.slice(pages.findIndex((page) => page.id === state.step) + 1);
    // Back from a Change: straight to check answers, unless the change made a later page apply
    // whose questions are not answered yet; that page first (then check answers).
    const unanswered = state.returnToCheck ? later.find((page) => !this.pageHolds(state, page)) : undefined;
    if (unanswered) return unanswered.id;
    if (state.returnToCheck || !later[0]) return this.checksAnswers ? CHECK_ANSWERS : undefined;
    return later[0].id;
  }

  /**
   * The step Back leads to: the latest step in the history that still applies, else the
   * applicable page before this one; undefined on the first page.
   */
  previousStep(state: FormSessionState): string | undefined {
    const applies = (step: string) => (step === CHECK_ANSWERS ? this.checksAnswers : this.pages(state).some((page) => page.id === step));
    const fromHistory = [...state.history].reverse().find((step) => step !== state.step && applies(step));
    if (fromHistory) return fromHistory;
    const pages = this.pages(state);
    const index = state.step === CHECK_ANSWERS ? pages.length : pages.findIndex((page) => page.id === state.step);
    return index > 0 ? pages[index - 1]!.id : undefined;
  }

  private pageHolds(state: FormSessionState, page: PageDefinition): boolean {
    return validatePage(page, state.answers, { ...this.options, scopeFields: this.askedFields(state) }).ok;
  }

  /** The text of the definition in the state's language. */
  text(state: FormSessionState, value: LocalizedText | undefined): string {
    return localize(value, state.locale);
  }

  /**
   * Check answers: every applicable page with every applicable field, the answer as the person
   * would say it in their language (an option's label, a long date, money in groups, a number
   * as typed unless its field groups it), and the page and field its Change opens.
   */
  checkAnswers(state: FormSessionState): CheckAnswersSection[] {
    const pages = this.pages(state);
    const asked = pages.flatMap((page) => page.fields);
    // Every valid answer, even when another is missing (a Change made a new question apply).
    const values = validateFields(asked, state.answers, { ...this.options, scopeFields: asked }).data;
    const top: Scope = { fields: asked, answers: state.answers };
    return pages.map((page) => ({
      step: page.id,
      title: this.text(state, page.title),
      rows: applicableFields(page.fields, state.answers, { ...this.options, scopeFields: asked }).map((field) => ({
        path: field.name,
        question: this.text(state, field.label),
        answer: this.formatAnswer(state, field, values[field.name], top),
        change: { step: page.id, field: field.name },
      })),
    }));
  }

  /** An answer as the person would say it, in the state's language (see {@link formatAnswer}). */
  formatAnswer(state: FormSessionState, field: FieldDefinition, value: unknown, scope?: Scope): FormattedAnswer {
    return formatAnswer(field, value, { locale: state.locale, text: (text) => this.text(state, text), scope, options: this.options });
  }

  /**
   * The envelope to submit: every applicable page's normalized answers, files apart (only what
   * `takeFiles` accepts), or the errors that stop it.
   */
  envelope(
    state: FormSessionState,
    { takeFiles = () => [], submissionId = createSubmissionId(), createdAt = new Date().toISOString() }: { takeFiles?: (value: unknown[], path: string) => File[]; submissionId?: string; createdAt?: string } = {},
  ): { ok: true; envelope: SubmissionEnvelope } | { ok: false; errors: FieldError[] } {
    const form = this.definition;
    const result = validateSubmission(form, state.answers, this.options);
    if (!result.ok) return result;
    const { answers, files } = splitFiles(form.pages.flatMap((page) => page.fields), result.data, takeFiles);
    return { ok: true, envelope: { submissionId, formId: form.id, formVersion: form.version, locale: state.locale, answers, files, createdAt } };
  }

  // ------------------------------------------------------------------------------------------
  // Transitions: each returns a new state

  /** An answer typed or chosen, at its path (`iin`, `members[1].iin`). */
  answer(state: FormSessionState, path: string, value: unknown): FormSessionState {
    if (!fieldAtPath(this.definition.pages.flatMap((page) => page.fields), path)) throw new RangeError(`The form has no field at "${path}"`);
    const answers = clone(state.answers);
    setAnswer(answers, path, clone(value));
    return { ...state, answers };
  }

  /** Moves to a step (a page or check answers): errors cleared, history kept. */
  private goTo(state: FormSessionState, step: string): FormSessionState {
    return { ...state, step, history: [...state.history, state.step], errors: {}, returnToCheck: step === CHECK_ANSWERS ? false : state.returnToCheck };
  }

  private withErrors(state: FormSessionState, errors: readonly FieldError[]): FormSessionState {
    return { ...state, errors: Object.fromEntries(errors.map((error) => [error.field, error])) };
  }

  /**
   * Continue: the page is validated; with errors the state keeps its step and holds them, else
   * it moves to the next step. On check answers (or the last page of a form without it) the
   * whole submission is validated: an error leads to the first page in error, and `send` says
   * the envelope may be made.
   */
  continue(state: FormSessionState): { state: FormSessionState; outcome: ContinueOutcome } {
    const page = this.page(state);
    if (page) {
      const result = validatePage(page, state.answers, { ...this.options, scopeFields: this.askedFields(state) });
      if (!result.ok) return { state: this.withErrors(state, result.errors), outcome: 'errors' };
      const next = this.nextStep(state);
      if (next) return { state: this.goTo(state, next), outcome: 'next' };
    }
    const result = validateSubmission(this.definition, state.answers, this.options);
    if (result.ok) return { state: { ...state, errors: {} }, outcome: 'send' };
    // Answers changed so that an earlier page no longer holds: back to the first one in error.
    const first = this.pages(state).find((p) => result.errors.some((error) => fieldAtPath(p.fields, error.field)));
    const moved = first && first.id !== state.step ? this.goTo(state, first.id) : state;
    return { state: this.withErrors(moved, result.errors), outcome: 'errors' };
  }

  /** Back: to {@link previousStep}, or nowhere on the first page. */
  back(state: FormSessionState): FormSessionState {
    const step = this.previousStep(state);
    if (!step) return state;
    const at = state.history.lastIndexOf(step);
    return { ...state, step, history: at >= 0 ? state.history.slice(0, at) : state.history, errors: {} };
  }

  /** Change on check answers: that page, then back to check answers. */
  change(state: FormSessionState, step: string): FormSessionState {
    if (!this.pages(state).some((page) => page.id === step)) throw new RangeError(`"${step}" is not a page that applies`);
    return this.goTo({ ...state, returnToCheck: true }, step);
  }

  /** Adds an empty item to a repeatable (`members`, `members[1].documents`), up to its `max`. */
  addItem(state: FormSessionState, path: string): FormSessionState {
    const field = this.repeatableAt(path);
    const items = this.itemsAt(state, path);
    if (field.max !== undefined && items.length >= field.max) return state;
    const answers = clone(state.answers);
    setAnswer(answers, path, [...items, {}]);
    return { ...state, answers };
  }

  /** Removes an item; the errors of that repeatable's items go with it. */
  removeItem(state: FormSessionState, path: string, index: number): FormSessionState {
    this.repeatableAt(path);
    const items = this.itemsAt(state, path);
    if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new RangeError(`"${path}" has no item ${index}`);
    const answers = clone(state.answers);
    setAnswer(answers, path, items.filter((_, i) => i !== index));
    const errors = Object.fromEntries(Object.entries(state.errors).filter(([at]) => !at.startsWith(`${path}[`)));
    return { ...state, answers, errors };
  }

  private repeatableAt(path: string) {
    const field = fieldAtPath(this.definition.pages.flatMap((page) => page.fields), path);
    if (field?.type !== 'repeatable' || parseAnswerPath(path)!.length % 2 === 0) throw new RangeError(`"${path}" is not a repeatable's items`);
    return field;
  }

  private itemsAt(state: FormSessionState, path: string): unknown[] {
    const items = getAnswer(state.answers, path);
    return Array.isArray(items) ? clone(items) : [];
  }

  /** Another language: every answer, the step and the errors kept. */
  setLocale(state: FormSessionState, locale: string): FormSessionState {
    if (!this.definition.locales.includes(locale)) throw new RangeError(`The form is not in "${locale}" (it is in ${this.definition.locales.join(', ')})`);
    return { ...state, locale };
  }

  // ------------------------------------------------------------------------------------------
  // Reading a stored state

  /**
   * A state read back from JSON, checked against this definition and never trusted: another
   * form or version, or what is not a state, is refused (SessionError); what no longer fits is
   * repaired and listed in `repaired`: answers and errors at paths the form does not have are
   * dropped, an unknown or no longer applicable step becomes the first page, a language the
   * form lacks its first one.
   */
  restore(input: unknown): { state: FormSessionState; repaired: string[] } {
    const form = this.definition;
    const refuse = (problem: SessionProblem, message: string) => new SessionError(problem, message);
    if (typeof input === 'string') {
      try {
        input = JSON.parse(input);
      } catch {
        throw refuse('not_a_session', 'The stored form state is not JSON');
      }
    }
    if (!isRecord(input)) throw refuse('not_a_session', 'The stored form state is not an object');
    const { formId, formVersion, locale, answers, step, history, returnToCheck, errors } = input;
    if (typeof formId !== 'string' || typeof formVersion !== 'string' || !isRecord(answers)) {
      throw refuse('not_a_session', 'The stored form state lacks formId, formVersion or answers');
    }
    if (formId !== form.id) throw refuse('other_form', `The stored state is of form "${formId}", not "${form.id}"`);
    if (formVersion !== form.version) {
      throw refuse('other_version', `The stored state is of version ${formVersion} of "${form.id}"; the form is now version ${form.version}`);
    }
    const repaired: string[] = [];
    const fields = form.pages.flatMap((page) => page.fields);
    const cleanAnswers = clone(answers);
    // Latest first, so that dropping an item's answer never moves another's path.
    for (const { path, field } of listAnswerPaths(fields, cleanAnswers).reverse()) {
      if (field) continue;
      const keys = parseAnswerPath(path);
      const name = String(keys?.pop() ?? path);
      const holder = keys?.length ? getAnswer(cleanAnswers, formatAnswerPath(keys)) : cleanAnswers;
      if (isRecord(holder)) delete holder[name];
      repaired.push(`answers: dropped "${path}", which is no field of the form`);
    }
    const state: FormSessionState = {
      formId,
      formVersion,
      locale: typeof locale === 'string' && form.locales.includes(locale) ? locale : form.locales[0]!,
      answers: cleanAnswers,
      step: '',
      history: [],
      returnToCheck: returnToCheck === true,
      errors: {},
    };
    if (state.locale !== locale) repaired.push(`locale: ${JSON.stringify(locale)} is not a language of the form; ${state.locale} instead`);
    const applies = (s: unknown): s is string => typeof s === 'string' && (s === CHECK_ANSWERS ? this.checksAnswers : this.pages(state).some((page) => page.id === s));
    if (applies(step)) state.step = step;
    else {
      state.step = this.pages(state)[0]?.id ?? form.pages[0]!.id;
      repaired.push(`step: ${JSON.stringify(step)} is not a step that applies; the first page instead`);
    }
    if (Array.isArray(history)) state.history = history.filter(applies);
    if (!Array.isArray(history) || state.history.length !== history.length) repaired.push('history: steps that do not apply dropped');
    for (const [path, error] of Object.entries(isRecord(errors) ? errors : {})) {
      if (isRecord(error) && error.field === path && typeof error.code === 'string' && isRecord(error.params) && fieldAtPath(fields, path)) {
        state.errors[path] = clone(error) as unknown as FieldError;
      } else repaired.push(`errors: dropped the error at "${path}"`);
    }
    return { state, repaired };
  }
}
