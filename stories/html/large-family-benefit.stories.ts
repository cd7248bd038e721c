import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/large-family-benefit.json';
import { htmlExampleMeta, htmlPageStory, type HtmlPageArgs } from './html-page-story.js';
import { largeFamilyBenefitAnswers } from '../examples/sample-answers.js';

/** D. Large-family benefit (examples/forms/large-family-benefit.json) as the plain-HTML pages (@service-forms/html), page by page. */

const meta = { ...htmlExampleMeta(definition), title: 'Examples (HTML, no JavaScript)/D. Large-family benefit' } satisfies Meta<HtmlPageArgs>;
export default meta;

/** About you. */
export const AboutYou = htmlPageStory('about-you', largeFamilyBenefitAnswers);

/** Your children. */
export const Children = htmlPageStory('children', largeFamilyBenefitAnswers);

/** Where we should pay the benefit. */
export const Bank = htmlPageStory('bank', largeFamilyBenefitAnswers);

/** Declaration. */
export const Declaration = htmlPageStory('declaration', largeFamilyBenefitAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = htmlPageStory('check-answers', largeFamilyBenefitAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = htmlPageStory('sent', largeFamilyBenefitAnswers);

/** The first page after Continue with nothing typed: the error summary first, each field in error. */
export const Error = htmlPageStory('error');
