import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { SfTextField, TextFieldFormat } from '@service-forms/elements';

interface TextFieldArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  format: TextFieldFormat;
  autocomplete: string;
  value: string;
}

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfTextField | undefined)?.showValidation();

const meta: Meta<TextFieldArgs> = {
  title: 'Elements/Text field',
  component: 'sf-text-field',
  args: {
    name: 'fullName',
    label: 'Full name',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    format: 'text',
    autocomplete: 'name',
    value: '',
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The visible label.' },
    hint: { control: 'text', description: 'Hint text under the label.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    format: { control: 'inline-radio', options: ['text', 'email', 'iin'] },
    autocomplete: { control: 'text', description: 'The autocomplete token of the inner input.' },
    value: { control: 'text', description: 'The default value.' },
  },
  render: (args) => html`
    <sf-text-field
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      format=${args.format}
      autocomplete=${args.autocomplete || nothing}
      value=${args.value}
    ></sf-text-field>
  `,
};
export default meta;

type Story = StoryObj<TextFieldArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'As it appears on your identity card' },
};

export const Error: Story = {
  args: { hint: 'As it appears on your identity card', error: 'Enter your full name' },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'Әлия Қайратқызы' },
};

export const Filled: Story = {
  args: { hint: 'As it appears on your identity card', value: 'Әлия Қайратқызы' },
};

export const IinFormat: Story = {
  name: 'IIN format',
  args: {
    name: 'iin',
    label: 'Individual identification number (IIN)',
    hint: '12 digits, for example 900115300013',
    format: 'iin',
    autocomplete: '',
  },
};

/** A wrong check digit, as the control reports it after a submit attempt. */
export const IinChecksumError: Story = {
  name: 'IIN checksum error',
  args: { ...IinFormat.args, value: '900115300014' },
  render: (args) => html`
    <sf-text-field
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      format=${args.format}
      value=${args.value}
      ${ref(showValidation)}
    ></sf-text-field>
  `,
};

export const EmailFormat: Story = {
  args: {
    name: 'email',
    label: 'Email address',
    hint: 'We only use this to send you a receipt',
    format: 'email',
    autocomplete: 'email',
  },
};
