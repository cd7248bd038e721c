import type { FormDefinition, PageDefinition } from '../definition/definition-schema.js';
import { fieldAtPath } from '../definition/field-at-path.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { getAnswer, parseAnswerPath, setAnswer } from '../answers/answer-path.js';
import { applicableFields, applicablePages, validatePage, type Answers } from '../validation/page-structure.js';
import type { FieldError } from '../validation/error-codes.js';
import { validateSubmission } from '../validation/validate-submission.js';
import type { ValidationOptions } from '../validation/validate-field.js';
import { cloneAnswers } from './clone-answers.js';

/**
 * A form in progress as plain functions over (definition, state): each transition returns a new
 * state and never changes the one given, each derivation only reads. `FormSession` is a class
 * over them (for the server and the HTML renderer); a bundle that imports only some of them
 * (sf-form's entry) takes only those. docs/form-session.md lists them.
 */

/** The step after the last page: "Check your answers". */
export const CHECK_ANSWERS = 'check-answers';

/**
 * A form in progress as plain data: what a server keeps in a session row and a device in a
 * draft. JSON in, JSON out; every transition returns a new one.
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

/**
 * What of a session moves as the person answers: all of it but the form and the language
 * (`sf-form` holds one; its definition and `locale` say the rest).
 */
export type SessionProgress = Omit<FormSessionState, 'formId' | 'formVersion' | 'locale'>;

/** What Continue did: stayed with errors, moved on, or found everything ready to send. */
export type ContinueOutcome = 'errors' | 'next' | 'send';

/** Validation options for every rule the session applies (`today`, for tests). */
export type SessionOptions = ValidationOptions;

// ------------------------------------------------------------------------------------------
// Derived

/** The pages that apply to the state's answers, in order (skipped pages left out). */
export function pagesOf(form: FormDefinition, state: Pick<FormSessionState, 'answers'>, options: SessionOptions = {}): PageDefinition[] {
  return applicablePages(form, state.answers, options);
}

/** The fields of the applicable pages: what conditions may read. */
export function askedFieldsOf(form: FormDefinition, state: Pick<FormSessionState, 'answers'>, options: SessionOptions = {}): FieldDefinition[] {
  return pagesOf(form, state, options).flatMap((page) => page.fields);
}

/** The page shown, or undefined on check answers (an unknown step: the first applicable page). */
export function pageOf(form: FormDefinition, state: Pick<FormSessionState, 'answers' | 'step'>, options: SessionOptions = {}): PageDefinition | undefined {
  return state.step === CHECK_ANSWERS ? undefined : (form.pages.find((page) => page.id === state.step) ?? pagesOf(form, state, options)[0]);
}

/** The fields of a page (the state's, by default) that apply to the answers so far. */
export function fieldsOf(form: FormDefinition, state: Pick<FormSessionState, 'answers' | 'step'>, step = state.step, options: SessionOptions = {}): FieldDefinition[] {
  const page = form.pages.find((p) => p.id === step);
  return page ? applicableFields(page.fields, state.answers, { ...options, scopeFields: askedFieldsOf(form, state, options) }) : [];
}

/** Whether the form shows check answers: a one-page form sends from its page, a longer one checks first. */
export function checksAnswers(form: FormDefinition): boolean {
  return form.checkAnswers ?? form.pages.length > 1;
}

/** A step's place (from 1) among the applicable `pages`; check answers comes after the last (0: not among them). */
export function stepPosition(pages: readonly PageDefinition[], step: string): number {
  return step === CHECK_ANSWERS ? pages.length + 1 : pages.findIndex((page) => page.id === step) + 1;
}

/** "Step n of m" over the applicable pages; check answers is step m + 1. */
export function progressOf(form: FormDefinition, state: Pick<FormSessionState, 'answers' | 'step'>, options: SessionOptions = {}): { position: number; total: number } {
  const pages = pagesOf(form, state, options);
  return { position: stepPosition(pages, state.step), total: pages.length };
}

/** Whether a page's applicable questions hold with the state's answers. */
export function pageHolds(form: FormDefinition, state: Pick<FormSessionState, 'answers'>, page: PageDefinition, options: SessionOptions = {}): boolean {
  return validatePage(page, state.answers, { ...options, scopeFields: askedFieldsOf(form, state, options) }).ok;
}

/** The step Continue leads to when the page holds (undefined: it sends). */
export function nextStep(form: FormDefinition, state: Pick<FormSessionState, 'answers' | 'step' | 'returnToCheck'>, options: SessionOptions = {}): string | undefined {
  if (state.step === CHECK_ANSWERS) return undefined;
  const pages = pagesOf(form, state, options);
  const later = pages.slice(pages.findIndex((page) => page.id === state.step) + 1);
  // Back from a Change: straight to check answers, unless the change made a later page apply
  // whose questions are not answered yet; that page first (then check answers).
  const unanswered = state.returnToCheck ? later.find((page) => !pageHolds(form, state, page, options)) : undefined;
  if (unanswered) return unanswered.id;
  if (state.returnToCheck || !later[0]) return checksAnswers(form) ? CHECK_ANSWERS : undefined;
  return later[0].id;
}

/**
 * The step Back leads to: the latest step in the history that still applies, else the
 * applicable page before this one; undefined on the first page.
 */
export function previousStep(form: FormDefinition, state: Pick<FormSessionState, 'answers' | 'step' | 'history'>, options: SessionOptions = {}): string | undefined {
  const pages = pagesOf(form, state, options);
  const fromHistory = [...state.history].reverse().find((step) => step !== state.step && stepApplies(form, pages, step));
  if (fromHistory) return fromHistory;
  const index = state.step === CHECK_ANSWERS ? pages.length : pages.findIndex((page) => page.id === state.step);
  return index > 0 ? pages[index - 1]!.id : undefined;
}

/** Whether a step is one the form shows with these applicable pages: one of them, or check answers when it has it. */
export function stepApplies(form: FormDefinition, pages: readonly PageDefinition[], step: unknown): step is string {
  return typeof step === 'string' && (step === CHECK_ANSWERS ? checksAnswers(form) : pages.some((page) => page.id === step));
}

/** The first applicable page that asks a field these errors name. */
export function pageWithErrors(form: FormDefinition, state: Pick<FormSessionState, 'answers'>, errors: readonly FieldError[], options: SessionOptions = {}): PageDefinition | undefined {
  return pagesOf(form, state, options).find((page) => errors.some((error) => fieldAtPath(page.fields, error.field)));
}

// ------------------------------------------------------------------------------------------
// Transitions: each returns a new state

/** A fresh state on the first applicable page, with answers the service already knows. */
export function startState(form: FormDefinition, { locale, answers = {} }: { locale?: string; answers?: Answers } = {}, options: SessionOptions = {}): FormSessionState {
  const state: FormSessionState = {
    formId: form.id,
    formVersion: form.version,
    locale: locale && form.locales.includes(locale) ? locale : form.locales[0]!,
    answers: cloneAnswers(answers),
    step: '',
    history: [],
    returnToCheck: false,
    errors: {},
  };
  state.step = pagesOf(form, state, options)[0]?.id ?? form.pages[0]!.id;
  return state;
}

/** An answer typed or chosen, at its path (`iin`, `members[1].iin`); a path the form does not have is a RangeError. */
export function answerState<S extends Pick<FormSessionState, 'answers'>>(form: FormDefinition, state: S, path: string, value: unknown): S {
  if (!fieldAtPath(form.pages.flatMap((page) => page.fields), path)) throw new RangeError(`The form has no field at "${path}"`);
  const answers = cloneAnswers(state.answers);
  setAnswer(answers, path, cloneAnswers(value));
  return { ...state, answers };
}

/** Moves to a step (a page or check answers): errors cleared, the step left in the history. */
export function stepState<S extends Pick<FormSessionState, 'step' | 'history' | 'errors' | 'returnToCheck'>>(state: S, step: string): S {
  return { ...state, step, history: [...state.history, state.step], errors: {}, returnToCheck: step === CHECK_ANSWERS ? false : state.returnToCheck };
}

/** The state holding these errors, by answer path (in the order given). */
export function errorsState<S extends Pick<FormSessionState, 'errors'>>(state: S, errors: readonly FieldError[]): S {
  return { ...state, errors: Object.fromEntries(errors.map((error) => [error.field, error])) };
}

/**
 * Continue: the page is validated; with errors the state keeps its step and holds them, else
 * it moves to the next step. On check answers (or the last page of a form without it) the
 * whole submission is validated: an error leads to the first page in error, and `send` says
 * the envelope may be made.
 */
export function continueState<S extends SessionProgress>(form: FormDefinition, state: S, options: SessionOptions = {}): { state: S; outcome: ContinueOutcome } {
  const page = pageOf(form, state, options);
  if (page) {
    const result = validatePage(page, state.answers, { ...options, scopeFields: askedFieldsOf(form, state, options) });
    if (!result.ok) return { state: errorsState(state, result.errors), outcome: 'errors' };
    const next = nextStep(form, state, options);
    if (next) return { state: stepState(state, next), outcome: 'next' };
  }
  const result = validateSubmission(form, state.answers, options);
  if (result.ok) return { state: { ...state, errors: {} }, outcome: 'send' };
  // Answers changed so that an earlier page no longer holds: back to the first one in error.
  const first = pageWithErrors(form, state, result.errors, options);
  const moved = first && first.id !== state.step ? stepState(state, first.id) : state;
  return { state: errorsState(moved, result.errors), outcome: 'errors' };
}

/** Back: to {@link previousStep}, or nowhere on the first page; the history behind it is dropped. */
export function backState<S extends SessionProgress>(form: FormDefinition, state: S, options: SessionOptions = {}): S {
  const step = previousStep(form, state, options);
  if (!step) return state;
  const at = state.history.lastIndexOf(step);
  return { ...state, step, history: at >= 0 ? state.history.slice(0, at) : state.history, errors: {} };
}

/** Change on check answers: that page, then back to check answers; a page that does not apply is a RangeError. */
export function changeState<S extends SessionProgress>(form: FormDefinition, state: S, step: string, options: SessionOptions = {}): S {
  if (!pagesOf(form, state, options).some((page) => page.id === step)) throw new RangeError(`"${step}" is not a page that applies`);
  return stepState({ ...state, returnToCheck: true }, step);
}

function repeatableAt(form: FormDefinition, path: string) {
  const field = fieldAtPath(form.pages.flatMap((page) => page.fields), path);
  if (field?.type !== 'repeatable' || parseAnswerPath(path)!.length % 2 === 0) throw new RangeError(`"${path}" is not a repeatable's items`);
  return field;
}

function itemsAt(state: Pick<FormSessionState, 'answers'>, path: string): unknown[] {
  const items = getAnswer(state.answers, path);
  return Array.isArray(items) ? cloneAnswers(items) : [];
}

/** Adds an empty item to a repeatable (`members`, `members[1].documents`), up to its `max`. */
export function addItemState<S extends Pick<FormSessionState, 'answers'>>(form: FormDefinition, state: S, path: string): S {
  const field = repeatableAt(form, path);
  const items = itemsAt(state, path);
  if (field.max !== undefined && items.length >= field.max) return state;
  const answers = cloneAnswers(state.answers);
  setAnswer(answers, path, [...items, {}]);
  return { ...state, answers };
}

/** Removes an item; the errors of that repeatable's items go with it. */
export function removeItemState<S extends Pick<FormSessionState, 'answers' | 'errors'>>(form: FormDefinition, state: S, path: string, index: number): S {
  repeatableAt(form, path);
  const items = itemsAt(state, path);
  if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new RangeError(`"${path}" has no item ${index}`);
  const answers = cloneAnswers(state.answers);
  setAnswer(answers, path, items.filter((_, i) => i !== index));
  const errors = Object.fromEntries(Object.entries(state.errors).filter(([at]) => !at.startsWith(`${path}[`)));
  return { ...state, answers, errors };
}

/** Another language the form declares (else a RangeError): every answer, the step and the errors kept. */
export function setLocaleState<S extends Pick<FormSessionState, 'locale'>>(form: FormDefinition, state: S, locale: string): S {
  if (!form.locales.includes(locale)) throw new RangeError(`The form is not in "${locale}" (it is in ${form.locales.join(', ')})`);
  return { ...state, locale };
}
