import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfRadioGroup, SfTextField } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { tracking, type ProgressEvent } from './progress-events.js';

/** Two pages and check answers; the second page's radios are the region (`analytics.region`). */
const definition = (id: string): FormDefinition => ({
  id,
  version: '1.2.0',
  locales: ['en'],
  title: { en: 'Registration' },
  analytics: { region: 'region' },
  pages: [
    {
      id: 'about-you',
      title: { en: 'About you' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true },
        { type: 'text', name: 'iin', format: 'iin', label: { en: 'IIN' }, required: true },
      ],
    },
    {
      id: 'where-you-live',
      title: { en: 'Where you live' },
      fields: [
        { type: 'radios', name: 'region', label: { en: 'Region' }, required: true, options: [{ value: 'astana', label: { en: 'Astana' } }, { value: 'almaty-city', label: { en: 'Almaty' } }] },
      ],
    },
  ],
});

const root = (form: SfForm) => form.shadowRoot!;
const control = <T extends HTMLElement = SfTextField>(form: SfForm, name: string) => root(form).querySelector<T>(`[name="${name}"]`)!;
const heading = (form: SfForm) => root(form).querySelector('h2[data-page-heading]')?.textContent?.trim();
const submit = (form: SfForm) => root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const leave = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

/** What the page's beacons carried, by address. */
let beacons: { url: string; body: string }[] = [];
/** The events of one form, from every batch so far. */
const sentBy = (formId: string): ProgressEvent[] =>
  beacons.flatMap((beacon) => (JSON.parse(beacon.body) as { events: ProgressEvent[] }).events).filter((event) => event.formId === formId);

/** Opens a form: its definition checked, its first page shown (and whether it sends events decided). */
async function opened(template: ReturnType<typeof html>): Promise<SfForm> {
  const form = await fixture<SfForm>(template);
  await form.updateComplete;
  return form;
}

/** Opens a form and waits until its events are kept (their chunk loaded), so no early event is missed. */
async function open(template: ReturnType<typeof html>): Promise<SfForm> {
  const form = await opened(template);
  await waitUntil(() => tracking(form), 'progress events kept');
  return form;
}

/** Continue on a page with nothing typed: its errors show. */
async function failPage(form: SfForm): Promise<void> {
  submit(form).click();
  await waitUntil(() => root(form).querySelector('sf-error-summary'), 'the error summary');
}

/** Each event without its attempt id and time, which are checked apart. */
function withoutIdAndTime(events: ProgressEvent[]): Omit<ProgressEvent, 'attempt' | 'at'>[] {
  return events.map(({ attempt, at, ...rest }) => {
    expect(attempt).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(at).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    return rest;
  });
}

describe('sf-form: progress events (docs/analytics.md)', () => {
  beforeEach(() => {
    beacons = [];
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: (url: string | URL, body: string) => {
        beacons.push({ url: String(url), body });
        return true;
      },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'sendBeacon');
  });

  it('a journey with one failed page: its exact codes, the pages reached, submitted; no answer typed in any batch', async () => {
    const adapter = new MemoryAdapter();
    const form = await open(html`<sf-form .definition=${definition('journey')} .adapter=${adapter} events-endpoint="/collect/events"></sf-form>`);
    // A name, and an IIN whose last digit is wrong: Continue fails with two codes.
    control(form, 'iin').focus();
    await sendKeys({ type: '900115300014' });
    await failPage(form);
    control(form, 'fullName').focus();
    await sendKeys({ type: 'Айгүл Сапарова' });
    control(form, 'iin').value = '';
    control(form, 'iin').focus();
    await sendKeys({ type: '900115300013' });
    submit(form).click();
    await waitUntil(() => heading(form) === 'Where you live', 'the second page');
    const [astana] = control<SfRadioGroup>(form, 'region').shadowRoot!.querySelectorAll('input');
    astana!.focus();
    await sendKeys({ press: 'Space' });
    submit(form).click();
    await waitUntil(() => root(form).querySelector('[part~="summary-list"]'), 'check answers');
    submit(form).click();
    await waitUntil(() => sentBy('journey').some((event) => event.type === 'submitted'), 'sent once a receipt came back');
    expect(adapter.submissions).to.have.length(1);

    const events = sentBy('journey');
    const common = { formId: 'journey', formVersion: '1.2.0', locale: 'en' };
    expect(withoutIdAndTime(events)).to.deep.equal([
      { type: 'page-reached', ...common, step: 'about-you' },
      {
        type: 'page-failed',
        ...common,
        step: 'about-you',
        errors: [
          { field: 'fullName', code: 'required' },
          { field: 'iin', code: 'iin_checksum' },
        ],
      },
      { type: 'page-reached', ...common, step: 'where-you-live' },
      // Once answered, the region's option value rides along.
      { type: 'page-reached', ...common, step: 'check-answers', region: 'astana' },
      { type: 'submitted', ...common, step: 'check-answers', region: 'astana' },
    ]);
    expect(new Set(events.map((event) => event.attempt)).size).to.equal(1);
    expect(beacons.every((beacon) => beacon.url === '/collect/events')).to.equal(true);
    // Nothing typed leaves the page: not the name, not either IIN.
    for (const beacon of beacons) {
      for (const typed of ['Айгүл', 'Сапарова', '900115300014', '900115300013']) expect(beacon.body).not.to.include(typed);
    }
    // Leaving after the receipt is not giving up.
    leave();
    expect(sentBy('journey').filter((event) => event.type === 'abandoned')).to.deep.equal([]);
  });

  it('Submit on check answers finding an earlier page no longer holds: that page reached, then failed', async () => {
    const adapter = new MemoryAdapter();
    const form = await open(
      html`<sf-form .definition=${definition('recheck')} .adapter=${adapter} .prefill=${{ fullName: 'Айгүл', iin: '900115300013', region: 'astana' }} events-endpoint="/collect/events"></sf-form>`,
    );
    submit(form).click();
    await waitUntil(() => heading(form) === 'Where you live', 'the second page');
    submit(form).click();
    await waitUntil(() => root(form).querySelector('[part~="summary-list"]'), 'check answers');
    // The answer gone since its page was passed (as a script or another tab might leave it).
    form.session.answers.fullName = '';
    submit(form).click();
    await waitUntil(() => heading(form) === 'About you' && root(form).querySelector('sf-error-summary'), 'back on the first page, in error');
    leave();
    expect(withoutIdAndTime(sentBy('recheck')).map(({ type, step, errors }) => [type, step, errors])).to.deep.equal([
      ['page-reached', 'about-you', undefined],
      ['page-reached', 'where-you-live', undefined],
      ['page-reached', 'check-answers', undefined],
      ['page-reached', 'about-you', undefined],
      ['page-failed', 'about-you', [{ field: 'fullName', code: 'required' }]],
      ['abandoned', 'about-you', undefined],
    ]);
    expect(adapter.submissions).to.deep.equal([]);
  });

  it('abandoned: the page left with answers unsent; `events` beside `endpoint` by default', async () => {
    const form = await open(html`<sf-form .definition=${definition('left')} .adapter=${new MemoryAdapter()} endpoint="/api/submissions"></sf-form>`);
    await failPage(form);
    expect(beacons).to.deep.equal([]);
    leave();
    expect(withoutIdAndTime(sentBy('left')).map(({ type, step }) => [type, step])).to.deep.equal([
      ['page-reached', 'about-you'],
      ['page-failed', 'about-you'],
      ['abandoned', 'about-you'],
    ]);
    expect(beacons.map((beacon) => beacon.url)).to.deep.equal(['/api/events']);
    // Leaving again (the page came back from the back-forward cache) is not a second abandonment.
    leave();
    expect(sentBy('left').filter((event) => event.type === 'abandoned')).to.have.length(1);
  });

  it('analytics="off" on the element, or data-analytics="off" on the page: nothing sent, its chunk not asked for', async () => {
    const on = await open(html`<sf-form .definition=${definition('on')} .adapter=${new MemoryAdapter()} endpoint="/api/submissions"></sf-form>`);
    const off = await opened(html`<sf-form .definition=${definition('off')} .adapter=${new MemoryAdapter()} endpoint="/api/submissions" analytics="off"></sf-form>`);
    document.documentElement.dataset.analytics = 'off';
    const pageOff = await opened(html`<sf-form .definition=${definition('page-off')} .adapter=${new MemoryAdapter()} events-endpoint="/collect/events"></sf-form>`).finally(
      () => delete document.documentElement.dataset.analytics,
    );
    for (const form of [on, off, pageOff]) await failPage(form);
    leave();
    // The form beside them, events on, sent its own: the beacon went, without theirs.
    expect(sentBy('on').map((event) => event.type)).to.deep.equal(['page-reached', 'page-failed', 'abandoned']);
    expect(sentBy('off')).to.deep.equal([]);
    expect(sentBy('page-off')).to.deep.equal([]);
    expect(tracking(off)).to.equal(false);
    expect(tracking(pageOff)).to.equal(false);
  });

  it('Global Privacy Control: nothing sent, its chunk not asked for', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, value: true });
    const gpc = await opened(html`<sf-form .definition=${definition('gpc')} .adapter=${new MemoryAdapter()} endpoint="/api/submissions"></sf-form>`).finally(() =>
      Reflect.deleteProperty(navigator, 'globalPrivacyControl'),
    );
    const control = await open(html`<sf-form .definition=${definition('no-gpc')} .adapter=${new MemoryAdapter()} endpoint="/api/submissions"></sf-form>`);
    await failPage(gpc);
    await failPage(control);
    leave();
    expect(sentBy('no-gpc').map((event) => event.type)).to.deep.equal(['page-reached', 'page-failed', 'abandoned']);
    expect(sentBy('gpc')).to.deep.equal([]);
    expect(tracking(gpc)).to.equal(false);
  });

  it('a full batch (50 events) goes at once; a beacon refused goes by fetch with keepalive', async () => {
    const fetches: { url: string; init: RequestInit }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push({ url: String(input), init: init ?? {} });
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    try {
      const form = await open(html`<sf-form .definition=${definition('full')} .adapter=${new MemoryAdapter()} events-endpoint="/collect/events"></sf-form>`);
      // The page reached, then 49 failures: 50 events.
      for (let i = 0; i < 48; i++) form.pageFailed!([{ field: 'iin', code: 'iin_format', params: {} }]);
      expect(beacons).to.deep.equal([]);
      form.pageFailed!([{ field: 'iin', code: 'required', params: {} }]);
      expect(beacons).to.have.length(1);
      expect(sentBy('full')).to.have.length(50);

      Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: () => false });
      leave();
      expect(fetches).to.have.length(1);
      expect(fetches[0]!.url).to.equal('/collect/events');
      expect(fetches[0]!.init.method).to.equal('POST');
      expect(fetches[0]!.init.keepalive).to.equal(true);
      expect(withoutIdAndTime((JSON.parse(fetches[0]!.init.body as string) as { events: ProgressEvent[] }).events)).to.deep.equal([
        { type: 'abandoned', formId: 'full', formVersion: '1.2.0', step: 'about-you', locale: 'en' },
      ]);
    } finally {
      window.fetch = realFetch;
    }
  });
});
