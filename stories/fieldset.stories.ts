import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@service-forms/elements';

interface FieldsetArgs {
  legend: string;
  hint: string;
}

const meta: Meta<FieldsetArgs> = {
  title: 'Elements/Fieldset',
  tags: ['autodocs'],
  component: 'sf-fieldset',
  args: { legend: 'Registered address', hint: '' },
  argTypes: {
    legend: { control: 'text', description: 'What the grouped fields have in common.' },
    hint: { control: 'text', description: 'Hint text under the legend.' },
  },
  render: (args) => html`
    <sf-fieldset legend=${args.legend} hint=${args.hint}>
      <sf-text-field name="street" label="Street and house" autocomplete="address-line1" value=${'' as string}></sf-text-field>
      <sf-text-field name="settlement" label="Town or village" autocomplete="address-level2"></sf-text-field>
    </sf-fieldset>
  `,
};
export default meta;

type Story = StoryObj<FieldsetArgs>;

export const Empty: Story = {};

export const WithHint: Story = { args: { hint: 'As on your identity card' } };

export const Error: Story = {
  render: (args) => html`
    <sf-fieldset legend=${args.legend} hint="As on your identity card">
      <sf-text-field name="street" label="Street and house" autocomplete="address-line1" error="Enter your street and house number"></sf-text-field>
      <sf-text-field name="settlement" label="Town or village" autocomplete="address-level2" value="Kosshy"></sf-text-field>
    </sf-fieldset>
  `,
};

export const Disabled: Story = {
  render: (args) => html`
    <form>
      <fieldset disabled style="border: 0; margin: 0; padding: 0">
        <sf-fieldset legend=${args.legend}>
          <sf-text-field name="street" label="Street and house" value="Abai avenue 10"></sf-text-field>
          <sf-text-field name="settlement" label="Town or village" value="Kosshy"></sf-text-field>
        </sf-fieldset>
      </fieldset>
    </form>
  `,
};

export const Filled: Story = {
  render: (args) => html`
    <sf-fieldset legend=${args.legend} hint="As on your identity card">
      <sf-text-field name="street" label="Street and house" autocomplete="address-line1" value="Abai avenue 10"></sf-text-field>
      <sf-text-field name="settlement" label="Town or village" autocomplete="address-level2" value="Kosshy"></sf-text-field>
    </sf-fieldset>
  `,
};
