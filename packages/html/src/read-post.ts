import {
  ACTION,
  postValues,
  readPageValues,
  unreadNames,
  type ContinueOutcome,
  type FormSession,
  type FormSessionState,
  type PostBody,
  type ReadAnswersOptions,
  type ShownRepeatable,
} from '@service-forms/core';
import { CONTINUE, parseAction, partId } from './ids.js';

/** Reading a served page's answers is core's (decision 0011), re-exported: this package's API is as it was. */
export { readPageAnswers, type PageAnswers, type PostBody } from '@service-forms/core';

/*
 * Reading a page's POST back (issue 22, step 2): the answers of exactly the fields the page
 * showed, as the elements would hold them for the same typing (core's `readPageValues`, which
 * sf-form's `readPageAnswers` reads a served page with too), and the button that was pressed,
 * applied through FormSession. Nothing in the body is trusted: a name the page did not show is
 * never set, only listed.
 */

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

export interface ReadPostOptions extends ReadAnswersOptions {
  /** The step the posted page showed (from its URL): a POST from another step is `stale`. */
  step?: string;
}

export interface PagePost {
  /** The state after the answers and the action. */
  state: FormSessionState;
  action: PagePostAction;
  /** Names in the body the page did not show, each once, in body order: never set. */
  ignored: string[];
}

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
  const values = postValues(body);
  if (options.step !== undefined && options.step !== state.step) {
    const consumed = new Set([ACTION, ...(options.csrfName === undefined ? [] : [options.csrfName])]);
    return { state, action: { kind: 'stale', step: options.step }, ignored: unreadNames(values, consumed) };
  }
  const read = readPageValues(session, state, values, options);
  const actionValue = values.get(ACTION)?.[0] ?? CONTINUE;
  return { ...act(session, read.state, actionValue, read.repeated), ignored: read.ignored };
}

/** The pressed button's action on the state with the page's answers. */
function act(session: FormSession, state: FormSessionState, value: string, repeated: ReadonlyMap<string, ShownRepeatable>): { state: FormSessionState; action: PagePostAction } {
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
