import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@service-forms/elements';
import type { RadioOption } from '@service-forms/elements';

interface RadioGroupArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  value: string;
  options: RadioOption[];
}

const YES_NO: RadioOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const meta: Meta<RadioGroupArgs> = {
  title: 'Elements/Radio group',
  tags: ['autodocs'],
  component: 'sf-radio-group',
  args: {
    name: 'hasDisability',
    label: 'Do you have a disability?',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    value: '',
    options: YES_NO,
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The legend.' },
    hint: { control: 'text', description: 'Hint text under the legend.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    value: { control: 'text', description: 'The value of the chosen option.' },
    options: { control: 'object', description: 'The choices: `{ value, label, hint? }`.' },
  },
  render: (args) => html`
    <sf-radio-group
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      value=${args.value}
      .options=${args.options}
    ></sf-radio-group>
  `,
};
export default meta;

type Story = StoryObj<RadioGroupArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'We use this to offer you adjustments at the employment centre.' },
};

export const Error: Story = {
  args: {
    hint: 'We use this to offer you adjustments at the employment centre.',
    error: 'Select yes if you have a disability',
  },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'no' },
};

export const Filled: Story = {
  args: { hint: 'We use this to offer you adjustments at the employment centre.', value: 'no' },
};

export const WithOptionHints: Story = {
  args: {
    name: 'contact',
    label: 'How should we contact you?',
    hint: 'Choose one.',
    options: [
      { value: 'email', label: 'Email', hint: 'We will write to the address you gave us.' },
      { value: 'phone', label: 'Phone', hint: 'Between 9am and 6pm, Monday to Friday.' },
      { value: 'post', label: 'Post', hint: 'Letters take up to 5 working days.' },
    ],
  },
};

/** Plain HTML: the options come from child `<option>` elements. */
export const FromOptionElements: Story = {
  render: (args) => html`
    <sf-radio-group name=${args.name} label=${args.label} ?required=${args.required}>
      <option value="yes">Yes</option>
      <option value="no">No</option>
      <option value="prefer-not" title="You can tell us later.">I prefer not to say</option>
    </sf-radio-group>
  `,
};

/** Conditional reveal: the chosen option shows its nested fields right under it. */
export const WithRevealedField: Story = {
  render: (args) => html`
    <sf-radio-group name="hasDisability" label="Do you have a disability?" ?required=${args.required} value="yes">
      <option value="yes">Yes</option>
      <option value="no">No</option>
      <div slot="reveal-yes">
        <sf-text-field name="adjustments" label="What adjustments do you need?" hint="For example, a ramp or a sign-language interpreter"></sf-text-field>
      </div>
    </sf-radio-group>
  `,
};

/** The same group with "No" chosen: the nested field is hidden and keeps its text. */
export const WithHiddenReveal: Story = {
  render: (args) => html`
    <sf-radio-group name="hasDisability" label="Do you have a disability?" ?required=${args.required} value="no">
      <option value="yes">Yes</option>
      <option value="no">No</option>
      <div slot="reveal-yes">
        <sf-text-field name="adjustments" label="What adjustments do you need?" value="A ramp"></sf-text-field>
      </div>
    </sf-radio-group>
  `,
};
