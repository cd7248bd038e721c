import { CHECK_ANSWERS, FormSession, getAnswer, type Answers, type FormSessionState } from '@service-forms/core';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';
import { readPagePost } from '../read-post.js';
import { renderConfirmationPage, renderFormPage } from '../render.js';
import { formBody, pageForm, submitButtons, type Fill } from './browser.js';
import { attr, parseDocument } from './parse.js';
import { CSRF, EXAMPLE_FORMS, pageOptions } from './pages.js';

/*
 * Test fixture: every example form's pages in each of its languages, in the states a person
 * meets them (the first page empty, the first page after Continue with nothing typed, every
 * later page filled as typed, check answers, the confirmation), reached as a browser without
 * script reaches them: each page's form posted (browser.ts) and read back with readPagePost.
 * The browser tests (test/e2e/html-pages.test.mjs) load these documents.
 */

/** One rendered document and where it is in its form. */
export interface PageState {
  form: string;
  locale: string;
  /** `empty`, `failed`, `page` (a later page, answered), `check-answers`, `confirmation`. */
  state: 'empty' | 'failed' | 'page' | 'check-answers' | 'confirmation';
  step: string;
  html: string;
}

/** The reference the confirmation pages show. */
export const TEST_REFERENCE = 'SF-2026-000123';

/** Fills every control from answers kept as the elements keep them (a date's parts, a list, true). */
export const fillFrom =
  (answers: Answers): Fill =>
  (name) => {
    const value = getAnswer(answers, name);
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    return undefined;
  };

/** Nothing typed: a date's boxes posted empty, everything else as the page shows it. */
export const nothingTyped: Fill = (name) => (/\.(day|month|year)$/.test(name) ? '' : undefined);

/** Every example form (or those `only` names) in each of its languages, page state by page state. */
export function examplePageStates(only?: readonly string[]): PageState[] {
  const good = new Map(FORMS.map(([name, cases]) => [name, cases.find((c) => 'accepted' in c.expected)!.answers]));
  const states: PageState[] = [];
  for (const [form, definition] of EXAMPLE_FORMS) {
    if (only && !only.includes(form)) continue;
    const fill = fillFrom(good.get(form)!);
    for (const locale of definition.locales) {
      const session = new FormSession(definition);
      let state: FormSessionState = session.start({ locale });
      const render = () => renderFormPage(session, state, pageOptions(session, state));
      const post = (html: string, with_: Fill, submitter = 'continue') => {
        const body = formBody(parseDocument(html), with_, submitter);
        state = readPagePost(session, state, body, { csrfName: CSRF.name, step: state.step }).state;
      };
      let html = render();
      states.push({ form, locale, state: 'empty', step: state.step, html });
      post(html, nothingTyped);
      html = render();
      states.push({ form, locale, state: 'failed', step: state.step, html });
      for (let guard = 0; state.step !== CHECK_ANSWERS; guard++) {
        if (guard > 40) throw new Error(`${form} (${locale}): no way to check answers from ${state.step}`);
        // Add the items each repeatable of the page needs, then Continue.
        const adds = submitButtons(pageForm(parseDocument(html)))
          .map((button) => attr(button, 'value') ?? '')
          .filter((value) => value.startsWith('add:'))
          .map((value) => value.slice(4));
        for (const path of adds) {
          const wanted = (getAnswer(good.get(form)!, path) as unknown[] | undefined)?.length ?? 0;
          for (let n = (getAnswer(state.answers, path) as unknown[] | undefined)?.length ?? 0; n < wanted; n++) {
            post(html, fill, `add:${path}`);
            html = render();
          }
        }
        if (guard > 0) states.push({ form, locale, state: 'page', step: state.step, html });
        post(html, fill);
        html = render();
      }
      states.push({ form, locale, state: 'check-answers', step: state.step, html });
      states.push({ form, locale, state: 'confirmation', step: state.step, html: renderConfirmationPage(session, state, { reference: TEST_REFERENCE, stylesheet: '/assets/pages.css' }) });
    }
  }
  return states;
}
