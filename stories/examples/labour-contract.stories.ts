import type { Meta } from '@storybook/web-components-vite';
import definition from '../../examples/forms/labour-contract.json';
import { checkAnswersStory, exampleMeta, pageStory, sentStory, type ExampleDefinition, type PageArgs } from './page-story.js';
import { labourContractAnswers, labourContractMinorAnswers } from './sample-answers.js';

/** B. Electronic labour contract (examples/forms/labour-contract.json), page by page. */
const form = definition as ExampleDefinition;

const meta = { ...exampleMeta(form), title: 'Examples/B. Electronic labour contract' } satisfies Meta<PageArgs>;
export default meta;

/** The employer. */
export const Employer = pageStory(form, 'employer', labourContractAnswers);

/** The employee. */
export const Employee = pageStory(form, 'employee', labourContractAnswers);

/** Consent of the employee’s parent or guardian. Asked only when the condition holds: these answers make it apply. */
export const GuardianConsent = pageStory(form, 'guardian-consent', labourContractMinorAnswers);

/** The contract. */
export const Contract = pageStory(form, 'contract', labourContractAnswers);

/** Start date and term. */
export const Term = pageStory(form, 'term', labourContractAnswers);

/** The job. */
export const Job = pageStory(form, 'job', labourContractAnswers);

/** Working hours and pay. */
export const HoursAndPay = pageStory(form, 'hours-and-pay', labourContractAnswers);

/** Check your answers: every answer with its Change link. */
export const CheckAnswers = checkAnswersStory(labourContractAnswers);

/** Sent: the confirmation with the reference number and what happens next. */
export const Sent = sentStory(labourContractAnswers);
