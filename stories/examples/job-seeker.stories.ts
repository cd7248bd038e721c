import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/job-seeker.json';
import { checkAnswersStory, exampleMeta, pageStory, sentStory, type ExampleDefinition, type PageArgs } from './page-story.js';
import { jobSeekerAnswers, jobSeekerMinorAnswers } from './sample-answers.js';

/** A. Job-seeker registration (examples/forms/job-seeker.json), page by page. */
const form = definition as ExampleDefinition;

const meta = { ...exampleMeta(form), title: 'Examples/A. Job-seeker registration' } satisfies Meta<PageArgs>;
export default meta;

/** About you. */
export const AboutYou = pageStory(form, 'about-you', jobSeekerAnswers);

/** Your legal representative. Asked only when the condition holds: these answers make it apply. */
export const LegalRepresentative = pageStory(form, 'legal-representative', jobSeekerMinorAnswers);

/** Your phone number. */
export const Contact = pageStory(form, 'contact', jobSeekerAnswers);

/** Where you live. */
export const WhereYouLive = pageStory(form, 'where-you-live', jobSeekerAnswers);

/** Your education. */
export const Education = pageStory(form, 'education', jobSeekerAnswers);

/** Your work experience. */
export const WorkExperience = pageStory(form, 'work-experience', jobSeekerAnswers);

/** The job you want. */
export const JobYouWant = pageStory(form, 'job-you-want', jobSeekerAnswers);

/** Languages you speak. */
export const Languages = pageStory(form, 'languages', jobSeekerAnswers);

/** Publishing your profile. */
export const Publish = pageStory(form, 'publish', jobSeekerAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = checkAnswersStory(jobSeekerAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = sentStory(jobSeekerAnswers);
