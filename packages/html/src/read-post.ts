import {
  CHECK_ANSWERS,
  getAnswer,
  type ContinueOutcome,
  type FieldDefinition,
  type FormSession,
  type FormSessionState,
} from '@service-forms/core';
import { ACTION, CONTINUE, datePartName, parseAction, partId } from './ids.js';
import { pageFieldShows, type PageReader, type ShowOptions } from './page-fields.js';

/*
 * Reading a page's POST back (issue 22, step 2): the answers of exactly the fields the page
 * showed (page-fields.ts), as the elements would hold them for the same typing, and the button
 * that was pressed, applied through FormSession. Nothing in the body is trusted: a name the
 * page did not show is never set, only listed.
 */

/** A parsed `application/x-www-form-urlencoded` body (or the text parts of a multipart one). */
export type PostBody = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What the POST asked for, and what came of it. */
export type PagePostAction =
  /** Continue (or Enter, or Accept and send): FormSession's `continue` and its outcome. */
  | { kind: 'continue'; outcome: ContinueOutcome }
  /** Add another: an item added; `targetId` is the new item's heading (for the redirect's fragment). */
  | { kind: 'add'; path: string; targetId: string }
  /** Remove: the item removed; `targetId` is the heading now in its place, else the Add button. */
  | { kind: 'remove'; path: string; index: number; targetId: string }
  /** Back, the answers typed on the page kept. */
  | { kind: 'back' }
  /** Change from check answers, to a page that applies (`change:<page id>`). */
  | { kind: 'change'; step: string }
  /** Another of the form's languages (`language:<locale>`), every answer kept. */
  | { kind: 'language'; locale: string }
  /** The posted page is not the state's step (another tab, a replayed POST): nothing read, nothing changed. */
  | { kind: 'stale'; step: string }
  /** An action the page does not offer (or that cannot be done): the answers are kept, nothing else. */
  | { kind: 'none'; value: string };

export interface ReadPostOptions extends ShowOptions {
  /** The CSRF input's name: not an answer, and not listed as ignored (the caller checks it). */
  csrfName?: string;
  /** The step the posted page showed (from its URL): a POST from another step is `stale`. */
  step?: string;
  /**
   * The files of the page's file fields, by answer path, as the caller's multipart parser gave
   * them (core's `FileLike`: name, size, type). A field with none keeps what it held: without
   * script a file input cannot show or re-send a file chosen before.
   */
  files?: Readonly<Record<string, readonly unknown[]>>;
}

export interface PagePost {
  /** The state after the answers and the action. */
  state: FormSessionState;
  action: PagePostAction;
  /** Names in the body the page did not show, each once, in body order: never set. */
  ignored: string[];
}

/** The body as lists of values by name (own keys only: `__proto__` is a name like any other). */
function valuesOf(body: PostBody): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (name: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const list = values.get(name) ?? [];
    list.push(value);
    values.set(name, list);
  };
  if (body instanceof URLSearchParams) {
    for (const [name, value] of body) add(name, value);
  } else {
    for (const name of Object.keys(body)) {
      const value = body[name];
      for (const one of Array.isArray(value) ? value : [value]) add(name, one);
    }
  }
  return values;
}

/** What a single-line box holds: HTML's value sanitization strips line breaks (the browser's and the element's inner input). */
const line = (text: string) => text.replace(/[\r\n]/g, '');
/** What a textarea holds: its value has `\n` line breaks; a submitted one has `\r\n`. */
const multiline = (text: string) => text.replace(/\r\n?/g, '\n');
/** An email box also drops white space around the address (HTML's email value sanitization). */
const email = (text: string) => line(text).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

/** Checked boxes as sf-checkbox-group keeps them: option order, then unknown values, each once. */
function inOptionOrder(values: readonly string[], options: readonly { value: string }[]): string[] {
  const known = options.map((option) => option.value);
  return [...known.filter((v) => values.includes(v)), ...values.filter((v, i) => !known.includes(v) && values.indexOf(v) === i)];
}

interface Repeated {
  min: number;
  max: number;
  count: number;
}

/** The answers a page's body holds, read onto the state: what both readers share. */
interface ReadAnswers {
  state: FormSessionState;
  /** The repeatables the page showed, for Add and Remove. */
  repeated: Map<string, Repeated>;
  /** The names read (or owned by the caller): the rest of the body is ignored. */
  consumed: Set<string>;
}

function readAnswers(session: PageReader, state: FormSessionState, values: Map<string, string[]>, options: ReadPostOptions): ReadAnswers {
  const first = (name: string) => values.get(name)?.[0] ?? '';
  const consumed = new Set<string>([ACTION]);
  if (options.csrfName !== undefined) consumed.add(options.csrfName);
  let next = state;
  const repeated = new Map<string, Repeated>();
  const page = state.step === CHECK_ANSWERS ? undefined : session.page(state);
  if (page) {
    const shows = pageFieldShows(session, state, page, options);
    const set = (path: string, value: unknown) => (next = session.answer(next, path, value));
    const read = (fields: readonly FieldDefinition[], prefix: string): void => {
      for (const field of fields) {
        if (!shows(field)) continue;
        const path = `${prefix}${field.name}`;
        switch (field.type) {
          case 'fieldset':
            read(field.fields, prefix);
            continue;
          case 'repeatable': {
            const items = getAnswer(state.answers, path);
            const count = Array.isArray(items) ? items.length : 0;
            repeated.set(path, { min: field.min ?? 0, max: field.max ?? Infinity, count });
            for (let i = 0; i < count; i++) read(field.fields, `${path}[${i}].`);
            continue;
          }
          case 'date': {
            const parts = { day: '', month: '', year: '' };
            for (const part of ['day', 'month', 'year'] as const) {
              const name = datePartName(path, part);
              consumed.add(name);
              parts[part] = line(first(name));
            }
            set(path, parts);
            continue;
          }
          case 'file': {
            // A file input's part is the caller's to parse: its name in this body is never an answer.
            const files = options.files && Object.hasOwn(options.files, path) ? options.files[path] : undefined;
            if (files?.length) set(path, [...files]);
            continue;
          }
          case 'checkbox':
            consumed.add(path);
            set(path, values.has(path));
            continue;
          case 'checkboxes':
            consumed.add(path);
            set(path, inOptionOrder(values.get(path) ?? [], field.options));
            break;
          case 'textarea':
            consumed.add(path);
            set(path, multiline(first(path)));
            continue;
          case 'email':
            consumed.add(path);
            set(path, email(first(path)));
            continue;
          case 'radios':
          case 'select':
            consumed.add(path);
            set(path, first(path));
            break;
          default:
            // text (every format), number, money: a single-line box's text.
            consumed.add(path);
            set(path, line(first(path)));
            continue;
        }
        // Radios and checkboxes: what their options reveal is always on the page.
        if (field.type === 'radios' || field.type === 'checkboxes') for (const option of field.options) if (option.reveals) read(option.reveals, prefix);
      }
    };
    read(page.fields, '');
  }
  return { state: next, repeated, consumed };
}

/** The names in the body that were not read, each once, in body order. */
const ignoredOf = (values: Map<string, string[]>, consumed: ReadonlySet<string>) => [...values.keys()].filter((name) => !consumed.has(name));

/**
 * Reads a page's POST: sets the answers of the fields the page showed (names are answer paths;
 * a date's boxes `dob.day`, `dob.month`, `dob.year`), then does what the pressed button asks
 * (`action`: `continue`, the default; `add:<path>`; `remove:<path>[i]`; `back`;
 * `change:<step>`; `language:<locale>`). Values are what the elements would hold for the same
 * typing: text as typed (line breaks as the browser's input holds them), a date as its typed
 * parts (core says `date_incomplete` with the missing parts), a single checkbox `true` or
 * `false`, checkboxes a list, numbers and money as typed text, an unchosen radio or select ''.
 */
export function readPagePost(session: FormSession, state: FormSessionState, body: PostBody, options: ReadPostOptions = {}): PagePost {
  const values = valuesOf(body);
  if (options.step !== undefined && options.step !== state.step) {
    const consumed = new Set([ACTION, ...(options.csrfName === undefined ? [] : [options.csrfName])]);
    return { state, action: { kind: 'stale', step: options.step }, ignored: ignoredOf(values, consumed) };
  }
  const read = readAnswers(session, state, values, options);
  const actionValue = values.get(ACTION)?.[0] ?? CONTINUE;
  return { ...act(session, read.state, actionValue, read.repeated), ignored: ignoredOf(values, read.consumed) };
}

/** What {@link readPageAnswers} read: the state with the page's answers, and the names not read. */
export interface PageAnswers {
  state: FormSessionState;
  /** Names in the body the page did not show (the pressed button's `action` aside), each once. */
  ignored: string[];
}

/**
 * Reads the answers of the page that `state` is at from a body shaped as its POST would be (a
 * served page's `new FormData(form)`, say), exactly as {@link readPagePost} reads them, and
 * does nothing else: no button's action, no validation. `sf-form` takes a served page over with
 * it (issue 15), so the answers it holds are the ones the server would have read.
 */
export function readPageAnswers(session: PageReader, state: FormSessionState, body: PostBody, options: ReadPostOptions = {}): PageAnswers {
  const values = valuesOf(body);
  const read = readAnswers(session, state, values, options);
  return { state: read.state, ignored: ignoredOf(values, read.consumed) };
}

/** The pressed button's action on the state with the page's answers. */
function act(session: FormSession, state: FormSessionState, value: string, repeated: ReadonlyMap<string, Repeated>): { state: FormSessionState; action: PagePostAction } {
  const none = { state, action: { kind: 'none' as const, value } };
  if (value === CONTINUE) {
    const { state: next, outcome } = session.continue(state);
    return { state: next, action: { kind: 'continue', outcome } };
  }
  if (value === 'back') return { state: session.back(state), action: { kind: 'back' } };
  const added = parseAction(value);
  if (added) {
    // Only the Add and Remove buttons the page showed.
    const items = repeated.get(added.path);
    if (!items) return none;
    if (added.kind === 'add') {
      if (items.count >= items.max) return none;
      return { state: session.addItem(state, added.path), action: { kind: 'add', path: added.path, targetId: partId(`${added.path}[${items.count}]`, 'heading') } };
    }
    if (added.index >= items.count || items.count <= items.min) return none;
    const left = items.count - 1;
    const targetId = left > 0 ? partId(`${added.path}[${Math.min(added.index, left - 1)}]`, 'heading') : partId(added.path, 'add');
    return { state: session.removeItem(state, added.path, added.index), action: { kind: 'remove', path: added.path, index: added.index, targetId } };
  }
  const change = /^change:(.+)$/.exec(value);
  if (change) {
    const step = change[1]!;
    return session.pages(state).some((page) => page.id === step) ? { state: session.change(state, step), action: { kind: 'change', step } } : none;
  }
  const language = /^language:(.+)$/.exec(value);
  if (language) {
    const locale = language[1]!;
    return session.definition.locales.includes(locale) ? { state: session.setLocale(state, locale), action: { kind: 'language', locale } } : none;
  }
  return none;
}
