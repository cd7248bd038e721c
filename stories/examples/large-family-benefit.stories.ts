import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/large-family-benefit.json';
import { checkAnswersStory, exampleMeta, pageStory, sentStory, type ExampleDefinition, type PageArgs } from './page-story.js';
import { largeFamilyBenefitAnswers } from './sample-answers.js';

/** D. Large-family benefit (examples/forms/large-family-benefit.json), page by page. */
const form = definition as ExampleDefinition;

const meta = { ...exampleMeta(form), title: 'Examples/D. Large-family benefit' } satisfies Meta<PageArgs>;
export default meta;

/** About you. */
export const AboutYou = pageStory(form, 'about-you', largeFamilyBenefitAnswers);

/** Your children. */
export const Children = pageStory(form, 'children', largeFamilyBenefitAnswers);

/** Where we should pay the benefit. */
export const Bank = pageStory(form, 'bank', largeFamilyBenefitAnswers);

/** Declaration. */
export const Declaration = pageStory(form, 'declaration', largeFamilyBenefitAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = checkAnswersStory(largeFamilyBenefitAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = sentStory(largeFamilyBenefitAnswers);
