import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@service-forms/elements';
import type { SfTextarea } from '@service-forms/elements';

interface TextareaArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  maxlength: number | undefined;
  maxwords: number | undefined;
  threshold: number;
  rows: number;
  value: string;
}

/** Shows the control's own validation at once, as after a failed submit, with no interaction. */
const showValidation = (element?: Element) => (element as SfTextarea | undefined)?.showValidation();

const render = (args: TextareaArgs, validate = false) => html`
  <sf-textarea
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    maxlength=${args.maxlength ?? nothing}
    maxwords=${args.maxwords ?? nothing}
    threshold=${args.threshold}
    rows=${args.rows}
    value=${args.value}
    ${validate ? ref(showValidation) : nothing}
  ></sf-textarea>
`;

const meta: Meta<TextareaArgs> = {
  title: 'Elements/Textarea',
  tags: ['autodocs'],
  component: 'sf-textarea',
  args: {
    name: 'comment',
    label: 'What could we do better?',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    maxlength: 200,
    maxwords: undefined,
    threshold: 75,
    rows: 5,
    value: '',
  },
  argTypes: {
    name: { control: 'text', description: 'The name the value is submitted under.' },
    label: { control: 'text', description: 'The visible label.' },
    hint: { control: 'text', description: 'Hint text under the label.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    maxlength: { control: 'number', description: 'Most characters (code points); typing past it is never blocked.' },
    maxwords: { control: 'number', description: 'Most words, instead of maxlength.' },
    threshold: { control: { type: 'range', min: 0, max: 100 }, description: 'Percent of the limit used from which the count is announced.' },
    rows: { control: 'number', description: 'Visible lines.' },
    value: { control: 'text', description: 'The default value.' },
  },
  render: (args) => render(args),
};
export default meta;

type Story = StoryObj<TextareaArgs>;

const HINT = 'Do not include personal details, such as your IIN or phone number.';

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: HINT },
};

export const Error: Story = {
  args: { hint: HINT, error: 'Enter what we could do better' },
};

export const Disabled: Story = {
  args: { disabled: true, value: 'The office was hard to find from the bus stop.' },
};

export const Filled: Story = {
  args: { hint: HINT, value: 'The office was hard to find from the bus stop.' },
};

/** 177 of 200 characters: past the 75% threshold, so a pause in typing announces the count. */
export const NearLimit: Story = {
  args: {
    hint: HINT,
    value:
      'The online form was clear, but I waited forty minutes at the employment centre to hand in one paper that I had already uploaded. Please let people book a time or skip that step.',
  },
};

/** Over the limit: typing is not blocked; the count says how many are too many. */
export const OverLimit: Story = {
  args: {
    hint: HINT,
    maxlength: 100,
    value:
      'The online form was clear, but I waited forty minutes at the employment centre to hand in one paper that I had already uploaded.',
  },
};

/** Over the limit after a submit attempt: the inline error joins the count. */
export const OverLimitError: Story = {
  args: OverLimit.args,
  render: (args) => render(args, true),
};

export const WordLimit: Story = {
  args: {
    name: 'summary',
    label: 'Describe your work experience',
    hint: 'Your main duties and achievements.',
    maxlength: undefined,
    maxwords: 150,
    rows: 8,
    value: 'Welder at a construction company in Karaganda for five years.',
  },
};

export const NoLimit: Story = {
  args: { maxlength: undefined, hint: HINT },
};
