import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/service-feedback.json';
import { htmlExampleMeta, htmlPageStory, type HtmlPageArgs } from './html-page-story.js';
import { serviceFeedbackAnswers } from '../examples/sample-answers.js';

/** E. Service feedback (examples/forms/service-feedback.json) as the plain-HTML pages (@service-forms/html), page by page. */

const meta = { ...htmlExampleMeta(definition), title: 'Examples (HTML, no JavaScript)/E. Service feedback' } satisfies Meta<HtmlPageArgs>;
export default meta;

/** The service you used. */
export const Service = htmlPageStory('service', serviceFeedbackAnswers);

/** Your rating. */
export const Rating = htmlPageStory('rating', serviceFeedbackAnswers);

/** What went wrong. Asked only when the condition holds: these answers make it apply. */
export const WhatWentWrong = htmlPageStory('what-went-wrong', serviceFeedbackAnswers);

/** Getting a reply. */
export const Reply = htmlPageStory('reply', serviceFeedbackAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = htmlPageStory('check-answers', serviceFeedbackAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = htmlPageStory('sent', serviceFeedbackAnswers);

/** The first page after Continue with nothing typed: the error summary first, each field in error. */
export const Error = htmlPageStory('error');
