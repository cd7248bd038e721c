import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { NumberFieldFormat, SfNumberField } from '@service-forms/elements';

interface NumberFieldArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  format: NumberFieldFormat;
  min: number | undefined;
  max: number | undefined;
  value: string;
}

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfNumberField | undefined)?.showValidation();

const render = (args: NumberFieldArgs, validate = false) => html`
  <sf-number-field
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    format=${args.format}
    min=${args.min ?? nothing}
    max=${args.max ?? nothing}
    value=${args.value}
    ${validate ? ref(showValidation) : nothing}
  ></sf-number-field>
`;

const meta: Meta<NumberFieldArgs> = {
  title: 'Elements/Number field',
  tags: ['autodocs'],
  component: 'sf-number-field',
  args: {
    name: 'hours',
    label: 'Hours a week',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    format: 'number',
    min: 1,
    max: 40,
    value: '',
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The visible label.' },
    hint: { control: 'text', description: 'Hint text under the label.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    format: { control: 'inline-radio', options: ['number', 'money'] },
    min: { control: 'number', description: 'Smallest number accepted (money: 0 unless given).' },
    max: { control: 'number', description: 'Largest number accepted.' },
    value: { control: 'text', description: 'The default value.' },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<NumberFieldArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'Round to the nearest hour' },
};

export const Error: Story = {
  args: { hint: 'Round to the nearest hour', error: 'Enter hours a week' },
};

export const Disabled: Story = {
  args: { disabled: true, value: '40' },
};

export const Filled: Story = {
  args: { hint: 'Round to the nearest hour', value: '40' },
};

/** Above the maximum, as the control reports it after a submit attempt. */
export const AboveMaximum: Story = {
  args: { hint: 'Round to the nearest hour', value: '45' },
  render: (args) => render(args, true),
};

const salary: Partial<NumberFieldArgs> = {
  name: 'salary',
  label: 'Desired salary',
  hint: 'Before tax, per month',
  format: 'money',
  min: undefined,
  max: undefined,
};

/** Whole tenge: the ₸ sign after the box, digits grouped as they are typed. */
export const Money: Story = {
  args: salary,
};

export const MoneyFilled: Story = {
  args: { ...salary, value: '250000' },
};

export const MoneyDisabled: Story = {
  args: { ...salary, disabled: true, value: '250000' },
};

/** Below the minimum wage, as the control reports it after a submit attempt. */
export const MoneyBelowMinimum: Story = {
  args: { ...salary, min: 85000, value: '50000' },
  render: (args) => render(args, true),
};

/** Not a whole number: what was typed is kept for the person to correct. */
export const MoneyNotWhole: Story = {
  args: { ...salary, value: '85 000,50' },
  render: (args) => render(args, true),
};
