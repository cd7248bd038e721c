import { getAnswer } from '../answers/answer-path.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import { CHECK_ANSWERS, type FormSessionState } from '../session/transitions.js';
import { pageFieldShows, type PageReader, type ShowOptions } from './page-fields.js';
import { ACTION, datePartName } from './post-names.js';

/*
 * Reading back the answers of a page served as HTML (issue 22, step 2): the answers of exactly
 * the fields the page showed (page-fields.ts), as the elements would hold them for the same
 * typing. Nothing in the body is trusted: a name the page did not show is never set, only
 * listed. @service-forms/html's `readPagePost` reads a POST with it and then does what the
 * pressed button asks; sf-form reads a served page it takes over with `readPageAnswers`
 * (issue 15). It is in core so that the browser reads a page exactly as the server does
 * without installing the server renderer (decision 0011).
 */

/** A parsed `application/x-www-form-urlencoded` body (or the text parts of a multipart one). */
export type PostBody = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** How a page's answers are read. */
export interface ReadAnswersOptions extends ShowOptions {
  /** The CSRF input's name: not an answer, and not listed as ignored (the caller checks it). */
  csrfName?: string;
  /**
   * The files of the page's file fields, by answer path, as the caller's multipart parser gave
   * them (core's `FileLike`: name, size, type). A field with none keeps what it held: without
   * script a file input cannot show or re-send a file chosen before.
   */
  files?: Readonly<Record<string, readonly unknown[]>>;
}

/** The body as lists of values by name (own keys only: `__proto__` is a name like any other). */
export function postValues(body: PostBody): Map<string, string[]> {
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

/** A repeatable the page showed: its bounds and how many items it had (for Add and Remove). */
export interface ShownRepeatable {
  min: number;
  max: number;
  count: number;
}

/** What {@link readPageAnswers} read: the state with the page's answers, and the names not read. */
export interface PageAnswers {
  state: FormSessionState;
  /** Names in the body the page did not show (the pressed button's `action` aside), each once. */
  ignored: string[];
}

/** What {@link readPageValues} read: the page's answers, and the repeatables it showed. */
export interface PageValuesRead extends PageAnswers {
  /** The repeatables the page showed, by answer path: what Add and Remove may do. */
  repeated: ReadonlyMap<string, ShownRepeatable>;
}

/**
 * Reads the answers of the page that `state` is at from a body's values ({@link postValues}):
 * what `readPagePost` (@service-forms/html) and {@link readPageAnswers} share, so both read a
 * page the same way. Names are answer paths; a date's boxes `dob.day`, `dob.month`, `dob.year`.
 * Values are what the elements would hold for the same typing: text as typed (line breaks as
 * the browser's input holds them), a date as its typed parts, a single checkbox `true` or
 * `false`, checkboxes a list, numbers and money as typed text, an unchosen radio or select ''.
 * At check answers nothing is read.
 */
export function readPageValues(session: PageReader, state: FormSessionState, values: ReadonlyMap<string, readonly string[]>, options: ReadAnswersOptions = {}): PageValuesRead {
  const first = (name: string) => values.get(name)?.[0] ?? '';
  const consumed = new Set<string>([ACTION]);
  if (options.csrfName !== undefined) consumed.add(options.csrfName);
  let next = state;
  const repeated = new Map<string, ShownRepeatable>();
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
  return { state: next, repeated, ignored: unreadNames(values, consumed) };
}

/** The names in the body that were not read, each once, in body order. */
export function unreadNames(values: ReadonlyMap<string, readonly string[]>, read: ReadonlySet<string>): string[] {
  return [...values.keys()].filter((name) => !read.has(name));
}

/**
 * Reads the answers of the page that `state` is at from a body shaped as its POST would be (a
 * served page's `new FormData(form)`, say), exactly as `readPagePost` (@service-forms/html)
 * reads them, and does nothing else: no button's action, no validation. `sf-form` takes a
 * served page over with it (issue 15), so the answers it holds are the ones the server would
 * have read.
 */
export function readPageAnswers(session: PageReader, state: FormSessionState, body: PostBody, options: ReadAnswersOptions = {}): PageAnswers {
  const { state: next, ignored } = readPageValues(session, state, postValues(body), options);
  return { state: next, ignored };
}
