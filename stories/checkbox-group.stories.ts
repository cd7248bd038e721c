import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { CheckboxOption, SfCheckboxGroup } from '@service-forms/elements';

interface CheckboxGroupArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  minSelected: number | undefined;
  maxSelected: number | undefined;
  value: string[];
  options: CheckboxOption[];
}

const SCHEDULES: CheckboxOption[] = [
  { value: 'full-time', label: 'Full-time' },
  { value: 'part-time', label: 'Part-time' },
  { value: 'shift', label: 'Shift work' },
  { value: 'remote', label: 'Remote' },
  { value: 'rotation', label: 'Rotation' },
];

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfCheckboxGroup | undefined)?.showValidation();

const meta: Meta<CheckboxGroupArgs> = {
  title: 'Elements/Checkbox group',
  tags: ['autodocs'],
  component: 'sf-checkbox-group',
  args: {
    name: 'schedules',
    label: 'Which work schedules suit you?',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    minSelected: undefined,
    maxSelected: undefined,
    value: [],
    options: SCHEDULES,
  },
  argTypes: {
    name: { control: 'text', description: 'The name each ticked value is submitted under.' },
    label: { control: 'text', description: 'The legend.' },
    hint: { control: 'text', description: 'Hint text under the legend.' },
    required: { control: 'boolean', description: 'At least one box must be ticked.' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    minSelected: { control: 'number', description: 'Fewest boxes to tick once any is ticked.' },
    maxSelected: { control: 'number', description: 'Most boxes that may be ticked.' },
    value: { control: 'object', description: 'The ticked option values.' },
    options: { control: 'object', description: 'The choices: `{ value, label, hint? }`.' },
  },
  render: (args) => html`
    <sf-checkbox-group
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      min-selected=${args.minSelected ?? nothing}
      max-selected=${args.maxSelected ?? nothing}
      .value=${args.value}
      .options=${args.options}
    ></sf-checkbox-group>
  `,
};
export default meta;

type Story = StoryObj<CheckboxGroupArgs>;

/** As the SDK always starts a group: nothing ticked. */
export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: 'Select all that apply' },
};

export const Error: Story = {
  args: { hint: 'Select all that apply', error: 'Select at least one work schedule' },
};

export const Disabled: Story = {
  args: { disabled: true, value: ['part-time', 'remote'] },
};

export const Filled: Story = {
  args: { hint: 'Select all that apply', value: ['full-time', 'remote'] },
};

export const WithOptionHints: Story = {
  args: {
    name: 'reasons',
    label: 'What went wrong?',
    hint: 'Select all that apply',
    required: false,
    options: [
      { value: 'slow', label: 'It took too long', hint: 'More than the promised 3 working days' },
      { value: 'unclear', label: 'The questions were unclear' },
      { value: 'documents', label: 'I was asked for documents twice', hint: 'For example, an identity card you had already shown' },
    ],
  },
};

/** The control's own message for too few ticks, as after a submit attempt. */
export const TooFewSelected: Story = {
  args: { hint: 'Select at least 2', minSelected: 2, value: ['shift'] },
  render: (args) => html`
    <sf-checkbox-group
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      required
      min-selected=${args.minSelected ?? nothing}
      .value=${args.value}
      .options=${args.options}
      ${ref(showValidation)}
    ></sf-checkbox-group>
  `,
};

/** The control's own message for too many ticks, as after a submit attempt. */
export const TooManySelected: Story = {
  args: { hint: 'Select up to 2', maxSelected: 2, value: ['full-time', 'part-time', 'remote'] },
  render: (args) => html`
    <sf-checkbox-group
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      required
      max-selected=${args.maxSelected ?? nothing}
      .value=${args.value}
      .options=${args.options}
      ${ref(showValidation)}
    ></sf-checkbox-group>
  `,
};

/** Plain HTML: the options come from child `<option>` elements (`title` is an option's hint). */
export const FromOptionElements: Story = {
  render: () => html`
    <sf-checkbox-group name="languages" label="Which languages do you speak?" hint="Select all that apply">
      <option value="kk">Kazakh</option>
      <option value="ru">Russian</option>
      <option value="en" title="At least at a conversational level">English</option>
    </sf-checkbox-group>
  `,
};
