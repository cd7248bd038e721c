import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertDefinition } from '../definition/parse-definition.js';
import type { FormDefinition } from '../definition/definition-schema.js';
import { fieldAtPath } from '../definition/field-at-path.js';
import { applicablePages, type Answers } from '../validation/page-structure.js';
import { validateSubmission } from '../validation/validate-submission.js';
import { formatMoney } from '../locale/format.js';
import { CHECK_ANSWERS, FormSession, SessionError, type FormSessionState } from './form-session.js';
import { FORMS } from '../../../../test/journeys/agreement-cases.js';

const test = { timeout: 30_000 };
const form = (name: string): FormDefinition =>
  assertDefinition(JSON.parse(readFileSync(new URL(`../../../../examples/forms/${name}.json`, import.meta.url), 'utf8')));
const errorPaths = (state: FormSessionState) => Object.keys(state.errors);
const chosenFiles = (list: unknown[]) => list.filter((file): file is File => file instanceof File);

/** Continue until the session stops: the outcome and where it stopped. */
function run(session: FormSession, state: FormSessionState, limit = 30) {
  let outcome;
  for (let i = 0; i < limit; i++) {
    ({ state, outcome } = session.continue(state));
    if (outcome !== 'next') return { state, outcome };
  }
  throw new Error('Continue never stopped');
}

describe('FormSession', () => {
  const feedback = new FormSession(form('service-feedback'));

  it('starts on the first page, in the language asked for, with prefilled answers', test, () => {
    const state = feedback.start({ locale: 'kk', answers: { service: 'labour-contract' } });
    assert.equal(state.step, 'service');
    assert.equal(state.locale, 'kk');
    assert.deepEqual(state.answers, { service: 'labour-contract' });
    assert.deepEqual(feedback.progress(state), { position: 1, total: 3 });
    assert.equal(feedback.previousStep(state), undefined);
    assert.equal(feedback.start({ locale: 'de' }).locale, 'en');
  });

  it('a failed page keeps its step with errors by path; the fix moves on', test, () => {
    let state = feedback.start();
    let outcome;
    ({ state, outcome } = feedback.continue(state));
    assert.equal(outcome, 'errors');
    assert.equal(state.step, 'service');
    assert.deepEqual(errorPaths(state), ['service', 'channel']);
    assert.equal(state.errors.service!.code, 'required');
    const before = state;
    state = feedback.answer(state, 'service', 'labour-contract');
    assert.equal(before.answers.service, undefined, 'transitions never change the state given');
    state = feedback.answer(state, 'channel', 'online');
    ({ state, outcome } = feedback.continue(state));
    assert.equal(outcome, 'next');
    assert.equal(state.step, 'rating');
    assert.deepEqual(state.errors, {});
    assert.deepEqual(state.history, ['service']);
  });

  it('a branch that brings in a page, undone: the page is counted, then skipped again', test, () => {
    let state = feedback.start({ answers: { service: 'other', channel: 'online' } });
    state = run(feedback, state).state;
    assert.equal(state.step, 'rating');
    state = feedback.answer(state, 'rating', '2');
    assert.deepEqual(feedback.progress(state), { position: 2, total: 4 });
    assert.equal(feedback.nextStep(state), 'what-went-wrong');
    state = feedback.answer(state, 'rating', '5');
    assert.deepEqual(feedback.progress(state), { position: 2, total: 3 });
    assert.equal(feedback.nextStep(state), 'reply');
    state = feedback.continue(state).state;
    assert.equal(state.step, 'reply');
    assert.equal(feedback.previousStep(state), 'rating');
  });

  it('Change from check answers returns there, unless a new page applies and is unanswered; back', test, () => {
    let state = feedback.start({ answers: { service: 'other', channel: 'online', rating: '5', wantsReply: 'no' } });
    state = run(feedback, state).state;
    assert.equal(state.step, CHECK_ANSWERS);
    assert.deepEqual(feedback.progress(state), { position: 4, total: 3 });
    // Change the rating to a poor one: the "what went wrong" page applies and comes first.
    state = feedback.change(state, 'rating');
    assert.equal(state.returnToCheck, true);
    state = feedback.answer(state, 'rating', '2');
    state = feedback.continue(state).state;
    assert.equal(state.step, 'what-went-wrong');
    state = feedback.answer(state, 'comment', 'Slow.');
    state = feedback.continue(state).state;
    assert.equal(state.step, CHECK_ANSWERS);
    assert.equal(state.returnToCheck, false);
    // A change that brings in nothing new: straight back.
    state = feedback.change(state, 'service');
    assert.equal(feedback.nextStep(state), CHECK_ANSWERS);
    assert.equal(feedback.previousStep(state), CHECK_ANSWERS, 'Back returns through the history');
    state = feedback.back(state);
    assert.equal(state.step, CHECK_ANSWERS);
    assert.throws(() => feedback.change(state, 'no-such-page'), RangeError);
  });

  it('check answers rows: questions, answers in the locale, Change targets; numbers ungrouped unless asked', test, () => {
    const labour = new FormSession(form('labour-contract'));
    const [, cases] = FORMS.find(([name]) => name === 'labour-contract')!;
    let state = labour.start({ answers: cases[0]!.answers });
    state = run(labour, state).state;
    assert.equal(state.step, CHECK_ANSWERS);
    const rows = labour.checkAnswers(state).flatMap((section) => section.rows);
    const row = (path: string) => rows.find((r) => r.path === path)!;
    assert.equal(row('salary').answer.kind, 'text');
    assert.equal((row('salary').answer as { text: string }).text, formatMoney(150000, 'en'), 'money in groups');
    assert.equal((row('probationMonths').answer as { text: string }).text, '0');
    assert.deepEqual(row('contractDate').change, { step: 'contract', field: 'contractDate' });
    assert.equal(row('contractDate').question, 'Date the contract was signed');
    const kk = labour.setLocale(state, 'kk');
    assert.notEqual(labour.checkAnswers(kk).flatMap((s) => s.rows).find((r) => r.path === 'contractDate')!.question, 'Date the contract was signed');
    const year = labour.formatAnswer(state, { type: 'number', name: 'y', label: { en: 'Year' } }, 2009);
    assert.deepEqual(year, { kind: 'text', text: '2009' });
    assert.deepEqual(labour.formatAnswer(state, { type: 'checkbox', name: 'c', label: { en: 'C' } }, true), { kind: 'yes' });
    assert.deepEqual(labour.formatAnswer(state, { type: 'text', name: 't', label: { en: 'T' } }, ''), { kind: 'not-answered' });
  });

  it('add another: items added and removed, with their errors; max kept', test, () => {
    const jobSeeker = new FormSession(form('job-seeker'));
    let state = jobSeeker.start();
    state = jobSeeker.addItem(state, 'education');
    state = jobSeeker.addItem(state, 'education');
    assert.deepEqual(state.answers.education, [{}, {}]);
    state = jobSeeker.answer(state, 'education[1].institution', 'College');
    state = { ...state, step: 'education' };
    state = jobSeeker.continue(state).state;
    assert.ok(errorPaths(state).includes('education[0].level'));
    assert.ok(errorPaths(state).includes('education[1].level'));
    state = jobSeeker.removeItem(state, 'education', 0);
    assert.deepEqual(state.answers.education, [{ institution: 'College' }]);
    assert.equal(errorPaths(state).some((path) => path.startsWith('education[')), false);
    assert.throws(() => jobSeeker.removeItem(state, 'education', 3), RangeError);
    assert.throws(() => jobSeeker.addItem(state, 'iin'), RangeError);
    for (let i = 0; i < 12; i++) state = jobSeeker.addItem(state, 'education');
    assert.equal((state.answers.education as unknown[]).length, 10);
  });

  it('a language change keeps answers, step and errors', test, () => {
    let state = feedback.start({ answers: { service: 'other' } });
    state = feedback.continue(state).state;
    const kk = feedback.setLocale(state, 'kk');
    assert.deepEqual({ ...kk, locale: 'en' }, state);
    assert.throws(() => feedback.setLocale(state, 'de'), RangeError);
  });

  it('round-trips through JSON; a stale or tampered state is refused or repaired, never trusted', test, () => {
    const family = new FormSession(form('large-family-benefit'));
    let state = family.start({ locale: 'ru', answers: { applicantIin: '900115300013', children: [{ childName: 'A' }] } });
    state = family.continue(state).state;
    const restored = family.restore(JSON.stringify(state));
    assert.deepEqual(restored, { state, repaired: [] });

    assert.throws(() => family.restore('{'), (error: unknown) => error instanceof SessionError && error.problem === 'not_a_session');
    assert.throws(() => family.restore({ ...state, formVersion: '0.9.0' }), (error: unknown) => error instanceof SessionError && error.problem === 'other_version');
    assert.throws(() => family.restore({ ...state, formId: 'job-seeker-registration' }), (error: unknown) => error instanceof SessionError && error.problem === 'other_form');

    const tampered = JSON.parse(JSON.stringify(state)) as FormSessionState & Record<string, unknown>;
    tampered.answers = JSON.parse('{"applicantIin":"900115300013","__proto__":{"admin":true},"isAdmin":true,"children":[{"childName":"A","hack":1}]}') as Answers;
    tampered.step = 'declaration';
    tampered.locale = 'de';
    tampered.history = ['about-you', 'nowhere'];
    tampered.errors = { 'children[9].x': { field: 'children[9].x', code: 'required', params: {} }, iban: { nope: true } } as unknown as FormSessionState['errors'];
    const { state: repaired, repaired: notes } = family.restore(JSON.parse(JSON.stringify(tampered)));
    assert.deepEqual(repaired.answers, { applicantIin: '900115300013', children: [{ childName: 'A' }] });
    assert.equal(Object.getPrototypeOf(repaired.answers), Object.prototype);
    assert.equal(repaired.step, 'declaration', 'a page that applies is kept (check answers sends back to what is missing)');
    assert.equal(repaired.locale, 'en');
    assert.deepEqual(repaired.history, ['about-you']);
    assert.deepEqual(repaired.errors, {});
    assert.ok(notes.length >= 5, notes.join('\n'));
    assert.equal(family.restore({ ...state, step: 'no-such-page' }).state.step, 'about-you');
    // Sending from a tampered step still validates every page.
    const sent = family.continue({ ...repaired, step: CHECK_ANSWERS });
    assert.equal(sent.outcome, 'errors');
    assert.equal(sent.state.step, 'about-you');
  });
});

describe('FormSession and validateSubmission agree on the client/server answer sets', () => {
  for (const [name, cases] of FORMS) {
    const definition = form(name);
    const session = new FormSession(definition);
    for (const { name: caseName, answers } of cases) {
      it(`${name}: ${caseName}`, test, () => {
        const expected = validateSubmission(definition, answers);
        const { state, outcome } = run(session, session.start({ answers }));
        if (expected.ok) {
          assert.equal(outcome, 'send', JSON.stringify(state.errors));
          const made = session.envelope(state, { takeFiles: chosenFiles });
          assert.equal(made.ok, true);
          return;
        }
        assert.equal(outcome, 'errors');
        // The page where it stops is the first page in error, with that page's codes.
        const pages = applicablePages(definition, answers);
        const failing = pages.find((page) => expected.errors.some((error) => fieldAtPath(page.fields, error.field)))!;
        assert.equal(state.step, failing.id);
        const onPage = expected.errors.filter((error) => fieldAtPath(failing.fields, error.field));
        assert.deepEqual(
          Object.values(state.errors).map((error) => [error.field, error.code]),
          onPage.map((error) => [error.field, error.code]),
        );
      });
    }
  }
});
