import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/social-assistance.json';
import { htmlExampleMeta, htmlPageStory, type HtmlPageArgs } from './html-page-story.js';
import { socialAssistanceAnswers } from '../examples/sample-answers.js';

/** C. Targeted social assistance (examples/forms/social-assistance.json) as the plain-HTML pages (@service-forms/html), page by page. */

const meta = { ...htmlExampleMeta(definition), title: 'Examples (HTML, no JavaScript)/C. Targeted social assistance' } satisfies Meta<HtmlPageArgs>;
export default meta;

/** About you. */
export const AboutYou = htmlPageStory('about-you', socialAssistanceAnswers);

/** Your registered address. */
export const Address = htmlPageStory('address', socialAssistanceAnswers);

/** People who live with you. */
export const Household = htmlPageStory('household', socialAssistanceAnswers);

/** Work in your household. */
export const Work = htmlPageStory('work', socialAssistanceAnswers);

/** Your household’s income. */
export const Income = htmlPageStory('income', socialAssistanceAnswers);

/** Where we should pay the assistance. */
export const Bank = htmlPageStory('bank', socialAssistanceAnswers);

/** Social contract. Asked only when the condition holds: these answers make it apply. */
export const SocialContract = htmlPageStory('social-contract', socialAssistanceAnswers);

/** Declaration. */
export const Declaration = htmlPageStory('declaration', socialAssistanceAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = htmlPageStory('check-answers', socialAssistanceAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = htmlPageStory('sent', socialAssistanceAnswers);

/** The first page after Continue with nothing typed: the error summary first, each field in error. */
export const Error = htmlPageStory('error');
