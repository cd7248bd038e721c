import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
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

/** Tabs from the start of the page past the language switch (English, Қазақша, Русский). */
async function tabPastLanguageSwitch(form: SfForm): Promise<void> {
  const buttons = [...inner(form).querySelector('sf-language-switch')!.shadowRoot!.querySelectorAll('button')];
  expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['English', 'Қазақша', 'Русский']);
  for (const button of buttons) {
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button);
  }
}

describe('journey: job-seeker registration (keyboard only)', () => {
  let originalTitle: string;
  beforeEach(() => {
    // An earlier test's form, left on its confirmation, holds the feedback question: Tab from
    // the top of the page would reach it first. (open-wc's own cleanup is not registered here:
    // runner-setup imports it before mocha defines afterEach.)
    fixtureCleanup();
    originalTitle = document.title = 'Register as a job seeker – Ministry';
  });
  afterEach(() => {
    document.querySelectorAll('body > button').forEach((b) => b.remove());
  });

  it('is completed through every page with Tab, typing, arrows, Space and Enter, and submits exactly the answers once', async () => {
    const adapter = new MemoryAdapter();
    const form = await openForm(adapter);
    await expectAccessible(form);
    await focusStartOfPage();
    await tabPastLanguageSwitch(form);
    const heading = () => inner(form).querySelector<HTMLElement>('h2[data-page-heading]')!;
    const onPage = async (title: string) => {
      await waitUntil(() => heading().textContent === title, `the page "${title}" shows`);
      await waitUntil(() => deepActiveElement() === heading(), `focus on "${title}"`);
    };

    // About you
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
    await sendKeys({ press: 'Enter' });

    // An adult: the legal-representative page is skipped.
    await onPage('Your phone number');
    expect(inner(form).querySelector('.progress')!.textContent!.trim()).to.equal('Step 2 of 8');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '8 701 234 56 78' });
    await sendKeys({ press: 'Enter' });

    await onPage('Where you live');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Akmola' }); // type-ahead in the native select
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Tselinograd' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Kosshy' });
    await sendKeys({ press: 'Enter' });

    await onPage('Your education');
    await sendKeys({ press: 'Tab' }); // "Add education"
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === innerInput(form, 'education[0].level', 'select'), 'focus on the new item');
    await sendKeys({ type: 'Technical' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Astana Polytechnic College' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Welding' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2009' });
    await sendKeys({ press: 'Enter' });

    await onPage('Your work experience');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // "I have never had a job" hides the list of jobs
    await waitUntil(() => !inner(form).querySelector('sf-repeatable'));
    await sendKeys({ press: 'Enter' });

    await onPage('The job you want');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Welder' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '250000' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Full-time
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // Shift work
    await sendKeys({ press: 'Enter' });

    await onPage('Languages you speak');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === innerInput(form, 'languages[0].language', 'select'), 'focus on the new language');
    await sendKeys({ type: 'Kazakh' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the first level
    await sendKeys({ press: 'Enter' });

    await onPage('Publishing your profile');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });

    await onPage('Check your answers before sending your application');
    await expectAccessible(form);
    const rows = new Map([...inner(form).querySelectorAll('.summary-row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]));
    expect(rows.get('Date of birth')).to.equal('15 January 1990');
    expect(rows.get('Region or city')).to.equal('Akmola region');
    expect(rows.get('What monthly salary do you want?')).to.equal('250,000 ₸');
    // Tab past every Change link to "Accept and send".
    const stops = inner(form).querySelectorAll('.summary-action a').length + 1;
    for (let i = 0; i < stops; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Accept and send');
    let submitted = 0;
    form.addEventListener('sf-submitted', () => submitted++);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');

    expect(adapter.calls).to.equal(1);
    expect(submitted).to.equal(1);
    const [envelope] = adapter.submissions;
    const level = (envelope!.answers.languages as { level: string }[])[0]!.level;
    expect(envelope!.answers).to.deep.equal({
      iin: '900115300013',
      fullName: 'Әлия Қайратқызы',
      dateOfBirth: '1990-01-15',
      hasDisability: 'no',
      mobilePhone: '+77012345678',
      region: 'akmola',
      district: 'Tselinograd',
      settlement: 'Kosshy',
      education: [{ level: 'technical-vocational', institution: 'Astana Polytechnic College', specialty: 'Welding', graduationYear: 2009 }],
      noExperience: true,
      desiredPosition: 'Welder',
      desiredSalary: 250000,
      schedule: ['full-time', 'shift'],
      languages: [{ language: 'kk', level }],
      publishConsent: true,
    });
    expect(envelope!.formId).to.equal('job-seeker-registration');
    expect(envelope!.formVersion).to.equal('1.0.0');
    expect(envelope!.locale).to.equal('en');
    expect(envelope!.files).to.deep.equal({});
    expect(envelope!.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const confirmation = inner(form).querySelector('.confirmation h2')!;
    expect(deepActiveElement()).to.equal(confirmation);
    expect(confirmation.textContent!.trim()).to.equal('Application submitted');
    expect(inner(form).querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
    expect(document.title).to.equal(`Application submitted – ${originalTitle}`);
    await expectAccessible(form);
  });

  it('a failed submit focuses the summary, titles the page, links focus each control, and keeps every answer', async () => {
    const adapter = new MemoryAdapter();
    const form = await openForm(adapter);
    await focusStartOfPage();
    await tabPastLanguageSwitch(form);
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
    await sendKeys({ press: 'ArrowDown' }); // No
    inner(form).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner(form).querySelector('h2[data-page-heading]')!.textContent === 'Your phone number', 'the next page shows');
    expect(document.title).to.equal(`Your phone number – ${originalTitle}`);
    expect(adapter.calls).to.equal(0);
  });
});
