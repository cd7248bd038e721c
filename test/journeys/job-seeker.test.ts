import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfErrorSummary } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import { deepActiveElement, expectAccessible, axNode } from '../helpers/a11y.js';

/**
 * The example job-seeker form, end to end, with the keyboard alone, as a blind applicant would
 * use it: Tab, typing, arrow keys in the radio group, Enter.
 */

const SRC = '/examples/forms/job-seeker.json';

async function openForm(adapter: MemoryAdapter) {
  const form = await fixture<SfForm>(html`<sf-form src=${SRC} .adapter=${adapter}></sf-form>`);
  await waitUntil(() => form.shadowRoot!.querySelector('sf-text-field'), 'the definition loads and renders');
  await form.updateComplete;
  return form;
}

const inner = (form: SfForm) => form.shadowRoot!;
const field = (form: SfForm, name: string) => inner(form).querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(`[name="${name}"]`)!;
const innerInput = (form: SfForm, name: string, selector = 'input') => field(form, name).shadowRoot!.querySelector<HTMLInputElement>(selector)!;

/** Starts keyboard navigation from the top of the page, before the form. */
async function focusStartOfPage(): Promise<void> {
  const start = document.createElement('button');
  start.textContent = 'Skip';
  document.body.prepend(start);
  start.focus();
}

describe('journey: job-seeker registration (keyboard only)', () => {
  let originalTitle: string;
  beforeEach(() => {
    originalTitle = document.title = 'Register as a job seeker – Ministry';
  });
  afterEach(() => {
    document.querySelectorAll('body > button').forEach((b) => b.remove());
  });

  it('is completed with Tab, typing, arrows and Enter, and submits exactly the answers once', async () => {
    const adapter = new MemoryAdapter();
    const form = await openForm(adapter);
    await expectAccessible(form);
    await focusStartOfPage();

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(innerInput(form, 'iin'));
    await sendKeys({ type: '900115 300013' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(innerInput(form, 'fullName'));
    await sendKeys({ type: 'Әлия Қайратқызы' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(innerInput(form, 'dateOfBirth', '#day'));
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1990' });
    await sendKeys({ press: 'Tab' });
    const [yes, no] = field(form, 'hasDisability').shadowRoot!.querySelectorAll('input');
    expect(deepActiveElement()).to.equal(yes);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(no);
    await sendKeys({ press: 'Tab' });
    const submit = inner(form).querySelector('button[type="submit"]');
    expect(deepActiveElement()).to.equal(submit);

    let submitted = 0;
    form.addEventListener('sf-submitted', () => submitted++);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');

    expect(adapter.calls).to.equal(1);
    expect(adapter.submissions).to.have.length(1);
    const [envelope] = adapter.submissions;
    expect(envelope!.answers).to.deep.equal({
      iin: '900115300013',
      fullName: 'Әлия Қайратқызы',
      dateOfBirth: '1990-01-15',
      hasDisability: 'no',
    });
    expect(envelope!.formId).to.equal('job-seeker-registration');
    expect(envelope!.formVersion).to.equal('0.1.0');
    expect(envelope!.locale).to.equal('en');
    expect(envelope!.files).to.deep.equal({});
    expect(envelope!.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(envelope!.createdAt)).to.be.closeTo(Date.now(), 60_000);
    expect(submitted).to.equal(1);

    const heading = inner(form).querySelector('.confirmation h2')!;
    expect(deepActiveElement()).to.equal(heading);
    expect(heading.textContent!.trim()).to.equal('Application submitted');
    expect(inner(form).querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
    expect(document.title).to.equal(originalTitle);
    await expectAccessible(form);
  });

  it('a failed submit focuses the summary, titles the page, links focus each control, and keeps every answer', async () => {
    const adapter = new MemoryAdapter();
    const form = await openForm(adapter);
    await focusStartOfPage();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '900115300014' }); // wrong check digit
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Қайрат' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1990' }); // 31 April does not exist
    await sendKeys({ press: 'Enter' }); // Enter in a text box submits, as in a native form

    await waitUntil(() => inner(form).querySelector('sf-error-summary'), 'the summary shows');
    const summary = inner(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    const box = summary.shadowRoot!.querySelector('.summary');
    expect(deepActiveElement()).to.equal(box);
    expect(document.title).to.equal(`Error: ${originalTitle}`);
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Check your IIN: one of the digits is wrong',
      'Date of birth must be a real date',
      'Select yes if you have a disability',
    ]);
    expect(adapter.calls).to.equal(0);
    await expectAccessible(form);

    // Each link, followed with the keyboard, lands on its control (a date: the part in error).
    const targets = [innerInput(form, 'iin'), innerInput(form, 'dateOfBirth', '#day'), field(form, 'hasDisability').shadowRoot!.querySelector('input')];
    for (const [i, target] of targets.entries()) {
      summary.shadowRoot!.querySelector<HTMLElement>('.summary')!.focus();
      for (let tab = 0; tab <= i; tab++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(links[i]);
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()).to.equal(target);
    }

    // Nothing typed was lost.
    expect(innerInput(form, 'iin').value).to.equal('900115300014');
    expect(innerInput(form, 'fullName').value).to.equal('Қайрат');
    expect(innerInput(form, 'dateOfBirth', '#day').value).to.equal('31');
    expect(innerInput(form, 'dateOfBirth', '#month').value).to.equal('4');
    expect(innerInput(form, 'dateOfBirth', '#year').value).to.equal('1990');

    // Inline errors: described and invalid in the accessibility tree.
    const iin = await axNode(innerInput(form, 'iin'));
    expect(iin.name).to.equal('Individual identification number (IIN)');
    expect(iin.description).to.equal('12 digits, for example 900115300013 Error: Check your IIN: one of the digits is wrong');
    expect(iin.invalid).to.equal('true');
    expect((await axNode(innerInput(form, 'fullName'))).invalid).to.equal('false');

    // Fix everything; submit once; the payload is the corrected answers.
    innerInput(form, 'iin').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    innerInput(form, 'dateOfBirth', '#day').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '30' });
    field(form, 'hasDisability').focus();
    await sendKeys({ press: 'Space' });
    inner(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([
      { iin: '900115300013', fullName: 'Қайрат', dateOfBirth: '1990-04-30', hasDisability: 'yes' },
    ]);
    expect(document.title).to.equal(originalTitle);
  });
});
