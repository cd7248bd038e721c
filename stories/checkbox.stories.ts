import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { SfCheckbox } from '@service-forms/elements';

interface CheckboxArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  checked: boolean;
}

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfCheckbox | undefined)?.showValidation();

const meta: Meta<CheckboxArgs> = {
  title: 'Elements/Checkbox',
  tags: ['autodocs'],
  component: 'sf-checkbox',
  args: {
    name: 'consent',
    label: 'I agree that the ministry may process my personal data for this application',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    checked: false,
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: "The checkbox's own label." },
    hint: { control: 'text', description: 'Hint text under the label.' },
    required: { control: 'boolean', description: 'The box must be ticked.' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    checked: { control: 'boolean', description: 'Ticked by default. Never for consent.' },
  },
  render: (args) => html`
    <sf-checkbox
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      ?checked=${args.checked}
    ></sf-checkbox>
  `,
};
export default meta;

type Story = StoryObj<CheckboxArgs>;

/** Consent as the SDK always starts it: unticked. */
export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'Your data is stored in Kazakhstan and shared only with the employment centre.' },
};

export const Error: Story = {
  args: {
    hint: 'Your data is stored in Kazakhstan and shared only with the employment centre.',
    error: 'Tick the box to agree to the processing of your personal data',
  },
};

/** The control's own message after a submit attempt with the box unticked. */
export const RequiredError: Story = {
  render: (args) => html`<sf-checkbox name=${args.name} label=${args.label} required ${ref(showValidation)}></sf-checkbox>`,
};

export const Disabled: Story = {
  args: { name: 'copy', label: 'Send me a copy of my application', required: false, disabled: true, checked: true },
};

/** Ticked by the person (shown here through the property, as a kept answer would be). */
export const Filled: Story = {
  args: { hint: 'Your data is stored in Kazakhstan and shared only with the employment centre.' },
  render: (args) => html`<sf-checkbox name=${args.name} label=${args.label} hint=${args.hint} required .checked=${true}></sf-checkbox>`,
};
