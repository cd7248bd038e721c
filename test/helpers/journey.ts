import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { setLocale, type SfErrorSummary, type SfForm } from '@service-forms/elements';
import type { DraftStore, MemoryAdapter } from '@service-forms/adapters';
import { checkBin, checkIban, checkIin } from '@service-forms/core';
import { deepActiveElement } from './a11y.js';

export { bornYearsAgo, makeIin } from './people.js';

/**
 * Shared steps of the keyboard journeys (test/journeys/*.test.ts): open an example form, move
 * with Tab, choose a language with the switch, wait for a page and its focused heading, read
 * the error summary and the check-answers rows. Every step asserts where focus is.
 */

export type Control = HTMLElement & { updateComplete: Promise<boolean> };

export interface OpenOptions {
  adapter?: MemoryAdapter | undefined;
  draftStore?: DraftStore | undefined;
  /** The form's `locale` attribute: the language it opens in. */
  locale?: 'en' | 'kk' | 'ru' | undefined;
}

/** Renders `<sf-form src>` and waits until its first page shows. */
export async function openForm(src: string, { adapter, draftStore, locale }: OpenOptions = {}): Promise<SfForm> {
  const form = await fixture<SfForm>(html`<sf-form src=${src} locale=${locale ?? nothing} .adapter=${adapter} .draftStore=${draftStore}></sf-form>`);
  await waitUntil(() => form.shadowRoot!.querySelector('h2[data-page-heading]'), `${src} loads and shows its first page`);
  await form.updateComplete;
  return form;
}

export const inner = (form: SfForm): ShadowRoot => form.shadowRoot!;

/** The control (or repeatable) rendered for an answer path: `iin`, `children[1].childIin`. */
export const field = (form: SfForm, name: string): Control => {
  const found = inner(form).querySelector<Control>(`[name="${name}"]`);
  if (!found) throw new Error(`no control named ${name} on the page`);
  return found;
};

/** The native element inside a control's shadow root. */
export const innerInput = <T extends HTMLElement = HTMLInputElement>(form: SfForm, name: string, selector = 'input'): T => {
  const found = field(form, name).shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} inside ${name}`);
  return found;
};

/** The radios (or checkboxes) of a group, in order. */
export const options = (form: SfForm, name: string): HTMLInputElement[] => [...field(form, name).shadowRoot!.querySelectorAll('input')];

export const heading = (form: SfForm): HTMLElement => inner(form).querySelector<HTMLElement>('h2[data-page-heading]')!;

export const progress = (form: SfForm): string => inner(form).querySelector('.progress')?.textContent?.trim() ?? '';

export const submitButton = (form: SfForm): HTMLButtonElement => inner(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** A short description of an element for assertion messages (chai would print it whole, slowly). */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return String(element);
  const host = (element.getRootNode() as ShadowRoot).host;
  const owner = host ? ` in ${host.localName}[name="${host.getAttribute('name') ?? ''}"]` : '';
  const text = element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}>${text ? ` "${text}"` : ''}${owner}`;
}

/** Asserts that focus (looking inside shadow roots) is on `target`. */
export function expectFocus(target: Element | null | undefined): void {
  const active = deepActiveElement();
  expect(active === target, `focus is on ${describeElement(active)}, expected ${describeElement(target)}`).to.equal(true);
}

/** Presses Tab and asserts where focus lands. */
export async function tabTo(target: Element, times = 1): Promise<void> {
  await press('Tab', times);
  expectFocus(target);
}

/** Selects what a text box holds (Ctrl+A), so that typing replaces it. */
export async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
}

/** Starts keyboard navigation from the top of the page, before the form. */
export function focusStartOfPage(): void {
  const start = document.createElement('button');
  start.textContent = 'Skip';
  document.body.prepend(start);
  start.focus();
}

/** The language switch's buttons: English, Қазақша, Русский. */
export const languageButtons = (form: SfForm): HTMLButtonElement[] => [
  ...inner(form).querySelector('sf-language-switch')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'),
];

/** Tabs from the start of the page past the language switch (English, Қазақша, Русский). */
export async function tabPastLanguageSwitch(form: SfForm): Promise<void> {
  const buttons = languageButtons(form);
  expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['English', 'Қазақша', 'Русский']);
  for (const button of buttons) await tabTo(button);
}

/**
 * From the start of the page: Tab to the language's button, press Enter, wait until the page
 * heading reads `expectedHeading`, then Tab on past the rest of the switch. Focus stays on the
 * chosen button while the form re-renders.
 */
export async function chooseLanguageByKeyboard(form: SfForm, locale: 'kk' | 'ru', expectedHeading: string): Promise<void> {
  const buttons = languageButtons(form);
  const index = locale === 'kk' ? 1 : 2;
  for (let i = 0; i <= index; i++) await tabTo(buttons[i]!);
  await press('Enter');
  await waitUntil(() => heading(form).textContent === expectedHeading, `the form speaks ${locale}`);
  expectFocus(buttons[index]);
  expect(buttons[index]!.getAttribute('aria-current')).to.equal('true');
  for (let i = index + 1; i < buttons.length; i++) await tabTo(buttons[i]!);
}

/** Waits for a page: its heading text, focus on the heading, and "Step n of m" when given. */
export async function onPage(form: SfForm, title: string, step?: string): Promise<void> {
  await waitUntil(() => heading(form)?.textContent === title, `the page "${title}" shows (now "${heading(form)?.textContent ?? ''}")`);
  await waitUntil(() => deepActiveElement() === heading(form), `focus on "${title}"`);
  if (step !== undefined) expect(progress(form)).to.equal(step);
}

/** Waits for the error summary, asserts it has focus, and returns its link texts. */
export async function summaryTexts(form: SfForm): Promise<string[]> {
  await waitUntil(() => inner(form).querySelector('sf-error-summary'), 'the error summary shows');
  const summary = inner(form).querySelector<SfErrorSummary>('sf-error-summary')!;
  await summary.updateComplete;
  expectFocus(summary.shadowRoot!.querySelector('.summary'));
  return [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
}

/** The error summary's link texts as they are now (no focus check). */
export const summaryLinks = (form: SfForm): string[] =>
  [...inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());

export const summaryHeading = (form: SfForm): string =>
  inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelector('h2')!.textContent!.trim();

/** The rows of "Check your answers": label → answer as rendered (innerText, whitespace collapsed). */
export function checkRows(form: SfForm): Map<string, string> {
  return new Map(
    [...inner(form).querySelectorAll('.summary-row')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector<HTMLElement>('dd')!.innerText.replace(/\s+/g, ' ').trim(),
    ]),
  );
}

/** The Change links of "Check your answers", in order. */
export const changeLinks = (form: SfForm): HTMLAnchorElement[] => [...inner(form).querySelectorAll<HTMLAnchorElement>('.summary-action a')];

/** Chooses files in the focused file input as a keyboard user does: Space opens the chooser. */
export async function chooseFilesByKeyboard(files: { name: string; mimeType: string; text: string }[]): Promise<void> {
  const chosen = await executeServerCommand<number, { files: typeof files }>('choose-files', { files });
  expect(chosen).to.equal(files.length);
}

/** Resets what a journey changes outside its fixture: the language, the page's start button. */
export async function resetPage(): Promise<void> {
  document.querySelectorAll('body > button').forEach((b) => b.remove());
  await setLocale('en');
}

/** Asserts that the synthetic identifiers a test uses pass the real checks (DOMAIN.md). */
export function expectValidIdentifiers({ iins = [], bins = [], ibans = [] }: { iins?: string[]; bins?: string[]; ibans?: string[] }): void {
  for (const iin of iins) expect(checkIin(iin).valid, `IIN ${iin}`).to.equal(true);
  for (const bin of bins) expect(checkBin(bin).valid, `BIN ${bin}`).to.equal(true);
  for (const iban of ibans) expect(checkIban(iban).valid, `IBAN ${iban}`).to.equal(true);
}

/**
 * Whether a field is shown: rendered (a `showIf` that fails renders nothing) and visible (a
 * radio's revealed fields stay rendered, hidden, while their option is not chosen). A boolean,
 * so a failed assertion never makes chai print a whole element.
 */
export function isShown(form: SfForm, name: string): boolean {
  const found = inner(form).querySelector<HTMLElement>(`[name="${name}"]`);
  return Boolean(found?.checkVisibility());
}
