import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { assertDefinition, FormSession, type Answers, type FormSessionState } from '@service-forms/core';
import { fieldId, formPageView, pageBodyTemplate, type FormPageOptions } from '@service-forms/html';
import '@service-forms/html/styles.css';
import jobSeeker from '../examples/forms/job-seeker.json';

/**
 * `<sf-form>` holding a page a server rendered as plain HTML with `enhance` (issue 15,
 * docs/html-first.md "Taken over by sf-form"): the page's view from `@service-forms/html`
 * (`formPageView` with `enhance`, drawn by lit in the browser with `pageBodyTemplate`, the same
 * templates the reference server renders to strings), so the served HTML sits inside
 * `<sf-form class="sf-served" src endpoint served="…">`. The job-seeker form, on its third page
 * ("Your phone number") with the first answered, in the toolbar's language.
 */

type Lang = 'en' | 'kk' | 'ru';
const langOf = (globals: Record<string, unknown>): Lang => (globals.locale === 'kk' || globals.locale === 'ru' ? globals.locale : 'en');

/** Where sf-form fetches the definition from: the example file, as the build serves it. */
const DEFINITION_URL = new URL('../examples/forms/job-seeker.json', import.meta.url).href;

/** The answers of "About you", and the phone number already typed on "Your phone number". */
const ANSWERS = {
  iin: '900115 300013',
  fullName: 'Әлия Қайратқызы',
  dateOfBirth: { day: '15', month: '1', year: '1990' },
  hasDisability: 'no',
  mobilePhone: '8 701 234 56 78',
};
const STEP = 'contact';

interface ServedArgs {
  /** The form version the server rendered the page for; sf-form takes over only its own. */
  servedVersion: string;
}

/**
 * A definition address whose fetch waits until the story lets it go (`releaseHeld`): sf-form
 * cannot take the page over before, as when its bundle is still on its way over 3G.
 */
const HELD_URL = `${DEFINITION_URL}${DEFINITION_URL.includes('?') ? '&' : '?'}held-back`;
let releaseHeld: (() => void) | undefined;

/** Holds back `HELD_URL`'s fetch for the story; the returned function puts `fetch` back. */
function holdDefinition(): () => void {
  const realFetch = window.fetch;
  const held = new Promise<void>((release) => (releaseHeld = release));
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== HELD_URL) return realFetch(input, init);
    await held;
    return realFetch(DEFINITION_URL, init);
  };
  return () => {
    releaseHeld?.();
    releaseHeld = undefined;
    window.fetch = realFetch;
  };
}

/** The served page's body: what the reference server sends inside `<body>` with `enhance`. */
function servedPage(version: string, locale: Lang, src = DEFINITION_URL) {
  const session = new FormSession(assertDefinition({ ...jobSeeker, version }));
  const state: FormSessionState = { ...session.start({ locale }), answers: ANSWERS as Answers, step: STEP, history: ['about-you'] };
  const base = `/apply/${jobSeeker.id}`;
  const options: FormPageOptions = {
    action: `${base}/${STEP}`,
    csrf: { name: '_csrf', value: 'story' },
    languageHref: (lang) => `${base}/${STEP}?lang=${lang}`,
    changeHref: (step, field) => `${base}/change/${step}#${fieldId(field)}`,
    back: `${base}/back`,
    // The endpoint is never called here: nothing is sent in these stories.
    enhance: { script: '/service-forms.js', src, endpoint: '/api/submissions', submissionId: 'story-served-submission' },
  };
  return html`<div class="sf-page" lang=${locale}>${pageBodyTemplate(formPageView(session, state, options))}</div>`;
}

const formIn = (canvasElement: HTMLElement): SfForm => canvasElement.querySelector('sf-form')!;
const pageTitle = (lang: Lang) => jobSeeker.pages.find((page) => page.id === STEP)!.title[lang];

const meta: Meta<ServedArgs> = {
  title: 'Elements/Form (served page)',
  component: 'sf-form',
  args: { servedVersion: jobSeeker.version },
  argTypes: {
    servedVersion: { control: 'text', description: 'The form version the served page was rendered for (sf-form takes over only the version `src` gives).' },
  },
  render: (args, { globals }) => servedPage(args.servedVersion, langOf(globals)),
};
export default meta;

type Story = StoryObj<ServedArgs>;

/**
 * Before the take-over: the served HTML, shown through sf-form's slot, working as plain HTML.
 * Here it stays so: the page was rendered for an earlier version of the form than `src` gives
 * now, which sf-form does not take over (as when the bundle is slow or never comes).
 */
export const ServedNotTakenOver: Story = {
  args: { servedVersion: '0.9.0' },
  play: async ({ canvasElement, globals }) => {
    const form = formIn(canvasElement);
    // Once the form has opened (the definition loaded and compared with the served state): still the slot.
    await form.updateComplete;
    await expect(form.shadowRoot!.querySelector('slot')).not.toBeNull();
    await expect(form.shadowRoot!.querySelector('[data-sf-field]')).toBeNull();
    await expect(form.querySelector('h1')?.textContent?.trim()).toBe(pageTitle(langOf(globals)));
    // The served input takes typing as any input does.
    const phone = form.querySelector<HTMLInputElement>('input[name="mobilePhone"]')!;
    await expect(phone.value).toBe(ANSWERS.mobilePhone);
    await userEvent.type(phone, '9');
    await expect(phone.value).toBe(`${ANSWERS.mobilePhone}9`);
  },
};

/**
 * After the take-over: sf-form holds the same page, with the answers of the pages before and the
 * phone number the served page showed; the served HTML is no longer drawn.
 */
export const TakenOver: Story = {
  play: async ({ canvasElement, globals }) => {
    const form = formIn(canvasElement);
    await waitFor(() => expect(form.shadowRoot!.querySelector('[data-sf-field]')).not.toBeNull(), { timeout: 5000 });
    await expect(form.shadowRoot!.querySelector('slot')).toBeNull();
    await expect(form.shadowRoot!.querySelector('h2')?.textContent?.trim()).toBe(pageTitle(langOf(globals)));
    await expect(form.currentAnswers.fullName).toBe(ANSWERS.fullName);
    await expect(form.currentAnswers.hasDisability).toBe('no');
    const phone = form.shadowRoot!.querySelector<HTMLElement>('[name="mobilePhone"]')!;
    await waitFor(() => expect(phone.shadowRoot?.querySelector('input')?.value).toBe(ANSWERS.mobilePhone));
  },
};

/**
 * The bundle held back: the person finds the served page and types into it before sf-form can
 * take it over (here the definition's fetch is held until the play function lets it go; the
 * e2e test `upgrade-in-place.test.mjs` holds the real bundle back on a test server). Meanwhile
 * the page is plain HTML that works as it is. Once let go, sf-form takes the page over: the
 * text typed so far, the focus and the caret are where they were, in sf-form's own field.
 */
export const BundleHeldBack: Story = {
  render: (args, { globals }) => servedPage(args.servedVersion, langOf(globals), HELD_URL),
  beforeEach: () => holdDefinition(),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    // Not `updateComplete`: it waits for the definition, which is held back.
    await waitFor(() => expect(form.shadowRoot?.querySelector('slot')).toBeTruthy());
    await expect(form.status).toBe('loading');
    const phone = form.querySelector<HTMLInputElement>('input[name="mobilePhone"]')!;
    await userEvent.click(phone);
    phone.setSelectionRange(phone.value.length, phone.value.length);
    await userEvent.keyboard('9');
    await expect(phone.value).toBe(`${ANSWERS.mobilePhone}9`);
    // The bundle arrives: sf-form takes the page over, with the typing and the caret.
    releaseHeld?.();
    await waitFor(() => expect(form.shadowRoot!.querySelector('[data-sf-field]')).not.toBeNull(), { timeout: 5000 });
    const control = form.shadowRoot!.querySelector<HTMLElement>('[name="mobilePhone"]')!;
    const inner = () => control.shadowRoot?.querySelector('input');
    await waitFor(() => expect(inner()?.value).toBe(`${ANSWERS.mobilePhone}9`));
    await waitFor(() => expect(control.shadowRoot!.activeElement).toBe(inner()));
    await expect(inner()!.selectionStart).toBe(ANSWERS.mobilePhone.length + 1);
    await expect(form.currentAnswers.mobilePhone).toBe(`${ANSWERS.mobilePhone}9`);
  },
};
