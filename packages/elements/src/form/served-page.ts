import { answerState, pageOf, pagesOf, readPageAnswers, type FormDefinition, type FormSessionState, type PageReader, type ServedState } from '@service-forms/core';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FormControl } from '../internal/form-control.js';
import { SfPageChangeEvent } from '../events/form-events.js';

/*
 * Taking a served page over (issue 15, decision 0012): a chunk of its own, loaded only by an
 * `<sf-form served="…">` around a page that @service-forms/html rendered, so the entry and any
 * page without served HTML carry none of it. It reads the application so far from the `served`
 * attribute (for this form and version; the answers are checked as any others when the form
 * validates, and the step must apply, as a draft's must), and reads
 * the current page's inputs as they are now (typed since the page loaded) exactly as the server
 * would read their POST (`readPageAnswers`).
 */

/** Where focus was in the served page: the answer path, a date's box, and the caret. */
export interface ServedFocus {
  path: string;
  part?: string;
  selection?: [number, number, 'forward' | 'backward' | 'none'];
}

/** What sf-form goes on from: the served application with the current page's inputs read. */
export interface TakenOver {
  answers: Record<string, unknown>;
  step: string;
  returnToCheck: boolean;
  /** The session's submission id: sf-form sends with it, so the receiver stores one application. */
  submissionId: string;
  /** The field that had focus in the served page, if one did. */
  focus?: ServedFocus;
}

/**
 * The served application under `host`, or undefined when it cannot be taken over (and the
 * served page keeps working as it is): `served` is not a state, is for another form or
 * version than `form`, or the answers hold files (the server keeps them; sf-form could not
 * send them again).
 */
export function takeOver(host: ServedHost, served: string, form: FormDefinition): TakenOver | undefined {
  let parsed: ServedState;
  try {
    parsed = JSON.parse(served) as ServedState;
  } catch (error) {
    console.error('<sf-form>: the served page cannot be taken over: `served` is not JSON:', (error as Error).message);
    return undefined;
  }
  const { formId, formVersion, submissionId, locale, step, history, returnToCheck, answers, files } = parsed ?? {};
  // Another form or version, or files the server keeps: the served page stays as it is.
  if (formId !== form.id || formVersion !== form.version || files) return undefined;
  if (typeof submissionId !== 'string' || typeof step !== 'string' || !answers || typeof answers !== 'object' || Array.isArray(answers)) {
    console.error('<sf-form>: the served page cannot be taken over: `served` is not a served state');
    return undefined;
  }
  // What reading the page needs of a session, from core's transitions (not the whole FormSession).
  const reader: PageReader = {
    definition: form,
    pages: (state) => pagesOf(form, state),
    page: (state) => pageOf(form, state),
    answer: (state, path, value) => answerState(form, state, path, value),
  };
  const state: FormSessionState = {
    formId,
    formVersion,
    locale: typeof locale === 'string' ? locale : form.locales[0]!,
    answers,
    step,
    history: Array.isArray(history) ? history : [],
    returnToCheck: returnToCheck === true,
    errors: {},
  };
  const keeps = form.drafts !== false && (host.drafts ?? (host.constructor as { defaultDrafts?: string }).defaultDrafts) !== 'off';
  // A reload after pages answered with the element: the server still serves the page it was
  // taken over on, with what it knew then; what the element kept for this tab is newer (sf-form
  // opens at its page if that still applies, as for a draft).
  const kept = keeps ? keptInTab(served, submissionId) : undefined;
  headingsAsServed(host);
  if (keeps) keepInTab(host, served, submissionId, kept?.step ?? step);
  if (kept) return { answers: kept.answers, step: kept.step, returnToCheck: false, submissionId };
  const page = host.querySelector('form');
  const body = new URLSearchParams();
  if (page) for (const [name, value] of new FormData(page)) if (typeof value === 'string') body.append(name, value);
  const read = readPageAnswers(reader, state, body).state;
  const focus = servedFocus(host);
  return { answers: read.answers, step, returnToCheck: state.returnToCheck, submissionId, ...(focus ? { focus } : {}) };
}

/** The element holding a served page, as this chunk reads it: its public answers and drafts setting. */
type ServedHost = ReactiveElement & { readonly currentAnswers: Readonly<Record<string, unknown>>; drafts?: string | undefined };

/** What the element answered since it took the page over, for this tab: the served state it began from, the answers, the page. */
interface KeptInTab {
  from: string;
  answers: Record<string, unknown>;
  step: string;
}

const tabKey = (submissionId: string) => `sf-served:${submissionId}`;

/**
 * What the element has done since the takeover, kept for this tab (sessionStorage, gone when
 * the tab closes; never files): so a reload, which the server answers with the page it last
 * saw, returns to where the person is, with what they answered since. It holds only while the
 * served state it began from is what the server serves again: once the server moved on (pages
 * answered as HTML after a reload without the bundle), the server's is newer, and this is
 * dropped. Written at every page change and as the page is hidden or left (a reload); cleared
 * once the application is sent. Not kept when drafts are off (`drafts="off"`, the site's
 * default, or the definition's `"drafts": false`).
 */
function keepInTab(host: ServedHost, served: string, submissionId: string, step: string): void {
  const save = (event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (event instanceof SfPageChangeEvent) step = event.step;
    const kept: KeptInTab = { from: served, step, answers: host.currentAnswers };
    try {
      // Files are left out (a list of them keeps its other items).
      sessionStorage.setItem(
        tabKey(submissionId),
        JSON.stringify(kept, (_key, value: unknown) => (value instanceof Blob ? undefined : Array.isArray(value) ? value.filter((each) => !(each instanceof Blob)) : value)),
      );
    } catch {
      // Storage full or refused: a reload returns to the server's page, as without it.
    }
  };
  host.addEventListener('sf-page-change', save);
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', save);
  host.addEventListener('sf-submitted', () => {
    window.removeEventListener('pagehide', save);
    document.removeEventListener('visibilitychange', save);
    host.removeEventListener('sf-page-change', save);
    try {
      sessionStorage.removeItem(tabKey(submissionId));
    } catch {
      // Nothing kept.
    }
  }, { once: true });
}

/** What this tab kept for the session, if it began from the state served now. */
function keptInTab(served: string, submissionId: string): KeptInTab | undefined {
  try {
    const kept = JSON.parse(sessionStorage.getItem(tabKey(submissionId)) ?? 'null') as KeptInTab | null;
    if (kept?.from === served && typeof kept.step === 'string' && kept.answers && typeof kept.answers === 'object') return kept;
  } catch {
    // Unreadable: the server's page.
  }
  return undefined;
}

/** The served input that has focus, by the answer path its name is (a date's box: `dob.day`). */
function servedFocus(host: HTMLElement): ServedFocus | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) || !host.contains(active) || !active.name) return undefined;
  const date = /^(.+)\.(day|month|year)$/.exec(active.name);
  const focus: ServedFocus = date ? { path: date[1]!, part: date[2]! } : { path: active.name };
  if (!(active instanceof HTMLSelectElement)) {
    try {
      if (active.selectionStart !== null && active.selectionEnd !== null) focus.selection = [active.selectionStart, active.selectionEnd, active.selectionDirection ?? 'none'];
    } catch {
      // A radio or checkbox has no selection.
    }
  }
  return focus;
}

/**
 * Puts focus back where it was in the served page, once `host` (sf-form) has rendered the page
 * (and removes the served page, read and no longer drawn):
 * on its control for the same field, with the caret and selection, without scrolling, so the
 * person goes on typing where they were.
 */
export async function restoreFocus(host: ReactiveElement, { focus }: TakenOver): Promise<void> {
  await host.updateComplete;
  const main = host.querySelector('main')?.id;
  // The served page is no longer drawn (nothing slots it) and has been read: let it go, so the
  // page holds one form, not two (half the DOM nodes of a long page, and less memory).
  host.replaceChildren();
  if (main) skipToMain(host, main);
  if (!focus) return;
  const control = [...host.renderRoot.querySelectorAll<FormControl>('[data-sf-field]')].find((each) => each.name === focus.path);
  if (!control) return;
  await control.updateComplete;
  control.focusControl(focus.part, { preventScroll: true });
  const inner = control.shadowRoot?.activeElement;
  if (focus.selection && (inner instanceof HTMLInputElement || inner instanceof HTMLTextAreaElement)) {
    try {
      inner.setSelectionRange(...focus.selection);
    } catch {
      // An input type without a selection (email, number): the caret stays at the end.
    }
  }
}

/**
 * sf-form draws a page's title as `<h2>` and its sections as `<h3>`: it sits under the page's
 * own `<h1>`. A served page was the page, its title the `<h1>` (its sections `<h2>`), so that the
 * swap changes no heading's level, sf-form's own headings are one level up while it holds one.
 */
function headingsAsServed(host: ReactiveElement): void {
  host.addController({
    hostUpdated() {
      for (const heading of host.renderRoot.querySelectorAll('h2, h3')) {
        heading.setAttribute('role', 'heading');
        heading.setAttribute('aria-level', String(Number(heading.tagName[1]) - 1));
      }
    },
  });
}

/**
 * sf-form's page drawn as the served page laid it out: the language switch in a `<header>` (the
 * banner landmark), then the column with Back and `<main>`, each a part that the page's
 * stylesheet styles with the very rules of the served `.sf-header`, `.sf-width-container`,
 * `.sf-back-link` and `.sf-main`. So the swap keeps the landmarks, their order and the places
 * of what is in them (the served page put them outside `<main>` and its error summary first in
 * it, as GOV.UK's pages without script do; decision 0012, "The served page's structure").
 */
export function servedLayout(languages: TemplateResult | typeof nothing, back: TemplateResult | typeof nothing, content: TemplateResult): TemplateResult {
  return html`${languages === nothing ? nothing : html`<header part="header">${languages}</header>`}<div part="width-container">${back}<main part="main">${content}</main></div>`;
}

/**
 * The served skip link leads to `<main id>`, which the swap replaced with sf-form's own, in its
 * shadow root, where a link's fragment cannot reach. The id passes to sf-form (which holds that
 * `<main>`), so the link and the address's fragment still name something on the page; following
 * the link moves focus on into sf-form's `<main>` (focusable for that moment, as GOV.UK's skip
 * link does it), so the next Tab is the page's first field, past the language switch and Back.
 */
function skipToMain(host: ReactiveElement, id: string): void {
  if (!host.id) host.id = id;
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const main = host.renderRoot.querySelector('main');
    if (link?.getAttribute('href') !== `#${id}` || !main || document.getElementById(id) !== host) return;
    event.preventDefault();
    main.tabIndex = -1;
    main.focus();
    main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
  };
  // Listened to while sf-form is on the page: none left behind once it is removed.
  host.addController({
    hostConnected: () => document.addEventListener('click', onClick),
    hostDisconnected: () => document.removeEventListener('click', onClick),
  });
}
