import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { SelectOption, SfSelect } from '@service-forms/elements';

interface SelectArgs {
  name: string;
  label: string;
  hint: string;
  placeholder: string;
  required: boolean;
  disabled: boolean;
  error: string;
  autocomplete: string;
  value: string;
  options: SelectOption[];
}

const REGIONS: SelectOption[] = [
  { value: 'abai', label: 'Abai Region' },
  { value: 'akmola', label: 'Akmola Region' },
  { value: 'aktobe', label: 'Aktobe Region' },
  { value: 'almaty-region', label: 'Almaty Region' },
  { value: 'atyrau', label: 'Atyrau Region' },
  { value: 'astana', label: 'Astana' },
  { value: 'almaty', label: 'Almaty' },
  { value: 'shymkent', label: 'Shymkent' },
];

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfSelect | undefined)?.showValidation();

const meta: Meta<SelectArgs> = {
  title: 'Elements/Select',
  tags: ['autodocs'],
  component: 'sf-select',
  args: {
    name: 'region',
    label: 'Region',
    hint: '',
    placeholder: 'Select a region',
    required: true,
    disabled: false,
    error: '',
    autocomplete: 'address-level1',
    value: '',
    options: REGIONS,
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The visible label.' },
    hint: { control: 'text', description: 'Hint text under the label.' },
    placeholder: { control: 'text', description: 'The text of the empty first option.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    autocomplete: { control: 'text', description: 'The autocomplete token of the inner select.' },
    value: { control: 'text', description: 'The value of the chosen option.' },
    options: { control: 'object', description: 'The choices: `{ value, label }`.' },
  },
  render: (args) => html`
    <sf-select
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      placeholder=${args.placeholder}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      autocomplete=${args.autocomplete || nothing}
      value=${args.value}
      .options=${args.options}
    ></sf-select>
  `,
};
export default meta;

type Story = StoryObj<SelectArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'The region where you are registered' },
};

export const Error: Story = {
  args: { hint: 'The region where you are registered', error: 'Select the region where you are registered' },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'astana' },
};

export const Filled: Story = {
  args: { hint: 'The region where you are registered', value: 'almaty-region' },
};

/** The control's own message after a submit attempt with nothing chosen. */
export const RequiredError: Story = {
  render: (args) => html`
    <sf-select name=${args.name} label=${args.label} placeholder=${args.placeholder} required .options=${args.options} ${ref(showValidation)}></sf-select>
  `,
};

/** Plain HTML: the options, and the placeholder, come from child `<option>` elements. */
export const FromOptionElements: Story = {
  render: () => html`
    <sf-select name="district" label="District of Almaty" required>
      <option value="">Select a district</option>
      <option value="alatau">Alatau</option>
      <option value="almaly">Almaly</option>
      <option value="auezov">Auezov</option>
      <option value="bostandyk">Bostandyk</option>
      <option value="medeu">Medeu</option>
    </sf-select>
  `,
};
