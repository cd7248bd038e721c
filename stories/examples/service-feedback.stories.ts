import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/service-feedback.json';
import { checkAnswersStory, exampleMeta, pageStory, sentStory, type ExampleDefinition, type PageArgs } from './page-story.js';
import { serviceFeedbackAnswers } from './sample-answers.js';

/** E. Service feedback (examples/forms/service-feedback.json), page by page. */
const form = definition as ExampleDefinition;

const meta = { ...exampleMeta(form), title: 'Examples/E. Service feedback' } satisfies Meta<PageArgs>;
export default meta;

/** The service you used. */
export const Service = pageStory(form, 'service', serviceFeedbackAnswers);

/** Your rating. */
export const Rating = pageStory(form, 'rating', serviceFeedbackAnswers);

/** What went wrong. Asked only when the condition holds: these answers make it apply. */
export const WhatWentWrong = pageStory(form, 'what-went-wrong', serviceFeedbackAnswers);

/** Getting a reply. */
export const Reply = pageStory(form, 'reply', serviceFeedbackAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = checkAnswersStory(serviceFeedbackAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = sentStory(serviceFeedbackAnswers);
