import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@service-forms/elements';
import '@service-forms/elements/feedback';
import type { SfFeedback } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FeedbackAdapter } from '@service-forms/core';

interface FeedbackArgs {
  given: 'confirmation' | 'abandoned' | 'failed';
  rating: string;
  comment: string;
  adapter: () => FeedbackAdapter;
}

/** Never answers: the question stays "Sending your feedback…". */
const neverAnswers = (): FeedbackAdapter => ({ sendFeedback: () => new Promise(() => {}) });
/** Answers as a network error would. */
const fails = (): FeedbackAdapter => ({ sendFeedback: async () => ({ ok: false, error: { kind: 'retryable', message: 'network error' } }) });

const meta: Meta<FeedbackArgs> = {
  title: 'Elements/Feedback',
  tags: ['autodocs'],
  component: 'sf-feedback',
  args: { given: 'confirmation', rating: '', comment: '', adapter: () => new MemoryAdapter() },
  argTypes: {
    given: { control: 'inline-radio', options: ['confirmation', 'abandoned', 'failed'], description: 'Where it is asked: after a confirmation, or after an abandoned or failed attempt ("Tell us what went wrong").' },
    rating: {
      control: 'select',
      options: ['', 'very-satisfied', 'satisfied', 'neither', 'dissatisfied', 'very-dissatisfied'],
      description: 'The rating chosen.',
    },
    comment: { control: 'text', description: 'The comment typed so far.' },
    adapter: { table: { disable: true } },
  },
  render: (args) =>
    html`<sf-feedback form-id="job-seeker" form-version="1.0.0" given=${args.given} rating=${args.rating} .comment=${args.comment} .adapter=${args.adapter()}></sf-feedback>`,
};
export default meta;

type Story = StoryObj<FeedbackArgs>;

const feedbackIn = (canvas: HTMLElement) => canvas.querySelector<SfFeedback>('sf-feedback')!;
const send = async (canvas: HTMLElement) => {
  const element = feedbackIn(canvas);
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return element;
};

/** As a confirmation shows it: nothing chosen yet. */
export const Empty: Story = {};

/** A rating chosen. */
export const RatingChosen: Story = { args: { rating: 'satisfied' } };

/** A rating chosen and a comment typed; the count says how many of the 1200 characters are left. */
export const Filled: Story = { args: { rating: 'dissatisfied', comment: 'I did not understand which document was needed.' } };

/** Send with nothing chosen: the error summary takes focus; the radios say what to do. */
export const Error: Story = {
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('sf-error-summary')).not.toBeNull());
  },
};

/** Sent, waiting for the receiver's answer: Send does nothing more. */
export const Sending: Story = {
  args: { rating: 'very-satisfied', adapter: neverAnswers },
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('[role="status"]')).not.toBeNull());
  },
};

/** Received: the thanks take focus. */
export const Sent: Story = {
  args: { rating: 'very-satisfied', comment: 'Quick and clear.' },
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('.thanks')).not.toBeNull());
  },
};

/** Not received (offline, say): the summary says so; the rating and comment are kept. */
export const SendFailedError: Story = {
  args: { rating: 'neither', comment: 'The page was slow.', adapter: fails },
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('sf-error-summary')).not.toBeNull());
  },
};

/** After an attempt that failed or was abandoned: "Tell us what went wrong". */
export const WhatWentWrong: Story = { args: { given: 'failed' } };

/** The same, with nothing chosen and Send pressed. */
export const WhatWentWrongError: Story = {
  args: { given: 'abandoned' },
  play: async ({ canvasElement }) => {
    const element = await send(canvasElement);
    await waitFor(() => expect(element.shadowRoot!.querySelector('sf-error-summary')).not.toBeNull());
  },
};
