import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import '@service-forms/elements/feedback';
import { setLocale, type SfErrorSummary, type SfFeedback, type SfForm, type SfRadioGroup, type SfTextarea } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { Feedback, FeedbackResult, FormDefinition } from '@service-forms/core';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

const root = (el: SfFeedback) => el.shadowRoot!;
const radios = (el: SfFeedback) => root(el).querySelector<SfRadioGroup>('sf-radio-group')!;
const radioInputs = (el: SfFeedback) => [...radios(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const textarea = (el: SfFeedback) => root(el).querySelector<SfTextarea>('sf-textarea')!;
const box = (el: SfFeedback) => textarea(el).shadowRoot!.querySelector('textarea')!;
const send = (el: SfFeedback) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const summary = (el: SfFeedback) => root(el).querySelector<SfErrorSummary>('sf-error-summary');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const summaryLinks = (el: SfFeedback) => [...(summary(el)?.shadowRoot!.querySelectorAll('a') ?? [])].map((a) => text(a));
const title = (el: SfFeedback) => text(root(el).querySelector('.title'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A feedback adapter that counts every call, can take its time, and fails as told. */
class TestAdapter {
  readonly feedback: Feedback[] = [];
  calls = 0;
  constructor(
    private readonly delayMs = 0,
    private readonly failures: FeedbackResult[] = [],
  ) {}
  async sendFeedback(feedback: Feedback): Promise<FeedbackResult> {
    this.calls++;
    await pause(this.delayMs);
    const failure = this.failures.shift();
    if (failure) return failure;
    this.feedback.push(structuredClone(feedback));
    return { ok: true };
  }
}

async function open(adapter: unknown, given = 'confirmation', locale?: string) {
  const container = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <sf-feedback form-id="job-seeker" form-version="1.0.0" region="astana" given=${given} locale=${locale ?? ''} .adapter=${adapter}></sf-feedback>
  </div>`);
  const el = container.querySelector('sf-feedback')!;
  await el.updateComplete;
  await radios(el).updateComplete;
  await textarea(el).updateComplete;
  return el;
}

/** Waits for the element's state after a send (thanks shown, or the error summary). */
async function settled(el: SfFeedback) {
  await waitUntil(() => root(el).querySelector('.thanks') || summary(el), 'neither thanks nor an error after sending', { timeout: 3000 });
  await el.updateComplete;
}

const WORDING = {
  en: {
    heading: 'Tell us what you think of this service',
    legend: 'Overall, how did you feel about the service you received today?',
    options: ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'],
    comment: 'How could we improve this service? (optional)',
    hint: 'Do not include personal information, such as your name, IIN, phone number or email address. You can enter up to 1200 characters',
    send: 'Send feedback',
    thanks: 'Thank you for your feedback',
  },
  kk: {
    heading: 'Осы қызмет туралы пікіріңізді айтыңыз',
    legend: 'Жалпы алғанда, бүгін алған қызметіңізге қаншалықты ризасыз?',
    options: ['Өте ризамын', 'Ризамын', 'Риза да емеспін, наразы да емеспін', 'Наразымын', 'Өте наразымын'],
    comment: 'Бұл қызметті қалай жақсарта аламыз? (міндетті емес)',
    hint: null,
    send: 'Пікірді жіберу',
    thanks: 'Пікіріңізге рақмет',
  },
  ru: {
    heading: 'Расскажите, что вы думаете об этой услуге',
    legend: 'В целом, насколько вас устраивает услуга, которую вы получили сегодня?',
    options: ['Полностью устраивает', 'Скорее устраивает', 'Ни то ни другое', 'Скорее не устраивает', 'Совсем не устраивает'],
    comment: 'Как нам улучшить эту услугу? (необязательно)',
    hint: null,
    send: 'Отправить отзыв',
    thanks: 'Спасибо за отзыв',
  },
} as const;

/** How each language's run chooses its rating by keyboard, and what that rating is. */
const JOURNEYS = [
  { locale: 'en', keys: ['Space'], rating: 'very-satisfied', comment: 'Clear questions, thank you' },
  { locale: 'kk', keys: ['ArrowDown', 'ArrowDown', 'ArrowDown'], rating: 'dissatisfied', comment: 'Қай құжат керек екенін түсінбедім' },
  { locale: 'ru', keys: ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp'], rating: 'neither', comment: 'Не понял, какой документ нужен' },
] as const;

afterEach(async () => {
  await setLocale('en');
});

describe('sf-feedback: by keyboard, in each language', () => {
  for (const journey of JOURNEYS) {
    it(`${journey.locale}: Tab, arrows or Space, typing and Enter send exactly one feedback`, async () => {
      await setLocale(journey.locale);
      const adapter = new TestAdapter(100);
      const el = await open(adapter);
      const words = WORDING[journey.locale];
      expect(title(el)).to.equal(words.heading);
      expect(text(send(el))).to.equal(words.send);
      // The group's name is its legend; each radio's name its label.
      expect((await axNode(radioInputs(el)[0]!)).name).to.equal(words.options[0]);
      const names = [];
      for (const input of radioInputs(el)) names.push((await axNode(input)).name);
      expect(names).to.deep.equal([...words.options]);
      expect(text(radios(el).shadowRoot!.querySelector('legend'))).to.equal(words.legend);
      const comment = await axNode(box(el));
      expect(comment.name).to.equal(words.comment);
      if (words.hint) expect(comment.description).to.equal(words.hint);

      container(el).querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(radioInputs(el)[0]);
      for (const key of journey.keys) await sendKeys({ press: key });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(box(el));
      await sendKeys({ type: journey.comment });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(send(el));
      await sendKeys({ press: 'Enter' });
      // Enter again while it is sending: nothing more is sent.
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(adapter.calls).to.equal(1);
      expect(adapter.feedback).to.deep.equal([
        { formId: 'job-seeker', formVersion: '1.0.0', locale: journey.locale, given: 'confirmation', rating: journey.rating, comment: journey.comment, region: 'astana' },
      ]);
      const thanks = root(el).querySelector<HTMLElement>('.thanks h2')!;
      expect(text(thanks)).to.equal(words.thanks);
      expect(deepActiveElement()).to.equal(thanks);
      await pause(150);
      expect(adapter.calls).to.equal(1);
      await expectAccessible(el);
    });
  }
});

function container(el: SfFeedback): HTMLElement {
  return el.parentElement!;
}

describe('sf-feedback: sending once', () => {
  it('a double click sends one feedback, without a comment when none was typed', async () => {
    const adapter = new TestAdapter(50);
    const el = await open(adapter);
    radioInputs(el)[3]!.click();
    send(el).click();
    send(el).click();
    await el.updateComplete;
    expect(send(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Sending your feedback…');
    await settled(el);
    send(el)?.click();
    expect(adapter.calls).to.equal(1);
    expect(adapter.feedback).to.deep.equal([{ formId: 'job-seeker', formVersion: '1.0.0', locale: 'en', given: 'confirmation', rating: 'dissatisfied', region: 'astana' }]);
  });

  it('sends what the page says as locale, and no region when none is given', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<SfFeedback>(html`<sf-feedback form-id="f" form-version="2.1.0" locale="kk" .adapter=${adapter}></sf-feedback>`);
    el.rating = 'satisfied';
    el.comment = '   ';
    await el.updateComplete;
    send(el).click();
    await settled(el);
    expect(adapter.feedback).to.deep.equal([{ formId: 'f', formVersion: '2.1.0', locale: 'kk', given: 'confirmation', rating: 'satisfied' }]);
  });
});

describe('sf-feedback: errors', () => {
  it('nothing chosen: the summary takes focus, the group says what to do, its link moves to the first radio', async () => {
    const adapter = new TestAdapter();
    const el = await open(adapter);
    send(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => summary(el), 'no error summary');
    await summary(el)!.updateComplete;
    expect(adapter.calls).to.equal(0);
    expect(summaryLinks(el)).to.deep.equal(['Select how satisfied you are with the service']);
    expect(deepActiveElement()).to.equal(summary(el)!.shadowRoot!.querySelector('.summary'));
    await radios(el).updateComplete;
    expect(text(radios(el).shadowRoot!.querySelector('#error'))).to.equal('Error: Select how satisfied you are with the service');
    const first = await axNode(radioInputs(el)[0]!);
    expect(first.invalid).to.equal('true');
    await expectAccessible(el);
    summary(el)!.shadowRoot!.querySelector('a')!.click();
    expect(deepActiveElement()).to.equal(radioInputs(el)[0]);
    // Choosing one puts it right: the error goes.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(summary(el)).to.equal(null);
    expect(radios(el).shadowRoot!.querySelector('#error')).to.equal(null);
  });

  it('a comment over 1200 characters is not sent, and says the limit', async () => {
    const adapter = new TestAdapter();
    const el = await open(adapter);
    el.rating = 'neither';
    el.comment = 'а'.repeat(1201);
    await el.updateComplete;
    send(el).click();
    await waitUntil(() => summary(el), 'no error summary');
    expect(adapter.calls).to.equal(0);
    expect(summaryLinks(el)).to.deep.equal(['Your comment must be 1200 characters or fewer']);
    await textarea(el).updateComplete;
    expect(text(textarea(el).shadowRoot!.querySelector('#error'))).to.equal('Error: Your comment must be 1200 characters or fewer');
    summary(el)!.shadowRoot!.querySelector('a')!.click();
    expect(deepActiveElement()).to.equal(box(el));
  });

  it('a failed send keeps the rating and comment, says so, and can be sent again', async () => {
    const adapter = new TestAdapter(0, [{ ok: false, error: { kind: 'retryable', message: 'network down' } }]);
    const el = await open(adapter);
    radioInputs(el)[1]!.click();
    box(el).focus();
    await sendKeys({ type: 'Faster answers' });
    send(el).click();
    await settled(el);
    expect(adapter.calls).to.equal(1);
    expect(adapter.feedback).to.deep.equal([]);
    expect(summaryLinks(el)).to.deep.equal(['Your feedback has not been sent. Check your internet connection and send it again.']);
    expect(deepActiveElement()).to.equal(summary(el)!.shadowRoot!.querySelector('.summary'));
    expect(root(el).querySelector('.thanks')).to.equal(null);
    expect(radios(el).value).to.equal('satisfied');
    expect(radioInputs(el)[1]!.checked).to.equal(true);
    expect(box(el).value).to.equal('Faster answers');
    await expectAccessible(el);
    summary(el)!.shadowRoot!.querySelector('a')!.click();
    expect(deepActiveElement()).to.equal(send(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.thanks'), 'not sent the second time');
    expect(adapter.calls).to.equal(2);
    expect(adapter.feedback).to.deep.equal([
      { formId: 'job-seeker', formVersion: '1.0.0', locale: 'en', given: 'confirmation', rating: 'satisfied', comment: 'Faster answers', region: 'astana' },
    ]);
  });

  it('an adapter that cannot send feedback: the same error, nothing lost', async () => {
    const el = await open({ submit: async () => ({ ok: true }) });
    radioInputs(el)[0]!.click();
    send(el).click();
    await settled(el);
    expect(summaryLinks(el)).to.deep.equal(['Your feedback has not been sent. Check your internet connection and send it again.']);
    expect(radios(el).value).to.equal('very-satisfied');
  });
});

describe('sf-feedback: after an abandoned or failed attempt', () => {
  it('asks "Tell us what went wrong" and sends given as set', async () => {
    const adapter = new MemoryAdapter();
    const el = await open(adapter, 'failed');
    expect(title(el)).to.equal('Tell us what went wrong');
    expect((await axNode(box(el))).name).to.equal('What went wrong? (optional)');
    await expectAccessible(el);
    radioInputs(el)[4]!.click();
    send(el).click();
    await settled(el);
    expect(adapter.feedback).to.deep.equal([{ formId: 'job-seeker', formVersion: '1.0.0', locale: 'en', given: 'failed', rating: 'very-dissatisfied', region: 'astana' }]);
  });

  it('in Russian and Kazakh too', async () => {
    await setLocale('ru');
    const ru = await open(new MemoryAdapter(), 'abandoned');
    expect(title(ru)).to.equal('Расскажите, что пошло не так');
    expect((await axNode(box(ru))).name).to.equal('Что пошло не так? (необязательно)');
    await expectAccessible(ru);
    await setLocale('kk');
    const kk = await open(new MemoryAdapter(), 'abandoned');
    expect(title(kk)).to.equal('Не дұрыс болмағанын айтып беріңіз');
    expect((await axNode(box(kk))).name).to.equal('Не дұрыс болмады? (міндетті емес)');
    await expectAccessible(kk);
  });
});

describe('sf-feedback: accessible in every state', () => {
  for (const locale of ['en', 'kk', 'ru'] as const) {
    it(`${locale}: empty, chosen, typed and the error pass axe`, async () => {
      await setLocale(locale);
      const el = await open(new MemoryAdapter());
      await expectAccessible(el);
      radioInputs(el)[2]!.click();
      box(el).focus();
      await sendKeys({ type: 'Ok' });
      await expectAccessible(el);
      const empty = await open(new MemoryAdapter());
      send(empty).click();
      await waitUntil(() => summary(empty), 'no error summary');
      await summary(empty)!.updateComplete;
      await expectAccessible(empty);
    });
  }
});

/** A form of one page that sends; `feedback` as the definition says. */
const oneStep = (feedback?: boolean): FormDefinition => ({
  id: 'short',
  version: '1.2.0',
  locales: ['en'],
  title: { en: 'Short form' },
  analytics: { region: 'region' },
  ...(feedback === undefined ? {} : { feedback }),
  pages: [
    {
      id: 'only',
      title: { en: 'Where you live' },
      fields: [
        {
          type: 'radios',
          name: 'region',
          label: { en: 'Region' },
          required: true,
          options: [
            { value: 'astana', label: { en: 'Astana' } },
            { value: 'almaty-city', label: { en: 'Almaty' } },
          ],
        },
      ],
    },
  ],
});

async function submitForm(definition: FormDefinition, adapter: unknown) {
  const form = await fixture<SfForm>(html`<sf-form .definition=${definition} .adapter=${adapter}></sf-form>`);
  await form.updateComplete;
  const group = form.shadowRoot!.querySelector<SfRadioGroup>('sf-radio-group')!;
  await group.updateComplete;
  group.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => form.shadowRoot!.querySelector('.confirmation'), 'no confirmation', { timeout: 5000 });
  return form;
}

describe('sf-form: the feedback question on its confirmation', () => {
  it('asks it by default, about this form, with the region answered', async () => {
    const adapter = new MemoryAdapter();
    const form = await submitForm(oneStep(), adapter);
    const feedback = form.shadowRoot!.querySelector('sf-feedback')!;
    expect(feedback).to.not.equal(null);
    await waitUntil(() => customElements.get('sf-feedback') && feedback.shadowRoot, 'sf-feedback not defined');
    await feedback.updateComplete;
    expect(text(feedback.shadowRoot!.querySelector('h3.title'))).to.equal('Tell us what you think of this service');
    // The confirmation's heading keeps focus.
    expect(text(deepActiveElement())).to.equal('Application submitted');
    const group = feedback.shadowRoot!.querySelector<SfRadioGroup>('sf-radio-group')!;
    await group.updateComplete;
    group.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[0]!.click();
    feedback.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => feedback.shadowRoot!.querySelector('.thanks'), 'no thanks');
    expect(adapter.feedback).to.deep.equal([{ formId: 'short', formVersion: '1.2.0', locale: 'en', given: 'confirmation', rating: 'very-satisfied', region: 'almaty-city' }]);
    expect(adapter.submissions.length).to.equal(1);
    await expectAccessible(form);
  });

  it('does not ask it when the definition says "feedback": false', async () => {
    const form = await submitForm(oneStep(false), new MemoryAdapter());
    expect(text(form.shadowRoot!.querySelector('.panel h2'))).to.equal('Application submitted');
    expect(form.shadowRoot!.querySelector('sf-feedback')).to.equal(null);
  });

  it('does not ask it when the adapter cannot send feedback', async () => {
    const memory = new MemoryAdapter();
    const form = await submitForm(oneStep(), { submit: memory.submit.bind(memory) });
    expect(text(form.shadowRoot!.querySelector('.panel h2'))).to.equal('Application submitted');
    expect(form.shadowRoot!.querySelector('sf-feedback')).to.equal(null);
  });
});
