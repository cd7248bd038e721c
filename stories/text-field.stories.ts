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
  tags: ['autodocs'],
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
    format: { control: 'select', options: ['text', 'email', 'iin', 'bin', 'phone', 'postal-code', 'iban', 'person-name'] },
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

/**
 * The control's own error after a submit attempt (not an `error` attribute): the message is
 * the one core's code gives for the value.
 */
const renderValidated = (args: TextFieldArgs) => html`
  <sf-text-field
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    format=${args.format}
    autocomplete=${args.autocomplete || nothing}
    value=${args.value}
    ${ref(showValidation)}
  ></sf-text-field>
`;

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

/** A valid IIN: the birth date it encodes is shown under the box for the person to check. */
export const IinFilled: Story = {
  name: 'IIN filled',
  args: { ...IinFormat.args, value: '900115300013' },
};

/** A wrong check digit, as the control reports it after a submit attempt. */
export const IinChecksumError: Story = {
  name: 'IIN checksum error',
  args: { ...IinFormat.args, value: '900115300014' },
  render: renderValidated,
};

const bin: Partial<TextFieldArgs> = {
  name: 'employerBin',
  label: 'Employer business identification number (BIN)',
  hint: '12 digits, for example 940140000385',
  format: 'bin',
  autocomplete: '',
};

export const BinEmpty: Story = { name: 'BIN empty', args: bin };
export const BinFilled: Story = { name: 'BIN filled', args: { ...bin, value: '940140000385' } };
/** An IIN where a BIN belongs: its 5th digit is 0–3. */
export const BinError: Story = { name: 'BIN error', args: { ...bin, value: '900115300013' }, render: renderValidated };

const phone: Partial<TextFieldArgs> = {
  name: 'mobilePhone',
  label: 'Mobile phone number',
  hint: 'For example, 8 701 234 56 78',
  format: 'phone',
  autocomplete: '',
};

export const PhoneEmpty: Story = { name: 'Phone empty', args: phone };
/** Submitted as +77012345678; the box keeps what was typed. */
export const PhoneFilled: Story = { name: 'Phone filled', args: { ...phone, value: '8 (701) 234-56-78' } };
/** A Russian number: +7 but not 7xx. */
export const PhoneError: Story = { name: 'Phone error', args: { ...phone, value: '+7 916 123 45 67' }, render: renderValidated };

const postalCode: Partial<TextFieldArgs> = {
  name: 'postalCode',
  label: 'Postal code',
  hint: '7 characters, like A15E3C4, or the old 6 digits',
  format: 'postal-code',
  autocomplete: '',
};

export const PostalCodeEmpty: Story = { name: 'Postal code empty', args: postalCode };
export const PostalCodeFilled: Story = { name: 'Postal code filled', args: { ...postalCode, value: 'A15E3C4' } };
export const PostalCodeError: Story = { name: 'Postal code error', args: { ...postalCode, value: 'A15E3' }, render: renderValidated };

const iban: Partial<TextFieldArgs> = {
  name: 'iban',
  label: 'Bank account (IBAN)',
  hint: 'Starts with KZ, 20 characters, for example KZ86 125K ZT50 0410 0100',
  format: 'iban',
  autocomplete: '',
};

export const IbanEmpty: Story = { name: 'IBAN empty', args: iban };
export const IbanFilled: Story = { name: 'IBAN filled', args: { ...iban, value: 'KZ86 125K ZT50 0410 0100' } };
/** One character changed: the mod-97 check digits no longer match. */
export const IbanError: Story = { name: 'IBAN error', args: { ...iban, value: 'KZ87 125K ZT50 0410 0100' }, render: renderValidated };

const personName: Partial<TextFieldArgs> = {
  name: 'fullName',
  label: 'Full name',
  hint: 'As it appears on your identity card',
  format: 'person-name',
  autocomplete: 'name',
};

export const PersonNameEmpty: Story = { name: 'Person name empty', args: personName };
export const PersonNameFilled: Story = { name: 'Person name filled', args: { ...personName, value: 'Өмірзақ Ғалымжанұлы' } };
export const PersonNameError: Story = { name: 'Person name error', args: { ...personName, value: 'Қайрат 2' }, render: renderValidated };

export const EmailFormat: Story = {
  args: {
    name: 'email',
    label: 'Email address',
    hint: 'We only use this to send you a receipt',
    format: 'email',
    autocomplete: 'email',
  },
};
