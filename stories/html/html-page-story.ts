import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { assertDefinition, CHECK_ANSWERS, FormSession, type Answers, type FormSessionState } from '@service-forms/core';
import { confirmationPageView, fieldId, formPageView, pageBodyTemplate, type FormPageOptions } from '@service-forms/html';
import '@service-forms/html/styles.css';

/**
 * Stories of one example form as the plain-HTML pages of `@service-forms/html` (what a person
 * whose browser runs no script gets from the server): the same page templates, rendered here by
 * lit in the browser, with the one stylesheet. One story per page, answered as in the element
 * stories (`stories/examples/`), then the first page after Continue with nothing typed ("Error",
 * also checked in Kazakh and Russian), check answers and the confirmation. The language is the
 * toolbar's.
 */

type Lang = 'en' | 'kk' | 'ru';

export interface HtmlPageArgs {
  /** The page shown: a page id, `check-answers`, `error` (the first page after an empty Continue) or `sent`. */
  step: string;
  /** The answers so far (none on the first page and on `error`). */
  answers: Record<string, unknown> | undefined;
}

const langOf = (globals: Record<string, unknown>): Lang => (globals.locale === 'kk' || globals.locale === 'ru' ? globals.locale : 'en');

/** The URLs a server would give (the renderer builds none); nothing here is followed. */
const options = (session: FormSession, state: FormSessionState): FormPageOptions => {
  const base = `/apply/${session.definition.id}`;
  const back = session.previousStep(state);
  return {
    action: `${base}/${state.step}`,
    csrf: { name: '_csrf', value: 'story' },
    languageHref: (locale) => `${base}/${state.step}?lang=${locale}`,
    changeHref: (step, field) => `${base}/change/${step}#${fieldId(field)}`,
    ...(back ? { back: `${base}/back` } : {}),
  };
};

/** Answers as the HTML flow keeps them: files are the server's, not the state's. */
function withoutFiles(value: unknown): unknown {
  if (typeof File !== 'undefined' && value instanceof File) return undefined;
  if (Array.isArray(value)) return value.filter((item) => !(typeof File !== 'undefined' && item instanceof File)).map(withoutFiles);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutFiles(inner)]));
  return value;
}

/** The state of `definition` on `step` in `locale`, with `answers`. */
function stateOf(session: FormSession, step: string, locale: Lang, answers: Record<string, unknown> | undefined): FormSessionState {
  const start = session.start({ locale });
  if (step === 'error') return session.continue(start).state;
  if (!answers) return start;
  return { ...start, answers: withoutFiles(answers) as Answers, step: step === 'sent' ? CHECK_ANSWERS : step };
}

/** The default export of a form's HTML stories file. */
export function htmlExampleMeta(json: unknown): Omit<Meta<HtmlPageArgs>, 'title'> {
  const session = new FormSession(assertDefinition(json));
  return {
    argTypes: {
      step: {
        control: 'select',
        options: [...session.definition.pages.map((page) => page.id), 'error', CHECK_ANSWERS, 'sent'],
        description: 'The page shown.',
      },
      answers: { control: 'object', description: 'The answers so far.' },
    },
    render: (args, { globals }) => {
      const state = stateOf(session, args.step, langOf(globals), args.answers);
      const view =
        args.step === 'sent'
          ? confirmationPageView(session, state, { reference: 'SF-2026-000123' })
          : formPageView(session, state, options(session, state));
      return html`<div class="sf-page" lang=${state.locale}>${pageBodyTemplate(view)}</div>`;
    },
  };
}

/** One page of the form, as the HTML flow renders it. */
export function htmlPageStory(step: string, answers?: () => Record<string, unknown>): StoryObj<HtmlPageArgs> {
  return {
    args: { step, answers: answers?.() },
    play: async ({ canvasElement }) => {
      const main = canvasElement.querySelector('main')!;
      await expect(main.querySelectorAll('h1').length).toBe(1);
      if (step === 'error') await expect(main.firstElementChild?.className).toBe('sf-error-summary');
      else await expect(main.querySelector('.sf-error-summary')).toBeNull();
      if (step === 'sent') await expect(main.querySelector('.sf-reference')?.textContent).toBe('SF-2026-000123');
    },
  };
}
