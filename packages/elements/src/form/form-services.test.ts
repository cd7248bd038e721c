import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { liveRegionText, SfForm } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { axNode } from '../../../../test/helpers/a11y.js';

const definition = (): FormDefinition => ({
  id: 'drafts-test',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Contact' },
  pages: [{ id: 'contact', title: { en: 'Contact' }, fields: [{ type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true }] }],
});
const root = (form: SfForm) => form.shadowRoot!;
const input = (form: SfForm) => root(form).querySelector('[name="fullName"]')!.shadowRoot!.querySelector('input')!;

describe('sf-form: drafts on this device', () => {
  it('saves as the person types, restores on reopening, says so, and clears on request', async () => {
    const store = new MemoryDraftStore();
    const first = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await first.updateComplete;
    input(first).focus();
    await sendKeys({ type: 'Әлия' });
    await waitUntil(async () => (await store.load('drafts-test', '1.0.0'))?.answers.fullName === 'Әлия', 'saved after a pause', { timeout: 3000 });

    const again = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await again.updateComplete;
    expect(input(again).value).to.equal('Әлия');
    await waitUntil(() => liveRegionText() === 'Your answers saved on this device have been restored.');
    const clear = root(again).querySelector<HTMLButtonElement>('.draft button')!;
    expect((await axNode(clear)).name).to.equal('Clear my answers from this device');
    clear.click();
    await waitUntil(() => liveRegionText() === 'Your answers have been cleared from this device.');
    await again.updateComplete;
    expect(input(again).value).to.equal('');
    expect(await store.load('drafts-test', '1.0.0')).to.equal(undefined);
  });

  it('clears the draft once the application is sent', async () => {
    const store = new MemoryDraftStore();
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    input(form).focus();
    await sendKeys({ type: 'Қайрат' });
    await waitUntil(async () => (await store.load('drafts-test', '1.0.0')) !== undefined, 'saved', { timeout: 3000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(form).querySelector('.confirmation'));
    await waitUntil(async () => (await store.load('drafts-test', '1.0.0')) === undefined, 'cleared after sending');
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ fullName: 'Қайрат' }]);
  });
});

describe('sf-form: when drafts are kept', () => {
  const typeAndLeave = async (form: SfForm, text: string) => {
    input(form).focus();
    await sendKeys({ type: text });
    // Leaving the page saves at once, without the one-second pause.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
  };

  it('saves at once when the page is left, not only after the pause', async () => {
    const store = new MemoryDraftStore();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    await typeAndLeave(form, 'Әлия');
    await waitUntil(async () => (await store.load('drafts-test', '1.0.0'))?.answers.fullName === 'Әлия', 'saved at once', { timeout: 300 });
  });

  it('keeps nothing when the definition says "drafts": false, whatever the page says', async () => {
    const store = new MemoryDraftStore();
    const form = await fixture<SfForm>(html`<sf-form .definition=${{ ...definition(), drafts: false }} drafts="device" .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    await typeAndLeave(form, 'Әлия');
    form.remove();
    expect(await store.load('drafts-test', '1.0.0')).to.equal(undefined);
    expect(root(form).querySelector('.draft')).to.equal(null);
  });

  it('keeps nothing with drafts="off", even with a store', async () => {
    const store = new MemoryDraftStore();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} drafts="off" .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    await typeAndLeave(form, 'Әлия');
    form.remove();
    expect(await store.load('drafts-test', '1.0.0')).to.equal(undefined);
  });

  it('keeps drafts in IndexedDB when the page does not say (SfForm.defaultDrafts = "device", as shipped)', async () => {
    expect(SfForm.defaultDrafts, 'the test harness turns the default off').to.equal('off');
    SfForm.defaultDrafts = 'device';
    try {
      const first = await fixture<SfForm>(html`<sf-form .definition=${definition()} .adapter=${new MemoryAdapter()}></sf-form>`);
      await first.updateComplete;
      await typeAndLeave(first, 'Нұрлан');
      await waitUntil(() => root(first).querySelector('.draft'), 'the draft note shows');
      first.remove();
      const again = await fixture<SfForm>(html`<sf-form .definition=${definition()} .adapter=${new MemoryAdapter()}></sf-form>`);
      await waitUntil(() => input(again)?.value === 'Нұрлан', 'restored from IndexedDB');
      root(again).querySelector<HTMLButtonElement>('.draft button')!.click();
      await waitUntil(() => liveRegionText() === 'Your answers have been cleared from this device.');
    } finally {
      SfForm.defaultDrafts = 'off';
    }
  });
});

describe('sf-form: endpoint', () => {
  it('posts through the fetch adapter and the outbox to a real server and shows its reference', async () => {
    await fetch('/test-api/reset?scope=form-endpoint', { method: 'POST' });
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} endpoint="/test-api/submissions?scope=form-endpoint"></sf-form>`);
    await form.updateComplete;
    input(form).focus();
    await sendKeys({ type: 'Jean-Luc' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(form).querySelector('.reference'), 'the server’s reference shows', { timeout: 5000 });
    const stats = await (await fetch('/test-api/stats?scope=form-endpoint')).json();
    const reference = root(form).querySelector('.reference')!.textContent!.trim();
    const stored = Object.values(stats.submissions) as { stored: number; reference: string }[];
    expect(stored.map((s) => [s.stored, s.reference])).to.deep.equal([[1, reference]]);
  });
});

describe('sf-form: endpointOptions', () => {
  it('gives the fetch adapter its headers (asked before every attempt) and retries', async () => {
    const scope = 'form-endpoint-options';
    await fetch(`/test-api/reset?scope=${scope}`, { method: 'POST' });
    await fetch(`/test-api/faults?scope=${scope}`, { method: 'POST', body: JSON.stringify([{ status: 500 }]) });
    let asked = 0;
    const options = { headers: () => ({ 'X-CSRF-Token': `token-${++asked}` }), retries: 1, backoff: { baseMs: 1, maxMs: 1 } };
    const form = await fixture<SfForm>(
      html`<sf-form .definition=${definition()} .endpointOptions=${options} endpoint=${`/test-api/submissions?scope=${scope}`}></sf-form>`,
    );
    await form.updateComplete;
    input(form).focus();
    await sendKeys({ type: 'Жандос' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(form).querySelector('.reference'), 'the reference shows after the retry', { timeout: 5000 });
    const stats = await (await fetch(`/test-api/stats?scope=${scope}`)).json();
    expect(asked).to.equal(2);
    expect(stats.lastRequest.headers['x-csrf-token']).to.equal('token-2');
    expect(Object.values(stats.submissions as Record<string, { requests: number; stored: number }>).map((s) => [s.requests, s.stored])).to.deep.equal([[2, 1]]);
  });
});

describe('sf-form: faults on the way to a real server', () => {
  interface Stats {
    requests: number;
    submissions: Record<string, { requests: number; stored: number; reference: string | null }>;
  }
  const stats = async (scope: string): Promise<Stats> => (await fetch(`/test-api/stats?scope=${scope}`)).json();

  /** Opens the form posting to `scope`, arms the faults, types a name and sends it. */
  async function sendThrough(scope: string, faults: object[]) {
    await fetch(`/test-api/reset?scope=${scope}`, { method: 'POST' });
    await fetch(`/test-api/faults?scope=${scope}`, { method: 'POST', body: JSON.stringify(faults) });
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} endpoint=${`/test-api/submissions?scope=${scope}`}></sf-form>`);
    await form.updateComplete;
    input(form).focus();
    await sendKeys({ type: 'Айгерім Сәрсенова' });
    await sendKeys({ press: 'Enter' });
    return form;
  }

  const recovered: [string, object[], number][] = [
    ['a dropped connection after the server stored it', [{ drop: true, afterStore: true }], 2],
    ['a 500, then success', [{ status: 500 }], 2],
    ['a 429 with Retry-After: 1', [{ status: 429, retryAfter: '1' }], 2],
    ['a slow answer (2 s)', [{ delayMs: 2000 }], 1],
  ];
  for (const [name, faults, requests] of recovered) {
    it(`stores once and shows the server's reference after ${name}`, async () => {
      const scope = `form-faults-${requests}-${name.length}`;
      const form = await sendThrough(scope, faults);
      await waitUntil(() => root(form).querySelector('.reference'), 'the reference shows', { timeout: 8000 });
      const { submissions } = await stats(scope);
      const reference = root(form).querySelector('.reference')!.textContent!.trim();
      expect(Object.values(submissions).map((s) => [s.requests, s.stored, s.reference])).to.deep.equal([[requests, 1, reference]]);
    });
  }

  it('shows the server’s field errors in the summary, stores nothing and keeps the answer', async () => {
    const scope = 'form-faults-422';
    const form = await sendThrough(scope, [{ status: 422, errors: [{ field: 'fullName', code: 'too_long', params: { max: 10 } }] }]);
    await waitUntil(() => root(form).querySelector('sf-error-summary'), 'the summary shows', { timeout: 5000 });
    const summary = root(form).querySelector('sf-error-summary')!;
    await (summary as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(['Full name must be 10 characters or fewer']);
    expect(input(form).value).to.equal('Айгерім Сәрсенова');
    const { submissions } = await stats(scope);
    expect(Object.values(submissions).map((s) => s.stored)).to.deep.equal([0]);
  });

  it('says a refused application was not sent, stores nothing and keeps the answer', async () => {
    const scope = 'form-faults-400';
    const form = await sendThrough(scope, [{ status: 400, body: { message: 'bad request' } }]);
    await waitUntil(() => root(form).querySelector('sf-error-summary'), 'the summary shows', { timeout: 5000 });
    const summary = root(form).querySelector('sf-error-summary')!;
    await (summary as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(summary.shadowRoot!.querySelector('li')!.textContent!.trim()).to.equal('Your application was not sent. Your answers are kept: try again in a few minutes.');
    expect(input(form).value).to.equal('Айгерім Сәрсенова');
    expect(Object.values((await stats(scope)).submissions).map((s) => s.stored)).to.deep.equal([0]);
  });
});

describe('sf-form: a draft resumes on the page the person was on', () => {
  const twoPages = (): FormDefinition => ({
    ...definition(),
    pages: [
      ...definition().pages,
      { id: 'contact-by', title: { en: 'How to contact you' }, fields: [{ type: 'text', name: 'email', label: { en: 'Email address' }, required: true }] },
    ],
  });
  const heading = (form: SfForm) => root(form).querySelector('h2[data-page-heading]')!.textContent!.trim();

  it('opens on the saved page with the answers, and Back leads to the first page', async () => {
    const store = new MemoryDraftStore();
    const first = await fixture<SfForm>(html`<sf-form no-history .definition=${twoPages()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await first.updateComplete;
    input(first).focus();
    await sendKeys({ type: 'Әлия' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(first) === 'How to contact you', 'the second page');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await store.load('drafts-test', '1.0.0'))?.step === 'contact-by', 'the page is saved with the answers');
    first.remove();

    const again = await fixture<SfForm>(html`<sf-form no-history .definition=${twoPages()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await waitUntil(() => root(again).querySelector('h2[data-page-heading]') && heading(again) === 'How to contact you', 'resumed on the second page');
    expect(root(again).querySelector('.progress')!.textContent!.trim()).to.equal('Step 2 of 2');
    root(again).querySelector<HTMLAnchorElement>('a.back')!.click();
    await waitUntil(() => heading(again) === 'Contact', 'Back to the first page');
    expect(input(again).value).to.equal('Әлия');
  });

  it('resumes on check answers with every valid answer shown, and a missing one as not answered', async () => {
    const store = new MemoryDraftStore();
    await store.save('drafts-test', '1.0.0', { fullName: 'Әлия' }, { step: 'check-answers' });
    const form = await fixture<SfForm>(html`<sf-form no-history .definition=${twoPages()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await waitUntil(() => root(form).querySelector('.summary-list'), 'check answers');
    const rows = [...root(form).querySelectorAll('.summary-row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]);
    expect(rows).to.deep.equal([
      ['Full name', 'Әлия'],
      ['Email address', 'Not answered'],
    ]);
  });

  it('opens on the first page when the saved page no longer applies or no longer exists', async () => {
    const store = new MemoryDraftStore();
    await store.save('drafts-test', '1.0.0', { fullName: 'Әлия' }, { step: 'removed-page' });
    const form = await fixture<SfForm>(html`<sf-form no-history .definition=${twoPages()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await waitUntil(() => root(form).querySelector('.draft'), 'the draft is restored');
    expect(heading(form)).to.equal('Contact');
    expect(input(form).value).to.equal('Әлия');
  });
});

describe('sf-form: prefill', () => {
  it('starts with the answers the service knows, which the person can change; a draft comes first', async () => {
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .prefill=${{ fullName: 'Әлия Қайратқызы' }} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    expect(input(form).value).to.equal('Әлия Қайратқызы');
    input(form).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'ы' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => adapter.submissions.length === 1, 'sent');
    expect(adapter.submissions[0]!.answers).to.deep.equal({ fullName: 'Әлия Қайратқызыы' });

    const store = new MemoryDraftStore();
    await store.save('drafts-test', '1.0.0', { fullName: 'Нұрлан' });
    const drafted = await fixture<SfForm>(html`<sf-form .definition=${definition()} .prefill=${{ fullName: 'Әлия' }} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await waitUntil(() => root(drafted).querySelector('.draft'), 'the draft is restored');
    expect(input(drafted).value).to.equal('Нұрлан');
    root(drafted).querySelector<HTMLButtonElement>('.draft button')!.click();
    await waitUntil(() => input(drafted).value === 'Әлия', 'cleared: back to the prefill');
  });
});
