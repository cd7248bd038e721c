import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/labour-contract.json';
import { htmlExampleMeta, htmlPageStory, type HtmlPageArgs } from './html-page-story.js';
import { labourContractAnswers, labourContractMinorAnswers } from '../examples/sample-answers.js';

/** B. Electronic labour contract (examples/forms/labour-contract.json) as the plain-HTML pages (@service-forms/html), page by page. */

const meta = { ...htmlExampleMeta(definition), title: 'Examples (HTML, no JavaScript)/B. Electronic labour contract' } satisfies Meta<HtmlPageArgs>;
export default meta;

/** The employer. */
export const Employer = htmlPageStory('employer', labourContractAnswers);

/** The employee. */
export const Employee = htmlPageStory('employee', labourContractAnswers);

/** Consent of the employee’s parent or guardian. Asked only when the condition holds: these answers make it apply. */
export const GuardianConsent = htmlPageStory('guardian-consent', labourContractMinorAnswers);

/** The contract. */
export const Contract = htmlPageStory('contract', labourContractAnswers);

/** Start date and term. */
export const Term = htmlPageStory('term', labourContractAnswers);

/** The job. */
export const Job = htmlPageStory('job', labourContractAnswers);

/** Working hours and pay. */
export const HoursAndPay = htmlPageStory('hours-and-pay', labourContractAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = htmlPageStory('check-answers', labourContractAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = htmlPageStory('sent', labourContractAnswers);

/** The first page after Continue with nothing typed: the error summary first, each field in error. */
export const Error = htmlPageStory('error');
