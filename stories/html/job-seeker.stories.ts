import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/job-seeker.json';
import { htmlExampleMeta, htmlPageStory, type HtmlPageArgs } from './html-page-story.js';
import { jobSeekerAnswers, jobSeekerMinorAnswers } from '../examples/sample-answers.js';

/** A. Job-seeker registration (examples/forms/job-seeker.json) as the plain-HTML pages (@service-forms/html), page by page. */

const meta = { ...htmlExampleMeta(definition), title: 'Examples (HTML, no JavaScript)/A. Job-seeker registration' } satisfies Meta<HtmlPageArgs>;
export default meta;

/** About you. */
export const AboutYou = htmlPageStory('about-you', jobSeekerAnswers);

/** Your legal representative. Asked only when the condition holds: these answers make it apply. */
export const LegalRepresentative = htmlPageStory('legal-representative', jobSeekerMinorAnswers);

/** Your phone number. */
export const Contact = htmlPageStory('contact', jobSeekerAnswers);

/** Where you live. */
export const WhereYouLive = htmlPageStory('where-you-live', jobSeekerAnswers);

/** Your education. */
export const Education = htmlPageStory('education', jobSeekerAnswers);

/** Your work experience. */
export const WorkExperience = htmlPageStory('work-experience', jobSeekerAnswers);

/** The job you want. */
export const JobYouWant = htmlPageStory('job-you-want', jobSeekerAnswers);

/** Languages you speak. */
export const Languages = htmlPageStory('languages', jobSeekerAnswers);

/** Publishing your profile. */
export const Publish = htmlPageStory('publish', jobSeekerAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = htmlPageStory('check-answers', jobSeekerAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = htmlPageStory('sent', jobSeekerAnswers);

/** The first page after Continue with nothing typed: the error summary first, each field in error. */
export const Error = htmlPageStory('error');
