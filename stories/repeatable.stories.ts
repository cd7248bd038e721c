import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@service-forms/elements';

interface RepeatableArgs {
  label: string;
  hint: string;
  itemLabel: string;
  min: number;
  max: number;
  error: string;
}

const meta: Meta<RepeatableArgs> = {
  title: 'Elements/Repeatable',
  tags: ['autodocs'],
  component: 'sf-repeatable',
  args: { label: 'Household members', hint: '', itemLabel: 'Household member', min: 0, max: 5, error: '' },
  argTypes: {
    label: { control: 'text', description: 'The legend of the whole group.' },
    hint: { control: 'text' },
    itemLabel: { control: 'text', description: 'Each item’s heading, numbered.' },
    min: { control: 'number' },
    max: { control: 'number' },
    error: { control: 'text', description: 'An error about the items as a whole.' },
  },
  render: (args) => html`
    <form>
      <sf-repeatable name="members" label=${args.label} hint=${args.hint} item-label=${args.itemLabel} min=${args.min} max=${args.max} error=${args.error}>
        <template>
          <sf-text-field name="fullName" label="Full name" autocomplete="off"></sf-text-field>
          <sf-text-field name="iin" label="IIN" format="iin"></sf-text-field>
        </template>
      </sf-repeatable>
    </form>
  `,
};
export default meta;

type Story = StoryObj<RepeatableArgs>;

/** No items yet: only "Add household member". */
export const Empty: Story = {};

export const WithHint: Story = { args: { hint: 'Everyone who lives at your address', min: 1 } };

export const Error: Story = { args: { min: 1, error: 'Add at least 2 items to household members' } };

export const Disabled: Story = {
  render: (args) => html`
    <form>
      <fieldset disabled style="border: 0; margin: 0; padding: 0">
        <sf-repeatable name="members" label=${args.label} item-label=${args.itemLabel} min="1" max="3">
          <template><sf-text-field name="fullName" label="Full name" value="Әлия"></sf-text-field></template>
        </sf-repeatable>
      </fieldset>
    </form>
  `,
};

/** Two items, each with its heading and a remove button. */
export const Filled: Story = { args: { min: 2, hint: 'Everyone who lives at your address' } };

/** At the maximum: the add button is gone. */
export const AtMaximum: Story = { args: { min: 2, max: 2 } };
