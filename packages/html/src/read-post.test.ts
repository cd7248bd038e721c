import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as core from '@service-forms/core';
import { assertDefinition, CHECK_ANSWERS, FormSession, getAnswer, type FormSessionState } from '@service-forms/core';
import * as html from './index.js';
import { readPageAnswers, readPagePost } from './read-post.js';
import { renderFormPage } from './render.js';
import { pageForm } from './testing/browser.js';
import { attr } from './testing/parse.js';
import { checkPage, CSRF, EXAMPLE_FORMS, pageOptions } from './testing/pages.js';

// What readPagePost makes of a body: the values the elements would hold for the same typing
// (sf-text-field's, sf-date-input's, sf-checkbox's … `answer`), only for what the page shows.

const session = (name: string) => new FormSession(EXAMPLE_FORMS.find(([file]) => file === name)![1]);
const jobSeeker = session('job-seeker');
const on = (s: FormSession, step: string, answers: Record<string, unknown> = {}): FormSessionState => ({ ...s.start({ answers }), step });

describe('readPagePost: values as the elements hold them', () => {
  it('text as typed (spaces kept, line breaks gone as in an input), a date as its typed parts', () => {
    const body = new URLSearchParams({ iin: ' 900115 300013 ', fullName: 'Әлия\r\nҚайратқызы ', 'dateOfBirth.day': '15 ', 'dateOfBirth.month': 'March', 'dateOfBirth.year': '1990', hasDisability: 'no' });
    const { state, action, ignored } = readPagePost(jobSeeker, on(jobSeeker, 'about-you'), body);
    assert.deepEqual(ignored, []);
    assert.equal(state.answers.iin, ' 900115 300013 ');
    assert.equal(state.answers.fullName, 'ӘлияҚайратқызы ');
    assert.deepEqual(state.answers.dateOfBirth, { day: '15 ', month: 'March', year: '1990' });
    // The reveal under "yes" is on the page (GOV.UK without script): read, and ignored under "no".
    assert.equal(state.answers.disabilityGroup, '');
    assert.equal(state.answers.adjustments, '');
    assert.deepEqual(action, { kind: 'continue', outcome: 'next' }, JSON.stringify(state.errors));
  });

  it('an incomplete date gives date_incomplete with the missing parts (the summary links to the first)', () => {
    const body = { 'dateOfBirth.day': '15', 'dateOfBirth.year': '1990' };
    const { state } = readPagePost(jobSeeker, on(jobSeeker, 'about-you'), body);
    assert.deepEqual(state.answers.dateOfBirth, { day: '15', month: '', year: '1990' });
    assert.equal(state.errors.dateOfBirth?.code, 'date_incomplete');
    assert.deepEqual(state.errors.dateOfBirth?.parts, ['month']);
  });

  it('a textarea’s CRLF line breaks read as the element’s LF', () => {
    const body = { hasDisability: 'yes', disabilityGroup: 'II', adjustments: 'A ramp\r\nand\rlifts\n' };
    const { state } = readPagePost(jobSeeker, on(jobSeeker, 'about-you'), body);
    assert.equal(state.answers.adjustments, 'A ramp\nand\nlifts\n');
  });

  it('a single checkbox is true when sent, false when not; checkboxes a list in option order', () => {
    assert.equal(readPagePost(jobSeeker, on(jobSeeker, 'publish'), { publishConsent: 'on' }).state.answers.publishConsent, true);
    assert.equal(readPagePost(jobSeeker, on(jobSeeker, 'publish', { publishConsent: true }), {}).state.answers.publishConsent, false);
    const body = new URLSearchParams([
      ['desiredPosition', 'Welder'],
      ['desiredSalary', '250 000 ₸'],
      ['schedule', 'shift'],
      ['schedule', 'full-time'],
      ['schedule', 'shift'],
    ]);
    const { state } = readPagePost(jobSeeker, on(jobSeeker, 'job-you-want'), body);
    assert.deepEqual(state.answers.schedule, ['full-time', 'shift']);
    assert.equal(state.answers.desiredSalary, '250 000 ₸', 'money as typed; core reads it');
    assert.equal(readPagePost(jobSeeker, on(jobSeeker, 'job-you-want'), { schedule: [] }).state.answers.schedule instanceof Array, true);
  });

  it('an email without the white space around it (the email input’s value); an unchosen radio or select is ""', () => {
    const feedback = session('service-feedback');
    const { state } = readPagePost(feedback, on(feedback, 'reply'), { wantsReply: 'yes', replyName: 'Данияр', replyBy: 'email', replyEmail: '  daniyar@example.kz \n' });
    assert.equal(state.answers.replyEmail, 'daniyar@example.kz');
    const empty = readPagePost(feedback, on(feedback, 'service'), {}).state;
    assert.equal(empty.answers.service, '');
    assert.equal(empty.answers.channel, '');
  });

  it('a record body and URLSearchParams read alike; the CSRF name is not listed', () => {
    const record = { iin: '900115300013', fullName: ['Әлия', 'second value'], [CSRF.name]: CSRF.value, extra: 'x' };
    const params = new URLSearchParams([
      ['iin', '900115300013'],
      ['fullName', 'Әлия'],
      ['fullName', 'second value'],
      [CSRF.name, CSRF.value],
      ['extra', 'x'],
    ]);
    const a = readPagePost(jobSeeker, on(jobSeeker, 'about-you'), record, { csrfName: CSRF.name });
    const b = readPagePost(jobSeeker, on(jobSeeker, 'about-you'), params, { csrfName: CSRF.name });
    assert.deepEqual(a, b);
    assert.equal(a.state.answers.fullName, 'Әлия', 'one value per box: the first');
    assert.deepEqual(a.ignored, ['extra']);
  });

  it('a POST from another step is stale: nothing read, nothing changed', () => {
    const state = on(jobSeeker, 'contact', { mobilePhone: '8 701 234 56 78' });
    const read = readPagePost(jobSeeker, state, { iin: '1' }, { step: 'about-you' });
    assert.deepEqual(read.action, { kind: 'stale', step: 'about-you' });
    assert.equal(read.state, state);
    assert.deepEqual(read.ignored, ['iin']);
  });
});

describe('readPagePost: the buttons', () => {
  it('back keeps what was typed; change and language as posted actions', () => {
    let state = { ...on(jobSeeker, 'contact'), history: ['about-you'] };
    const back = readPagePost(jobSeeker, state, { mobilePhone: '8 701', action: 'back' });
    assert.deepEqual(back.action, { kind: 'back' });
    assert.equal(back.state.step, 'about-you');
    assert.equal(back.state.answers.mobilePhone, '8 701');
    state = on(jobSeeker, CHECK_ANSWERS);
    const change = readPagePost(jobSeeker, state, { action: 'change:contact' });
    assert.deepEqual(change.action, { kind: 'change', step: 'contact' });
    assert.equal(change.state.step, 'contact');
    assert.equal(change.state.returnToCheck, true);
    const language = readPagePost(jobSeeker, on(jobSeeker, 'contact'), { mobilePhone: '8 701 234 56 78', action: 'language:ru' });
    assert.deepEqual(language.action, { kind: 'language', locale: 'ru' });
    assert.equal(language.state.locale, 'ru');
    assert.equal(language.state.answers.mobilePhone, '8 701 234 56 78');
  });

  it('Add at the maximum is not offered and does nothing', () => {
    const items = Array.from({ length: 10 }, () => ({}));
    const state = on(jobSeeker, 'education', { education: items });
    const page = checkPage(renderFormPage(jobSeeker, state, pageOptions(jobSeeker, state)), 'en', 'max');
    assert.equal(page.elements.filter((el) => attr(el, 'value') === 'add:education').length, 0);
    assert.equal(readPagePost(jobSeeker, state, { action: 'add:education' }).action.kind, 'none');
  });
});

describe('readPageAnswers: the answers alone (a served page taken over, issue 15)', () => {
  it('reads what readPagePost reads and does no action: no step change, no errors, the button ignored', () => {
    const body = new URLSearchParams({ iin: '900115300013', fullName: 'Әлия', 'dateOfBirth.day': '15', 'dateOfBirth.month': '', 'dateOfBirth.year': '1990', hasDisability: 'no', stray: 'x', action: 'back' });
    const before = on(jobSeeker, 'about-you', { email: 'aliya@example.kz' });
    const { state, ignored } = readPageAnswers(jobSeeker, before, body, { csrfName: '_csrf' });
    assert.equal(state.step, 'about-you');
    assert.deepEqual(state.errors, {});
    assert.deepEqual(ignored, ['stray']);
    assert.equal(state.answers.email, 'aliya@example.kz', 'answers of other pages kept');
    assert.deepEqual(state.answers.dateOfBirth, { day: '15', month: '', year: '1990' });
    const posted = readPagePost(jobSeeker, before, body, { csrfName: '_csrf' });
    for (const name of ['iin', 'fullName', 'dateOfBirth', 'hasDisability', 'disabilityGroup', 'adjustments']) {
      assert.deepEqual(getAnswer(state.answers, name), getAnswer(posted.state.answers, name), name);
    }
  });

  it("is core's, re-exported: sf-form reads a served page with the very code readPagePost reads a POST with, without this package (decision 0011)", () => {
    for (const name of ['readPageAnswers', 'pageFieldShows', 'datePartName', 'ACTION'] as const) assert.equal(html[name], core[name], name);
    assert.equal(html.datePartName('dob', 'day'), 'dob.day');
  });

  it('reads nothing at check answers', () => {
    const before = on(jobSeeker, CHECK_ANSWERS, { iin: '900115300013' });
    const { state, ignored } = readPageAnswers(jobSeeker, before, { iin: '1' });
    assert.deepEqual(state.answers, before.answers);
    assert.deepEqual(ignored, ['iin']);
  });
});

describe('which fields a page shows and reads without script', () => {
  const definition = assertDefinition({
    id: 'conditions',
    version: '1.0.0',
    locales: ['en'],
    title: { en: 'Conditions' },
    pages: [
      { id: 'car', title: { en: 'Car' }, fields: [{ type: 'radios', name: 'hasCar', label: { en: 'Do you have a car?' }, required: true, options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }] }] },
      {
        id: 'details',
        title: { en: 'Details' },
        fields: [
          { type: 'text', name: 'plate', label: { en: 'Number plate' }, required: true, showIf: { field: 'hasCar', equals: 'yes' } },
          { type: 'checkbox', name: 'other', label: { en: 'Another address' } },
          { type: 'text', name: 'address', label: { en: 'Address' }, required: true, showIf: { field: 'other', equals: true } },
        ],
      },
    ],
  });
  const conditions = new FormSession(definition);

  it('a condition on an earlier page’s answer is decided by FormSession: not shown, not read', () => {
    const no = { ...conditions.start({ answers: { hasCar: 'no' } }), step: 'details' };
    const page = checkPage(renderFormPage(conditions, no, pageOptions(conditions, no)), 'en', 'no car');
    assert.equal(page.named('plate').length, 0);
    const read = readPagePost(conditions, no, { plate: '123 ABC', other: 'on', address: 'Astana' });
    assert.deepEqual(read.ignored, ['plate']);
    assert.equal(read.state.answers.plate, undefined);
    const yes = { ...conditions.start({ answers: { hasCar: 'yes' } }), step: 'details' };
    assert.equal(checkPage(renderFormPage(conditions, yes, pageOptions(conditions, yes)), 'en', 'car').named('plate').length, 1);
    assert.equal(readPagePost(conditions, yes, { plate: '123 ABC' }).state.answers.plate, '123 ABC');
  });

  it('a condition on an answer of the same page: always shown, ignored by FormSession while it fails', () => {
    const state = { ...conditions.start({ answers: { hasCar: 'no' } }), step: 'details' };
    const page = checkPage(renderFormPage(conditions, state, pageOptions(conditions, state)), 'en', 'same page');
    assert.equal(page.named('address').length, 1);
    const unticked = readPagePost(conditions, state, { address: '' });
    assert.deepEqual(unticked.action, { kind: 'continue', outcome: 'next' }, 'the address is not asked while the box is not ticked');
    const ticked = readPagePost(conditions, state, { other: 'on', address: '' });
    assert.deepEqual(ticked.action, { kind: 'continue', outcome: 'errors' });
    assert.deepEqual(Object.keys(ticked.state.errors), ['address']);
  });
});

describe('file fields', () => {
  const family = session('large-family-benefit');
  const children = Array.from({ length: 4 }, () => ({}));

  it('make the form multipart; their names in the body are never answers; files come from the caller', () => {
    const state = on(family, 'children', { children });
    const page = checkPage(renderFormPage(family, state, pageOptions(family, state)), 'en', 'children');
    assert.equal(attr(pageForm(page), 'enctype'), 'multipart/form-data');
    assert.equal(page.named('children[0].studyProof').length, 1);
    const body = { 'children[0].childName': 'Айгерім', 'children[0].studyProof': 'certificate.pdf' };
    const read = readPagePost(family, state, body);
    assert.deepEqual(read.ignored, ['children[0].studyProof']);
    assert.equal(getAnswer(read.state.answers, 'children[0].studyProof'), undefined);
    const file = { name: 'certificate.pdf', size: 2048, type: 'application/pdf' };
    const withFile = readPagePost(family, state, body, { files: { 'children[0].studyProof': [file] } });
    assert.deepEqual(getAnswer(withFile.state.answers, 'children[0].studyProof'), [file]);
    // Shown back as received (a file input cannot be filled), and kept when none is chosen again.
    const again = checkPage(renderFormPage(family, { ...withFile.state, errors: {} }, pageOptions(family, withFile.state)), 'en', 'files');
    assert.ok(again.elements.some((el) => attr(el, 'class') === 'sf-file'));
    assert.deepEqual(getAnswer(readPagePost(family, withFile.state, {}, { files: {} }).state.answers, 'children[0].studyProof'), [file]);
  });

  it('a page without a file field posts urlencoded', () => {
    const state = on(jobSeeker, 'about-you');
    const page = checkPage(renderFormPage(jobSeeker, state, pageOptions(jobSeeker, state)), 'en', 'about-you');
    assert.equal(attr(pageForm(page), 'enctype'), undefined);
    assert.equal(attr(pageForm(page), 'method'), 'post');
    assert.ok(pageForm(page).attrs.some((a) => a.name === 'novalidate'));
    assert.equal(attr(pageForm(page), 'action'), '/forms/job-seeker-registration/about-you');
  });
});
