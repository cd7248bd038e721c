import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import jobSeeker from '../examples/forms/job-seeker.json';
import labourContract from '../examples/forms/labour-contract.json';
import socialAssistance from '../examples/forms/social-assistance.json';
import largeFamilyBenefit from '../examples/forms/large-family-benefit.json';
import serviceFeedback from '../examples/forms/service-feedback.json';

/**
 * The five example forms of examples/forms/ (DOMAIN.md A–E), each as a person first sees it:
 * its first page. Stories per page come with the multi-page flow.
 */

interface ExampleArgs {
  definition: unknown;
  /** The name of the first page's first field, which must render. */
  firstField: string;
}

const meta: Meta<ExampleArgs> = {
  title: 'Examples/Example forms',
  component: 'sf-form',
  argTypes: {
    definition: { control: 'object', description: 'The form definition (parsed JSON).' },
    firstField: { table: { disable: true } },
  },
  // A fresh adapter per render, so nothing one visit sent leaks into the next.
  render: (args) => html`<sf-form .definition=${args.definition} .adapter=${new MemoryAdapter({ delayMs: 200 })}></sf-form>`,
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector<SfForm>('sf-form')!;
    await form.updateComplete;
    // The definition is valid (no author error) and its first question is on screen.
    await waitFor(() => expect(form.shadowRoot!.querySelector(`[name="${args.firstField}"]`)).not.toBeNull());
    await expect(form.shadowRoot!.querySelector('[part="author-error"]')).toBeNull();
  },
};
export default meta;

type Story = StoryObj<ExampleArgs>;

/** A. Job-seeker registration: IIN, name, date of birth, disability (reveals the group). */
export const JobSeeker: Story = { args: { definition: jobSeeker, firstField: 'iin' } };

/** B. Electronic labour contract: who the employer is reveals a BIN or an IIN. */
export const LabourContract: Story = { args: { definition: labourContract, firstField: 'employerType' } };

/** C. Targeted social assistance: the applicant's IIN and phone. */
export const SocialAssistance: Story = { args: { definition: socialAssistance, firstField: 'applicantIin' } };

/** D. Large-family benefit: the applicant's IIN and phone. */
export const LargeFamilyBenefit: Story = { args: { definition: largeFamilyBenefit, firstField: 'applicantIin' } };

/** E. Service feedback: which service, and how it was used. */
export const ServiceFeedback: Story = { args: { definition: serviceFeedback, firstField: 'service' } };
