import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@service-forms/elements';

interface FileUploadArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  accept: string;
  maxSizeBytes: number;
  multiple: boolean;
  maxFiles: number | undefined;
  files: File[];
}

/**
 * A file of `size` bytes made in the page: a browser cannot put a person's files into a story,
 * so stories set the documented `files` property instead.
 */
const file = (name: string, type: string, size: number) => new File([new Uint8Array(size)], name, { type, lastModified: 1764201600000 });

const meta: Meta<FileUploadArgs> = {
  title: 'Elements/File upload',
  tags: ['autodocs'],
  component: 'sf-file-upload',
  args: {
    name: 'proofOfIncome',
    label: 'Proof of income',
    hint: '',
    required: true,
    disabled: false,
    error: '',
    accept: 'application/pdf,image/jpeg,.png',
    maxSizeBytes: 5 * 1024 * 1024,
    multiple: false,
    maxFiles: undefined,
    files: [],
  },
  argTypes: {
    name: { control: 'text', description: 'The name each file is submitted under.' },
    label: { control: 'text', description: 'The visible label.' },
    hint: { control: 'text', description: 'Hint text under the label.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text', description: "An outside error (a server's answer, say), shown inline." },
    accept: { control: 'text', description: 'MIME types and extensions, comma-separated, as the native `accept`.' },
    maxSizeBytes: { control: 'number', description: 'The largest file accepted, in bytes.' },
    multiple: { control: 'boolean', description: 'Several files; choosing again adds to the list.' },
    maxFiles: { control: 'number', description: 'Most files accepted with `multiple`.' },
    files: { control: false, description: 'The chosen files (the `files` property).' },
  },
  render: (args) => html`
    <sf-file-upload
      name=${args.name}
      label=${args.label}
      hint=${args.hint}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error}
      accept=${args.accept}
      max-size-bytes=${args.maxSizeBytes}
      ?multiple=${args.multiple}
      max-files=${args.maxFiles ?? nothing}
      .files=${args.files}
    ></sf-file-upload>
  `,
};
export default meta;

type Story = StoryObj<FileUploadArgs>;

const HINT = 'A PDF, JPG or PNG of your latest payslip, up to 5 MB';

export const Empty: Story = {};

export const WithHint: Story = {
  args: { hint: HINT },
};

/** A file of a type the field does not accept: refused as soon as it is chosen, and kept in the list to remove. */
export const Error: Story = {
  args: { hint: HINT, files: [file('payslip.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 48_213)] },
};

export const Disabled: Story = {
  args: { hint: HINT, disabled: true, files: [file('payslip.pdf', 'application/pdf', 1_258_291)] },
};

export const Filled: Story = {
  args: { hint: HINT, files: [file('payslip.pdf', 'application/pdf', 1_258_291)] },
};

export const Multiple: Story = {
  args: {
    label: 'Documents about your household',
    hint: 'Up to 5 files: PDF, JPG or PNG, each up to 5 MB',
    multiple: true,
    maxFiles: 5,
    files: [file('birth-certificate.pdf', 'application/pdf', 812_400), file('income-statement.jpg', 'image/jpeg', 2_306_867), file('rental-agreement.png', 'image/png', 340_112)],
  },
};
