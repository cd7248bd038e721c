import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfDateInput, SfRadioGroup, SfTextField, SummaryItem } from '@service-forms/elements';

interface ErrorSummaryArgs {
  heading: string;
}

/**
 * The fields the summary's links point to, with their inline errors showing, as the form
 * renders them after a failed submit. Built as elements so the items can reference them.
 */
function fieldsInError() {
  const name = document.createElement('sf-text-field') as SfTextField;
  Object.assign(name, { id: 'full-name', name: 'fullName', label: 'Full name', required: true, error: 'Enter your full name' });
  name.autocomplete = 'name';

  const date = document.createElement('sf-date-input') as SfDateInput;
  Object.assign(date, {
    id: 'date-of-birth',
    name: 'dateOfBirth',
    label: 'Date of birth',
    hint: 'For example, 27 3 1990',
    required: true,
    constraint: 'past',
    autocomplete: 'bday',
  });
  date.parts = { day: '27', month: '13', year: '1990' };
  date.showValidation();

  const disability = document.createElement('sf-radio-group') as SfRadioGroup;
  Object.assign(disability, {
    id: 'has-disability',
    name: 'hasDisability',
    label: 'Do you have a disability?',
    required: true,
    error: 'Select yes if you have a disability',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  });

  const items: SummaryItem[] = [
    { message: 'Enter your full name', target: name },
    { message: 'Date of birth must be a real date', target: date, part: 'month' },
    { message: 'Select yes if you have a disability', target: disability },
  ];
  return { items, fields: [name, date, disability] };
}

const meta: Meta<ErrorSummaryArgs> = {
  title: 'Elements/Error summary',
  tags: ['autodocs'],
  component: 'sf-error-summary',
  args: { heading: '' },
  argTypes: {
    heading: { control: 'text', description: 'The heading; "There is a problem" when empty.' },
  },
  render: (args) => {
    const { items, fields } = fieldsInError();
    return html`<sf-error-summary heading=${args.heading} .items=${items}></sf-error-summary>${fields}`;
  },
};
export default meta;

type Story = StoryObj<ErrorSummaryArgs>;

/** A few errors, each linking to its field. */
export const WithItems: Story = {};

/** Following a link moves focus to the control (for the date, the month box in error). */
export const LinkMovesFocus: Story = {
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('sf-error-summary')!;
    await summary.updateComplete;
    const link = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent?.includes('Date of birth'))!;
    await userEvent.click(link);
    const date = canvasElement.querySelector('sf-date-input')!;
    await waitFor(() => expect(date.shadowRoot!.activeElement?.id).toBe('month'));
  },
};

export const CustomHeading: Story = {
  args: { heading: 'Check your answers' },
};

/** An error that belongs to no field (the service could not be reached, say). */
export const WithoutTarget: Story = {
  render: (args) =>
    html`<sf-error-summary
      heading=${args.heading}
      .items=${[{ message: 'Your application was not sent. Your answers are kept: try again in a few minutes.' }]}
    ></sf-error-summary>`,
};
