import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import jobSeeker from '../examples/forms/job-seeker.json';

interface FormArgs {
  definition: unknown;
  locale: string;
}

/**
 * The job-seeker definition without its `analytics` key: the subsets below leave out the page
 * with its region field, which `analytics.region` must name.
 */
const { analytics: _analytics, ...jobSeekerPages } = jobSeeker;

/** The job-seeker's first page alone: a one-page form sends from its page, with "Submit". */
const onePage = { ...jobSeekerPages, pages: [jobSeeker.pages[0]!] };

/** The job-seeker's first page and its consent page: "Continue", then "Check your answers". */
const twoPages = { ...jobSeekerPages, pages: [jobSeeker.pages[0]!, jobSeeker.pages.find((page) => page.id === 'publish')!] };

/** The job-seeker definition with its third field's type misspelt for a type the format lacks. */
const badDefinition = {
  ...jobSeekerPages,
  pages: [{ ...jobSeeker.pages[0]!, fields: jobSeeker.pages[0]!.fields.map((field, i) => (i === 2 ? { ...field, type: 'datetime' } : field)) }],
};

const formIn = (canvasElement: HTMLElement): SfForm => canvasElement.querySelector('sf-form')!;

type Lang = 'en' | 'kk' | 'ru';
const langOf = (globals: Record<string, unknown>): Lang => (globals.locale === 'kk' || globals.locale === 'ru' ? globals.locale : 'en');
/** The consent page's title in the story's language (the form is in all three). */
const publishTitle = (lang: Lang) => jobSeeker.pages.find((page) => page.id === 'publish')!.title[lang];
const ERROR_PREFIX: Record<Lang, string> = { en: 'Error:', kk: 'Қате:', ru: 'Ошибка:' };
const inner = (form: SfForm) => form.shadowRoot!;
const control = (form: SfForm, name: string) => inner(form).querySelector<HTMLElement>(`[name="${name}"]`)!;
const nativeInput = (form: SfForm, name: string, selector = 'input') =>
  control(form, name).shadowRoot!.querySelector<HTMLInputElement>(selector)!;

/** Answers every job-seeker question as a person would, by typing and clicking. */
async function fillJobSeeker(form: SfForm): Promise<void> {
  await userEvent.type(nativeInput(form, 'iin'), '900115300013');
  await userEvent.type(nativeInput(form, 'fullName'), 'Aliya Kairatkyzy');
  await userEvent.type(nativeInput(form, 'dateOfBirth', '#day'), '27');
  await userEvent.type(nativeInput(form, 'dateOfBirth', '#month'), '3');
  await userEvent.type(nativeInput(form, 'dateOfBirth', '#year'), '1990');
  // "No": the second radio (each option sits in its own box, so :last-of-type would match all).
  await userEvent.click(control(form, 'hasDisability').shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!);
}

const meta: Meta<FormArgs> = {
  title: 'Elements/Form',
  tags: ['autodocs'],
  component: 'sf-form',
  args: { definition: jobSeeker, locale: '' },
  argTypes: {
    definition: { control: 'object', description: 'The form definition (parsed JSON).' },
    locale: { control: 'text', description: 'The language to render; else the nearest `lang`.' },
  },
  // A fresh adapter per render: a story's failNext() must not leak into the next visit.
  render: (args) =>
    html`<sf-form .definition=${args.definition} .adapter=${new MemoryAdapter({ delayMs: 200 })} locale=${args.locale}></sf-form>`,
};
export default meta;

type Story = StoryObj<FormArgs>;

/** examples/forms/job-seeker.json, as a person first sees it. */
export const JobSeeker: Story = {};

/** Submit with nothing answered: error summary with focus, inline errors, "Error:" title. */
export const FailedSubmit: Story = {
  play: async ({ canvasElement, globals }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    inner(form).querySelector('form')!.requestSubmit();
    await waitFor(() => expect(inner(form).querySelector('sf-error-summary')).not.toBeNull());
    await waitFor(() => expect(inner(form).activeElement?.tagName).toBe('SF-ERROR-SUMMARY'));
    await expect(document.title.startsWith(`${ERROR_PREFIX[langOf(globals)]} `)).toBe(true);
  },
};

/** A definition with `"type": "datetime"`: an error for the author naming the path, never a blank form. */
export const BadDefinition: Story = {
  args: { definition: badDefinition },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    await expect(inner(form).querySelector('[part="author-error"]')?.textContent).toContain('pages[0].fields[2].type');
  },
};

/** Page 1 answered and Continue: the next page, its heading focused, "Step 2 of 2". */
export const SecondPage: Story = {
  args: { definition: twoPages },
  play: async ({ canvasElement, globals }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    await fillJobSeeker(form);
    await userEvent.click(inner(form).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(inner(form).querySelector('h2')?.textContent).toBe(publishTitle(langOf(globals))));
  },
};

/** Both pages answered: every answer with its Change link, then "Accept and send". */
export const CheckYourAnswers: Story = {
  args: { definition: twoPages },
  play: async ({ canvasElement, globals }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    await fillJobSeeker(form);
    await userEvent.click(inner(form).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(inner(form).querySelector('h2')?.textContent).toBe(publishTitle(langOf(globals))));
    await userEvent.click(nativeInput(form, 'publishConsent'));
    await userEvent.click(inner(form).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(inner(form).querySelector('.summary-list')).not.toBeNull(), { timeout: 3000 });
    await expect(inner(form).querySelectorAll('.summary-row').length).toBe(5);
  },
};

/** Every answer given and sent through the memory adapter: the reference number. */
export const Confirmation: Story = {
  args: { definition: onePage },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    await fillJobSeeker(form);
    await userEvent.click(inner(form).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(inner(form).querySelector('.reference')?.textContent).toBe('MEM-0001'), { timeout: 5000 });
  },
};

/** The service could not be reached: the answers stay, and the summary says to try again. */
export const SendFailed: Story = {
  args: { definition: onePage },
  render: (args) => {
    const adapter = new MemoryAdapter({ delayMs: 200 }).failNext({ kind: 'retryable', message: 'Service unavailable' });
    return html`<sf-form .definition=${args.definition} .adapter=${adapter} locale=${args.locale}></sf-form>`;
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await form.updateComplete;
    await fillJobSeeker(form);
    await userEvent.click(inner(form).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(inner(form).querySelector('sf-error-summary')).not.toBeNull(), { timeout: 5000 });
    await expect(nativeInput(form, 'fullName').value).toBe('Aliya Kairatkyzy');
  },
};

/** Opened again on the same device: the answers typed last time, a note, and "Clear my answers". */
export const DraftRestored: Story = {
  render: (args) => {
    const store = new MemoryDraftStore();
    void store.save('job-seeker-registration', (args.definition as { version: string }).version, {
      iin: '900115300013',
      fullName: 'Aliya Kairatkyzy',
      dateOfBirth: { day: '27', month: '3', year: '1990' },
    });
    return html`<sf-form .definition=${args.definition} .adapter=${new MemoryAdapter({ delayMs: 200 })} .draftStore=${store} locale=${args.locale}></sf-form>`;
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await waitFor(() => expect(inner(form).querySelector('[part="draft"]')).not.toBeNull());
    await expect(nativeInput(form, 'fullName').value).toBe('Aliya Kairatkyzy');
  },
};
