import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { SfDateInput } from '@service-forms/elements';

interface DateInputArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  autocomplete: 'bday' | 'off' | '';
  constraint: 'past' | 'future' | '';
  value: string;
}

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfDateInput | undefined)?.showValidation();

const meta: Meta<DateInputArgs> = {
  title: 'Elements/Date input',
  tags: ['autodocs'],
  component: 'sf-date-input',
  args: {
    name: 'dateOfBirth',
    label: 'Date of birth',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    autocomplete: 'bday',
    constraint: 'past',
    value: '',
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The legend.' },
    hint: { control: 'text', description: 'Hint text under the legend.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    autocomplete: { control: 'inline-radio', options: ['bday', 'off', ''] },
    constraint: { control: 'inline-radio', options: ['past', 'future', ''] },
    value: { control: 'text', description: 'The default value as an ISO date (1990-03-27).' },
  },
  render: (args) => html`
    <sf-date-input
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      autocomplete=${args.autocomplete || nothing}
      constraint=${args.constraint || nothing}
      value=${args.value}
    ></sf-date-input>
  `,
};
export default meta;

type Story = StoryObj<DateInputArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'For example, 27 3 1990' },
};

export const Error: Story = {
  args: { hint: 'For example, 27 3 1990', error: 'Enter your date of birth' },
};

export const Disabled: Story = {
  args: { disabled: true, value: '1990-03-27' },
};

export const Filled: Story = {
  args: { hint: 'For example, 27 3 1990', value: '1990-03-27' },
};

/** Month 13: only the month box is marked invalid, as after a failed submit. */
export const PartInError: Story = {
  args: { hint: 'For example, 27 3 1990' },
  render: (args) => html`
    <sf-date-input
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      autocomplete=${args.autocomplete || nothing}
      constraint=${args.constraint || nothing}
      .parts=${{ day: '27', month: '13', year: '1990' }}
      ${ref(showValidation)}
    ></sf-date-input>
  `,
};

/** A day is missing: the message names the part to add. */
export const Incomplete: Story = {
  args: { hint: 'For example, 27 3 1990' },
  render: (args) => html`
    <sf-date-input
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      autocomplete=${args.autocomplete || nothing}
      constraint=${args.constraint || nothing}
      .parts=${{ day: '', month: 'March', year: '1990' }}
      ${ref(showValidation)}
    ></sf-date-input>
  `,
};
