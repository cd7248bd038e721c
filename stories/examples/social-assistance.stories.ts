import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/social-assistance.json';
import { checkAnswersStory, exampleMeta, pageStory, sentStory, type ExampleDefinition, type PageArgs } from './page-story.js';
import { socialAssistanceAnswers } from './sample-answers.js';

/** C. Targeted social assistance (examples/forms/social-assistance.json), page by page. */
const form = definition as ExampleDefinition;

const meta = { ...exampleMeta(form), title: 'Examples/C. Targeted social assistance' } satisfies Meta<PageArgs>;
export default meta;

/** About you. */
export const AboutYou = pageStory(form, 'about-you', socialAssistanceAnswers);

/** Your registered address. */
export const Address = pageStory(form, 'address', socialAssistanceAnswers);

/** People who live with you. */
export const Household = pageStory(form, 'household', socialAssistanceAnswers);

/** Work in your household. */
export const Work = pageStory(form, 'work', socialAssistanceAnswers);

/** Your household’s income. */
export const Income = pageStory(form, 'income', socialAssistanceAnswers);

/** Where we should pay the assistance. */
export const Bank = pageStory(form, 'bank', socialAssistanceAnswers);

/** Social contract. Asked only when the condition holds: these answers make it apply. */
export const SocialContract = pageStory(form, 'social-contract', socialAssistanceAnswers);

/** Declaration. */
export const Declaration = pageStory(form, 'declaration', socialAssistanceAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = checkAnswersStory(socialAssistanceAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = sentStory(socialAssistanceAnswers);
