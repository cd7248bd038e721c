import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfDateInput } from '@service-forms/elements';

interface LanguageSwitchArgs {
  locales: string;
}

const meta: Meta<LanguageSwitchArgs> = {
  title: 'Elements/Language switch',
  tags: ['autodocs'],
  component: 'sf-language-switch',
  args: { locales: '' },
  argTypes: {
    locales: { control: 'text', description: 'Which languages to offer, in order (`kk ru en`); all three when empty.' },
  },
  render: (args) => html`<sf-language-switch locales=${args.locales}></sf-language-switch>`,
};
export default meta;

type Story = StoryObj<LanguageSwitchArgs>;

/** Қазақша, Русский, English: each named in itself; the current one is bold, not a link. */
export const AllLanguages: Story = {};

/** Only Kazakh and Russian, for a service that has no English text. */
export const KazakhAndRussian: Story = {
  args: { locales: 'kk ru' },
};

/**
 * Choosing Русский re-renders the controls in place: the date's part labels and the error
 * become Russian, and what was typed stays.
 */
export const SwitchesTheControls: Story = {
  render: (args) => html`
    <sf-language-switch locales=${args.locales}></sf-language-switch>
    <sf-date-input
      name="dateOfBirth"
      label="Date of birth"
      required
      value="1990-01-15"
      ${ref((element) => {
        const date = element as SfDateInput | undefined;
        if (!date) return;
        date.parts = { day: '15', month: '', year: '1990' };
        date.showValidation();
      })}
    ></sf-date-input>
  `,
  play: async ({ canvasElement }) => {
    const language = canvasElement.querySelector('sf-language-switch')!;
    await language.updateComplete;
    const russian = [...language.shadowRoot!.querySelectorAll('button')].find((button) => button.lang === 'ru')!;
    await userEvent.click(russian);
    const date = canvasElement.querySelector('sf-date-input')!;
    await waitFor(() => expect(date.shadowRoot!.querySelector('label')!.textContent).toBe('День'));
    await expect(date.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Ошибка: Укажите месяц в поле «Date of birth»');
    await expect(date.parts.day).toBe('15');
    await expect(russian.getAttribute('aria-current')).toBe('true');
  },
};
