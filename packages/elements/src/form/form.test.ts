import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfErrorSummary, SfTextField, SfDefinitionErrorEvent } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition, SubmissionError } from '@service-forms/core';
import { deepActiveElement, expectAccessible, axNode } from '../../../../test/helpers/a11y.js';

const definition = (): FormDefinition => ({
  id: 'contact',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Contact details' },
  pages: [
    {
      id: 'contact',
      title: { en: 'Contact details' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true, autocomplete: 'name' },
        { type: 'email', name: 'email', label: { en: 'Email address' }, hint: { en: 'We send your receipt here' } },
      ],
    },
  ],
});

async function render(input: unknown, adapter?: MemoryAdapter) {
  const form = await fixture<SfForm>(html`<sf-form .definition=${input} .adapter=${adapter}></sf-form>`);
  await form.updateComplete;
  return form;
}
const root = (form: SfForm) => form.shadowRoot!;
const control = (form: SfForm, name: string) => root(form).querySelector<SfTextField>(`[name="${name}"]`)!;
const submitButton = (form: SfForm) => root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;

async function fillValid(form: SfForm) {
  control(form, 'fullName').focus();
  await sendKeys({ type: 'Jean-Luc Picard' });
}

/**
 * A MemoryAdapter whose deliveries wait until `release()`: a second click or Enter lands while
 * the first submission is surely still in flight, however slow the machine.
 */
function heldAdapter() {
  const adapter = new MemoryAdapter();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const submit = adapter.submit.bind(adapter);
  adapter.submit = async (...args) => {
    await gate;
    return submit(...args);
  };
  return { adapter, release };
}

async function clickCentre(element: Element) {
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

describe('sf-form', () => {
  it('renders an author-facing error naming each bad path, not a blank form', async () => {
    const bad = definition() as unknown as { pages: { fields: Record<string, unknown>[] }[] };
    bad.pages[0]!.fields[1]!.type = 'datetime';
    bad.pages[0]!.fields[0]!.requried = true;
    const events: SfDefinitionErrorEvent[] = [];
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const form = await fixture<SfForm>(html`<sf-form @sf-definition-error=${(e: SfDefinitionErrorEvent) => events.push(e)} .definition=${bad}></sf-form>`);
      await form.updateComplete;
      const box = root(form).querySelector('.author-error')!;
      expect(box.querySelector('h2')!.textContent).to.equal('This form cannot be shown');
      const items = [...box.querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.have.length(2);
      expect(items[0]).to.equal('pages[0].fields[0]: has unknown key "requried"');
      expect(items[1]).to.match(/^pages\[0\]\.fields\[1\]\.type: must be one of "text", "email", "radios", "date", /);
      expect(root(form).querySelector('form')).to.equal(null);
      expect(events).to.have.length(1);
      expect(events[0]!.problems.map((p) => p.path)).to.deep.equal(['pages[0].fields[0]', 'pages[0].fields[1].type']);
      expect(String((errors[0] as unknown[])[0])).to.contain('pages[0].fields[1].type: must be one of');
      await expectAccessible(form);
    } finally {
      console.error = originalError;
    }
  });

  it('says when a definition URL fails or is not JSON', async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      const missing = await fixture<SfForm>(html`<sf-form src="/examples/forms/no-such-form.json"></sf-form>`);
      await waitUntil(() => root(missing).querySelector('.author-error'), 'the error shows');
      expect(root(missing).querySelector('li')!.textContent!.trim()).to.equal('(definition): could not be loaded from /examples/forms/no-such-form.json: HTTP 404');
      const notJson = await fixture<SfForm>(html`<sf-form src="/rollup.config.js"></sf-form>`);
      await waitUntil(() => root(notJson).querySelector('.author-error'), 'the error shows');
      expect(root(notJson).querySelector('li')!.textContent!.trim()).to.match(/^\(definition\): is not valid JSON: /);
    } finally {
      console.error = originalError;
    }
  });

  it('submits once on a double click', async () => {
    const { adapter, release } = heldAdapter();
    const form = await render(definition(), adapter);
    await fillValid(form);
    const button = submitButton(form);
    await clickCentre(button);
    await clickCentre(button);
    expect(root(form).querySelector('.confirmation')).to.equal(null);
    release();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.calls).to.equal(1);
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ fullName: 'Jean-Luc Picard' }]);
  });

  it('submits once on Enter pressed twice', async () => {
    const { adapter, release } = heldAdapter();
    const form = await render(definition(), adapter);
    await fillValid(form);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(root(form).querySelector('.confirmation')).to.equal(null);
    release();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.calls).to.equal(1);
  });

  it('keeps every answer when the adapter cannot deliver, and says so in the summary', async () => {
    const adapter = new MemoryAdapter().failNext({ kind: 'retryable', message: 'offline' });
    const form = await render(definition(), adapter);
    await fillValid(form);
    control(form, 'email').focus();
    await sendKeys({ type: 'jl@example.kz' });
    let failure: string | undefined;
    form.addEventListener('sf-submit-error', (event) => (failure = event.error.kind));
    submitButton(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect(failure).to.equal('retryable');
    expect(summary.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('Your application was not sent. Your answers are kept: try again in a few minutes.');
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    expect(control(form, 'fullName').value).to.equal('Jean-Luc Picard');
    expect(control(form, 'email').value).to.equal('jl@example.kz');
    // Trying again goes through, with the same answers.
    submitButton(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ fullName: 'Jean-Luc Picard', email: 'jl@example.kz' }]);
  });

  it('shows field errors from the receiver like its own, inline and in the summary', async () => {
    const adapter = new MemoryAdapter().failNext({
      kind: 'field-errors',
      errors: [{ field: 'email', code: 'invalid_email', params: {} }],
    });
    const form = await render(definition(), adapter);
    await fillValid(form);
    control(form, 'email').focus();
    await sendKeys({ type: 'jl@example.kz' });
    submitButton(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    const message = 'Enter an email address in the correct format, like name@example.com';
    expect(summary.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal(message);
    await control(form, 'email').updateComplete;
    const email = await axNode(control(form, 'email').shadowRoot!.querySelector('input')!);
    expect(email.description).to.equal(`We send your receipt here Error: ${message}`);
    expect(email.invalid).to.equal('true');
    summary.shadowRoot!.querySelector('a')!.click();
    expect(deepActiveElement()).to.equal(control(form, 'email').shadowRoot!.querySelector('input'));
  });

  it('renders a refused answer on its control until the person changes it, and again when it is refused again', async () => {
    const refusal: SubmissionError = { kind: 'field-errors', errors: [{ field: 'email', code: 'invalid_email', params: {} }] };
    const adapter = new MemoryAdapter().failNext(refusal).failNext(refusal);
    const form = await render(definition(), adapter);
    await fillValid(form);
    control(form, 'email').focus();
    await sendKeys({ type: 'jl@example.kz' });
    submitButton(form).click();
    const message = 'Enter an email address in the correct format, like name@example.com';
    await waitUntil(() => control(form, 'email').error === message, 'the refusal is not on the control');
    // Changed: the control drops it, and the form's next render does not bring it back.
    control(form, 'email').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await form.updateComplete;
    expect(control(form, 'email').error).to.equal('');
    form.requestUpdate();
    await form.updateComplete;
    expect(control(form, 'email').error).to.equal('');
    // Refused again in the same words: shown again, on the control and in the summary.
    submitButton(form).click();
    await waitUntil(() => control(form, 'email').error === message, 'the second refusal is not on the control');
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal(message);
    // The third time it goes through.
    submitButton(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'), 'no confirmation');
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ fullName: 'Jean-Luc Picard', email: 'jl@example.k' }]);
  });

  it('takes its language from the nearest lang and marks the content with it', async () => {
    const def = definition();
    def.locales = ['en', 'kk'];
    def.title.kk = 'Байланыс деректері';
    def.pages[0]!.title.kk = 'Байланыс деректері';
    def.pages[0]!.fields[0]!.label.kk = 'Толық аты-жөні';
    def.pages[0]!.fields[1]!.label.kk = 'Электрондық пошта';
    def.pages[0]!.fields[1]!.hint!.kk = 'Түбіртекті осында жібереміз';
    const wrapper = await fixture(html`<div lang="kk"><sf-form .definition=${def}></sf-form></div>`);
    const form = wrapper.querySelector('sf-form')!;
    await form.updateComplete;
    expect(root(form).querySelector('[lang]')!.getAttribute('lang')).to.equal('kk');
    expect(root(form).querySelector('h2')!.textContent).to.equal('Байланыс деректері');
    expect(control(form, 'fullName').label).to.equal('Толық аты-жөні');
  });
});
