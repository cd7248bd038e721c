// Sending lives in the end's chunk (form-ending.ts, decision 0010 "Sending is part of the end's
// chunk"). A chunk lost on a weak connection must not lose the application: nothing is sent,
// the summary says so, the answers stay, and the next Submit fetches the chunk and sends once.
// A file of its own: the chunk must not have been loaded by an earlier test in the same page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfErrorSummary, SfForm, SfTextField } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { deepActiveElement } from '../../../../test/helpers/a11y.js';

const ENDING = '/packages/elements/src/form/form-ending.js';

const definition: FormDefinition = {
  id: 'contact',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Contact details' },
  pages: [{ id: 'contact', title: { en: 'Contact details' }, fields: [{ type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true }] }],
};

describe('sf-form: the end\'s chunk lost on the way', () => {
  afterEach(() => executeServerCommand('fail-requests', { path: ENDING, times: 0 }));

  it('sends nothing while the chunk cannot be fetched, says so, keeps the answers, and sends once when it can', async () => {
    // Two losses: the fetch as the form opens, and again at the first Submit.
    await executeServerCommand('fail-requests', { path: ENDING, times: 2 });
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    const root = form.shadowRoot!;
    const name = root.querySelector<SfTextField>('[name="fullName"]')!;
    name.focus();
    await sendKeys({ type: 'Aigerim Nurlanovna' });
    const submit = () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    submit();
    await waitUntil(() => root.querySelector('sf-error-summary'), 'the summary shows');
    const summary = root.querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect([...summary.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent!.trim())).to.deep.equal(['This form cannot be sent yet. Please try again later.']);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    expect(adapter.calls).to.equal(0);
    expect(name.value).to.equal('Aigerim Nurlanovna');

    submit();
    // This Submit fetches the chunk and its imports for the first time: more than waitUntil's
    // default second on a loaded machine (the dev server transforms each module on request).
    await waitUntil(() => root.querySelector('.confirmation'), 'the confirmation shows', { timeout: 5000 });
    expect(adapter.calls).to.equal(1);
    expect(adapter.submissions.map((submission) => submission.answers)).to.deep.equal([{ fullName: 'Aigerim Nurlanovna' }]);
  });
});
