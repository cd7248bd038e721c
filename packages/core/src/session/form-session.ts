import type { FormDefinition, PageDefinition } from '../definition/definition-schema.js';
import { fieldAtPath } from '../definition/field-at-path.js';
import { localize, type LocalizedText } from '../definition/localized-text.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { formatAnswerPath, getAnswer, listAnswerPaths, parseAnswerPath } from '../answers/answer-path.js';
import { formatAnswer, type FormattedAnswer } from './format-answer.js';
import { applicableFields, validateFields, type Answers, type Scope } from '../validation/page-structure.js';
import type { FieldError } from '../validation/error-codes.js';
import { validateSubmission } from '../validation/validate-submission.js';
import { createSubmissionId, type SubmissionEnvelope } from '../submission/envelope.js';
import { splitFiles } from '../submission/split-files.js';
import {
  addItemState,
  answerState,
  backState,
  changeState,
  checksAnswers,
  continueState,
  fieldsOf,
  nextStep,
  pageOf,
  pagesOf,
  previousStep,
  progressOf,
  removeItemState,
  setLocaleState,
  startState,
  stepApplies,
  type ContinueOutcome,
  type FormSessionState,
  type SessionOptions,
} from './transitions.js';
import { cloneAnswers, isRecord } from './clone-answers.js';

// The state and its constants are defined beside the functions the class wraps.
export { CHECK_ANSWERS, type ContinueOutcome, type FormSessionState, type SessionOptions } from './transitions.js';

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

  /** A fresh state on the first applicable page, with answers the service already knows ({@link startState}). */
  start(init: { locale?: string; answers?: Answers } = {}): FormSessionState {
    return startState(this.definition, init, this.options);
  }

  // ------------------------------------------------------------------------------------------
  // Derived

  /** The pages that apply to the answers so far, in order (skipped pages left out). */
  pages(state: FormSessionState): PageDefinition[] {
    return pagesOf(this.definition, state, this.options);
  }

  /** The page shown, or undefined on check answers. */
  page(state: FormSessionState): PageDefinition | undefined {
    return pageOf(this.definition, state, this.options);
  }

  /** The fields of a page that apply to the answers so far (conditions and chosen options). */
  fields(state: FormSessionState, step = state.step): FieldDefinition[] {
    return fieldsOf(this.definition, state, step, this.options);
  }

  /** A one-page form sends from its page; a longer one shows check answers first. */
  get checksAnswers(): boolean {
    return checksAnswers(this.definition);
  }

  /** "Step n of m" over the applicable pages; check answers is step m + 1. */
  progress(state: FormSessionState): { position: number; total: number } {
    return progressOf(this.definition, state, this.options);
  }

  /** The step Continue leads to when the page holds (undefined: it sends). */
  nextStep(state: FormSessionState): string | undefined {
    return nextStep(this.definition, state, this.options);
  }

  /** The step Back leads to (see {@link previousStep}); undefined on the first page. */
  previousStep(state: FormSessionState): string | undefined {
    return previousStep(this.definition, state, this.options);
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
  // Transitions: each returns a new state (the functions of transitions.ts)

  /** An answer typed or chosen, at its path (`iin`, `members[1].iin`). */
  answer(state: FormSessionState, path: string, value: unknown): FormSessionState {
    return answerState(this.definition, state, path, value);
  }

  /**
   * Continue: the page is validated; with errors the state keeps its step and holds them, else
   * it moves to the next step. On check answers (or the last page of a form without it) the
   * whole submission is validated: an error leads to the first page in error, and `send` says
   * the envelope may be made.
   */
  continue(state: FormSessionState): { state: FormSessionState; outcome: ContinueOutcome } {
    return continueState(this.definition, state, this.options);
  }

  /** Back: to {@link previousStep}, or nowhere on the first page. */
  back(state: FormSessionState): FormSessionState {
    return backState(this.definition, state, this.options);
  }

  /** Change on check answers: that page, then back to check answers. */
  change(state: FormSessionState, step: string): FormSessionState {
    return changeState(this.definition, state, step, this.options);
  }

  /** Adds an empty item to a repeatable (`members`, `members[1].documents`), up to its `max`. */
  addItem(state: FormSessionState, path: string): FormSessionState {
    return addItemState(this.definition, state, path);
  }

  /** Removes an item; the errors of that repeatable's items go with it. */
  removeItem(state: FormSessionState, path: string, index: number): FormSessionState {
    return removeItemState(this.definition, state, path, index);
  }

  /** Another language: every answer, the step and the errors kept. */
  setLocale(state: FormSessionState, locale: string): FormSessionState {
    return setLocaleState(this.definition, state, locale);
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
    const cleanAnswers = cloneAnswers(answers);
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
    const applies = (s: unknown): s is string => stepApplies(form, this.pages(state), s);
    if (applies(step)) state.step = step;
    else {
      state.step = this.pages(state)[0]?.id ?? form.pages[0]!.id;
      repaired.push(`step: ${JSON.stringify(step)} is not a step that applies; the first page instead`);
    }
    if (Array.isArray(history)) state.history = history.filter(applies);
    if (!Array.isArray(history) || state.history.length !== history.length) repaired.push('history: steps that do not apply dropped');
    for (const [path, error] of Object.entries(isRecord(errors) ? errors : {})) {
      if (isRecord(error) && error.field === path && typeof error.code === 'string' && isRecord(error.params) && fieldAtPath(fields, path)) {
        state.errors[path] = cloneAnswers(error) as unknown as FieldError;
      } else repaired.push(`errors: dropped the error at "${path}"`);
    }
    return { state, repaired };
  }
}
