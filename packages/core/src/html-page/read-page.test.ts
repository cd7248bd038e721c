import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertDefinition } from '../definition/parse-definition.js';
import { FormSession } from '../session/form-session.js';
import { CHECK_ANSWERS, answerState, pageOf, pagesOf, type FormSessionState } from '../session/transitions.js';
import type { PageReader } from './page-fields.js';
import { readPageAnswers } from './read-page.js';

/*
 * Reading a served page's answers, in core since the browser does it (sf-form taking a served
 * page over, issue 15) without @service-forms/html (decision 0011). html's read-post tests read
 * the example forms through readPagePost and readPageAnswers; these check that the reader
 * sf-form makes from core's transitions reads exactly what a FormSession reads.
 */

const en = (text: string) => ({ en: text });
const definition = assertDefinition({
  id: 'reading',
  version: '1.0.0',
  locales: ['en'],
  title: en('Reading'),
  pages: [
    { id: 'car', title: en('Car'), fields: [{ type: 'radios', name: 'hasCar', label: en('Do you have a car?'), options: [{ value: 'yes', label: en('Yes') }, { value: 'no', label: en('No') }] }] },
    {
      id: 'details',
      title: en('Details'),
      fields: [
        { type: 'text', name: 'plate', label: en('Number plate'), showIf: { field: 'hasCar', equals: 'yes' } },
        { type: 'text', name: 'fullName', label: en('Full name') },
        { type: 'email', name: 'email', label: en('Email') },
        { type: 'textarea', name: 'about', label: en('About you') },
        { type: 'date', name: 'dob', label: en('Date of birth') },
        { type: 'checkbox', name: 'agree', label: en('I agree') },
        { type: 'checkbox', name: 'other', label: en('Another address') },
        { type: 'text', name: 'address', label: en('Address'), showIf: { field: 'other', equals: true } },
        { type: 'checkboxes', name: 'days', label: en('Days'), options: [{ value: 'mon', label: en('Monday') }, { value: 'tue', label: en('Tuesday') }] },
        {
          type: 'radios',
          name: 'contact',
          label: en('Contact'),
          options: [
            { value: 'phone', label: en('Phone'), reveals: [{ type: 'text', name: 'phone', label: en('Phone number') }] },
            { value: 'post', label: en('Post') },
          ],
        },
        { type: 'repeatable', name: 'jobs', label: en('Jobs'), itemLabel: en('Job'), fields: [{ type: 'text', name: 'employer', label: en('Employer') }] },
      ],
    },
  ],
});

/** The reader sf-form's served-page chunk makes: core's transitions, not the FormSession class. */
const reader: PageReader = {
  definition,
  pages: (state) => pagesOf(definition, state),
  page: (state) => pageOf(definition, state),
  answer: (state, path, value) => answerState(definition, state, path, value),
};
const session = new FormSession(definition);
const at = (step: string, answers: FormSessionState['answers']): FormSessionState => ({ ...session.start({ answers }), step });

describe('readPageAnswers (core): a served page read as its POST would be', () => {
  const body = new URLSearchParams([
    ['plate', 'A 123'],
    ['fullName', 'Әлия\r\nNur'],
    ['email', '  aliya@example.kz \n'],
    ['about', 'one\r\ntwo'],
    ['dob.day', '15'],
    ['dob.month', ''],
    ['dob.year', '1990'],
    ['agree', 'on'],
    ['address', 'Not shown, still read'],
    ['days', 'tue'],
    ['days', 'mon'],
    ['contact', 'phone'],
    ['phone', '+7 700'],
    ['jobs[0].employer', 'Kazpost'],
    ['_csrf', 'token'],
    ['stray', 'x'],
    ['action', 'continue'],
  ]);
  const before = at('details', { hasCar: 'no', jobs: [{ employer: '' }] });

  it('reads what the page showed, as the elements would hold it, and lists the rest', () => {
    const { state, ignored } = readPageAnswers(reader, before, body, { csrfName: '_csrf' });
    assert.deepEqual(state.answers, {
      hasCar: 'no',
      fullName: 'ӘлияNur',
      email: 'aliya@example.kz',
      about: 'one\ntwo',
      dob: { day: '15', month: '', year: '1990' },
      agree: true,
      other: false,
      address: 'Not shown, still read',
      days: ['mon', 'tue'],
      contact: 'phone',
      phone: '+7 700',
      jobs: [{ employer: 'Kazpost' }],
    });
    // `plate` asks an earlier page's answer, which says no: not shown, so not read.
    assert.deepEqual(ignored, ['plate', 'stray']);
    assert.equal(state.step, 'details');
    assert.deepEqual(state.errors, {});
  });

  it('reads exactly what a FormSession reads', () => {
    assert.deepEqual(readPageAnswers(reader, before, body, { csrfName: '_csrf' }), readPageAnswers(session, before, body, { csrfName: '_csrf' }));
    const record = Object.fromEntries([...new Set(body.keys())].map((name) => [name, body.getAll(name)]));
    assert.deepEqual(readPageAnswers(reader, before, record), readPageAnswers(session, before, body));
  });

  it('reads nothing at check answers', () => {
    const end = at(CHECK_ANSWERS, { hasCar: 'yes' });
    const { state, ignored } = readPageAnswers(reader, end, { hasCar: 'no', action: 'continue' });
    assert.deepEqual(state.answers, { hasCar: 'yes' });
    assert.deepEqual(ignored, ['hasCar']);
  });
});
