import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfErrorSummary, SfPageChangeEvent, SfTextField } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { deepActiveElement, expectAccessible, axNode } from '../../../../test/helpers/a11y.js';

/** Three pages: the second only for under-16s; on the third, a field only with a disability. */
const definition = (): FormDefinition => ({
  id: 'flow',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Register' },
  whatHappensNext: { en: 'An adviser will call you within 3 working days.' },
  pages: [
    {
      id: 'you',
      title: { en: 'About you' },
      fields: [
        { type: 'date', name: 'dob', label: { en: 'Date of birth' }, required: true, constraint: 'past' },
        { type: 'radios', name: 'disability', label: { en: 'Do you have a disability?' }, required: true, options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }] },
      ],
    },
    {
      id: 'representative',
      title: { en: 'Your legal representative' },
      showIf: { ageOf: 'dob', lessThan: 16 },
      fields: [{ type: 'text', name: 'representative', label: { en: 'Representative’s full name' }, required: true }],
    },
    {
      id: 'work',
      title: { en: 'The work you want' },
      fields: [
        { type: 'text', name: 'adjustments', label: { en: 'Adjustments you need' }, required: true, showIf: { field: 'disability', equals: 'yes' } },
        { type: 'text', name: 'position', label: { en: 'Desired position' }, required: true },
      ],
    },
  ],
});

const root = (form: SfForm) => form.shadowRoot!;
const heading = (form: SfForm) => root(form).querySelector<HTMLElement>('h2[data-page-heading]')!;
const input = (form: SfForm, name: string, part = 'input') => root(form).querySelector(`[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>(part)!;
const button = (form: SfForm) => root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const back = (form: SfForm) => root(form).querySelector<HTMLAnchorElement>('a.back');
const progress = (form: SfForm) => root(form).querySelector('.progress')?.textContent?.trim();

async function open(adapter = new MemoryAdapter()) {
  document.title = 'Ministry';
  const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .adapter=${adapter}></sf-form>`);
  await form.updateComplete;
  return form;
}

async function typeDate(form: SfForm, day: string, month: string, year: string) {
  input(form, 'dob', '#day').focus();
  await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: year });
}

async function continueTo(form: SfForm, title: string) {
  button(form).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => heading(form).textContent === title, `the page "${title}" shows`);
}

describe('sf-form: pages, conditions, check answers', () => {
  afterEach(() => {
    document.title = 'Ministry';
  });

  it('goes page by page with focus on each heading, a page title, "Step n of m" and no lost answers on Back', async () => {
    const adapter = new MemoryAdapter();
    const form = await open(adapter);
    const changes: string[] = [];
    form.addEventListener('sf-page-change', (e: SfPageChangeEvent) => changes.push(`${e.step} ${e.position}/${e.total}`));
    expect(heading(form).textContent).to.equal('About you');
    expect(progress(form)).to.equal('Step 1 of 2');
    expect(back(form)).to.equal(null);
    expect(button(form).textContent!.trim()).to.equal('Continue');
    await typeDate(form, '15', '1', '1990');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll('input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    await continueTo(form, 'The work you want');
    expect(deepActiveElement()).to.equal(heading(form));
    expect(document.title).to.equal('The work you want – Ministry');
    expect(progress(form)).to.equal('Step 2 of 2');
    expect(root(form).querySelector('[name="adjustments"]')).to.equal(null); // no disability
    input(form, 'position').focus();
    await sendKeys({ type: 'Welder' });

    back(form)!.click();
    await waitUntil(() => heading(form).textContent === 'About you');
    expect(input(form, 'dob', '#year').value).to.equal('1990');
    await continueTo(form, 'The work you want');
    expect(input(form, 'position').value).to.equal('Welder');
    await continueTo(form, 'Check your answers before sending your application');
    expect(changes).to.deep.equal(['work 2/2', 'you 1/2', 'work 2/2', 'check-answers 3/2']);
    await expectAccessible(form);

    const rows = [...root(form).querySelectorAll('.summary-row')].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]);
    expect(rows).to.deep.equal([
      ['Date of birth', '15 January 1990'],
      ['Do you have a disability?', 'No'],
      ['Desired position', 'Welder'],
    ]);
    const change = root(form).querySelectorAll<HTMLAnchorElement>('.summary-action a')[2]!;
    expect((await axNode(change)).name).to.equal('Change Desired position');

    // Change goes to the page, and Continue comes back to check answers.
    change.click();
    await waitUntil(() => heading(form).textContent === 'The work you want');
    input(form, 'position').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'er' });
    await continueTo(form, 'Check your answers before sending your application');
    expect(root(form).querySelectorAll('.summary-row dd')[4]!.textContent!.trim()).to.equal('Welderer');

    button(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ dob: '1990-01-15', disability: 'no', position: 'Welderer' }]);
    expect(root(form).querySelector('.confirmation')!.textContent).to.contain('An adviser will call you within 3 working days.');
    expect(document.title).to.equal('Application submitted – Ministry');
  });

  it('asks the under-16 page only for a child, and counts it in the steps', async () => {
    const form = await open();
    await typeDate(form, '1', '3', '2015');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll('input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => progress(form) === 'Step 1 of 3', 'the conditional page counts as soon as the date says so');
    await continueTo(form, 'Your legal representative');
    expect(progress(form)).to.equal('Step 2 of 3');
  });

  it('hides a field whose condition stops holding and does not send what was typed in it', async () => {
    const adapter = new MemoryAdapter();
    const form = await open(adapter);
    await typeDate(form, '15', '1', '1990');
    const yesNo = root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll('input');
    yesNo[0]!.focus();
    await sendKeys({ press: 'Space' });
    await continueTo(form, 'The work you want');
    input(form, 'adjustments').focus();
    await sendKeys({ type: 'A ramp' });
    input(form, 'position').focus();
    await sendKeys({ type: 'Cook' });
    back(form)!.click();
    await waitUntil(() => heading(form).textContent === 'About you');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll('input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    await continueTo(form, 'The work you want');
    expect(root(form).querySelector('[name="adjustments"]')).to.equal(null);
    await continueTo(form, 'Check your answers before sending your application');
    button(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions[0]!.answers).to.deep.equal({ dob: '1990-01-15', disability: 'no', position: 'Cook' });
  });

  it('a failed page focuses the summary and stays on the page', async () => {
    const form = await open();
    button(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    expect(heading(form).textContent).to.equal('About you');
    expect(document.title).to.equal('Error: Ministry');
  });

  it('moves between pages with the browser’s back and forward buttons', async () => {
    const form = await open();
    await typeDate(form, '15', '1', '1990');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll('input')[1]!.focus();
    await sendKeys({ press: 'Space' });
    await continueTo(form, 'The work you want');
    history.back();
    await waitUntil(() => heading(form).textContent === 'About you', 'browser back shows the previous page');
    expect(input(form, 'dob', '#day').value).to.equal('15');
    history.forward();
    await waitUntil(() => heading(form).textContent === 'The work you want', 'browser forward shows the next page again');
  });
});

describe('sf-form: switching language mid-form', () => {
  const bilingual = (): FormDefinition => {
    const def = definition();
    def.locales = ['en', 'kk'];
    def.title.kk = 'Тіркелу';
    def.whatHappensNext!.kk = 'Кеңесші 3 жұмыс күні ішінде хабарласады.';
    const kk: Record<string, string> = {
      'About you': 'Сіз туралы',
      'Your legal representative': 'Заңды өкіліңіз',
      'The work you want': 'Қалаған жұмысыңыз',
      'Date of birth': 'Туған күніңіз',
      'Do you have a disability?': 'Мүгедектігіңіз бар ма?',
      Yes: 'Иә',
      No: 'Жоқ',
      'Representative’s full name': 'Өкілдің толық аты-жөні',
      'Adjustments you need': 'Сізге қажет бейімделулер',
      'Desired position': 'Қалаған лауазым',
    };
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const text = value as Record<string, unknown>;
        if (typeof text.en === 'string' && kk[text.en]) text.kk = kk[text.en];
        else Object.values(text).forEach(walk);
      }
    };
    walk(def.pages);
    return def;
  };

  afterEach(async () => {
    const { setLocale } = await import('../localization/localization.js');
    await setLocale('en');
  });

  it('re-renders every text in the new language and keeps the answers, the page and the switch focused', async () => {
    const form = await fixture<SfForm>(html`<sf-form .definition=${bilingual()} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    await typeDate(form, '15', '1', '1990');
    const switcher = root(form).querySelector('sf-language-switch')!;
    await (switcher as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const kazakh = [...switcher.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('lang') === 'kk')!;
    expect(kazakh.textContent!.trim()).to.equal('Қазақша');
    kazakh.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(form).textContent === 'Сіз туралы', 'the heading in Kazakh');
    expect(root(form).querySelector('[lang]')!.getAttribute('lang')).to.equal('kk');
    expect(button(form).textContent!.trim()).to.equal('Жалғастыру');
    expect(input(form, 'dob', '#year').value).to.equal('1990');
    expect((await axNode(root(form).querySelector('[name="dob"]')!.shadowRoot!.querySelector('fieldset')!)).name).to.equal('Туған күніңіз');
    expect(deepActiveElement()).to.equal(kazakh);
    await expectAccessible(form);
  });

  it('words a refused answer on its control in the new language', async () => {
    const adapter = new MemoryAdapter().failNext({ kind: 'field-errors', errors: [{ field: 'position', code: 'required', params: {} }] });
    const form = await fixture<SfForm>(html`<sf-form .definition=${bilingual()} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    await typeDate(form, '15', '1', '1990');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await continueTo(form, 'The work you want');
    input(form, 'position').focus();
    await sendKeys({ type: 'Cook' });
    await continueTo(form, 'Check your answers before sending your application');
    button(form).click();
    // Refused: back on the page that holds it, shown on its control.
    await waitUntil(() => heading(form).textContent === 'The work you want', 'back on the refused page');
    const position = () => root(form).querySelector<SfTextField>('[name="position"]')!;
    await waitUntil(() => position().error === 'Enter desired position', `the refusal in English, not "${position().error}"`);
    const switcher = root(form).querySelector('sf-language-switch')!;
    [...switcher.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('lang') === 'kk')!.click();
    await waitUntil(() => heading(form).textContent === 'Қалаған жұмысыңыз', 'the heading in Kazakh');
    await waitUntil(() => position().error === '«Қалаған лауазым» өрісін толтырыңыз', `the refusal in Kazakh, not "${position().error}"`);
    expect(input(form, 'position').value).to.equal('Cook');
  });

  it('re-writes the document title, and its "Error:" prefix, in the new language', async () => {
    document.title = 'Ministry';
    const form = await fixture<SfForm>(html`<sf-form .definition=${bilingual()} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    await typeDate(form, '15', '1', '1990');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await continueTo(form, 'The work you want');
    expect(document.title).to.equal('The work you want – Ministry');
    button(form).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(form).querySelector('sf-error-summary'), 'the summary shows');
    expect(document.title).to.equal('Error: The work you want – Ministry');

    const switcher = root(form).querySelector('sf-language-switch')!;
    [...switcher.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('lang') === 'kk')!.click();
    await waitUntil(() => heading(form).textContent === 'Қалаған жұмысыңыз', 'the heading in Kazakh');
    await waitUntil(() => document.title === 'Қате: Қалаған жұмысыңыз – Ministry', `the title in Kazakh, not "${document.title}"`);

    // Fixed in Kazakh: the prefix goes, the Kazakh page title stays.
    input(form, 'position').focus();
    await sendKeys({ type: 'Аспаз' });
    button(form).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(form).textContent !== 'Қалаған жұмысыңыз', 'on to check answers');
    expect(document.title).to.equal(`${heading(form).textContent!.trim()} – Ministry`);
    expect(document.title.startsWith('Қате')).to.equal(false);
  });
  it('takes a title the page writes in the chosen language (on sf-locale-change) as the page\'s own from then on', async () => {
    document.title = 'Ministry';
    const form = await fixture<SfForm>(html`<sf-form .definition=${bilingual()} .adapter=${new MemoryAdapter()}></sf-form>`);
    // What a page that speaks the person's language does (docs/embedding.md, "Language").
    form.addEventListener('sf-locale-change', (event) => {
      document.documentElement.lang = event.detail.locale;
      document.title = event.detail.locale === 'kk' ? 'Министрлік' : 'Ministry';
    });
    await form.updateComplete;
    await typeDate(form, '15', '1', '1990');
    root(form).querySelector('[name="disability"]')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await continueTo(form, 'The work you want');
    button(form).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(form).querySelector('sf-error-summary'), 'the summary shows');
    expect(document.title).to.equal('Error: The work you want – Ministry');

    const switcher = root(form).querySelector('sf-language-switch')!;
    [...switcher.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('lang') === 'kk')!.click();
    await waitUntil(() => document.title === 'Қате: Қалаған жұмысыңыз – Министрлік', `the whole title in Kazakh, not "${document.title}"`);
    expect(document.documentElement.lang).to.equal('kk');

    // Fixed: the next page's title is in Kazakh too, on the page's Kazakh title.
    input(form, 'position').focus();
    await sendKeys({ type: 'Аспаз' });
    button(form).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(form).textContent !== 'Қалаған жұмысыңыз', 'on to check answers');
    expect(document.title).to.equal(`${heading(form).textContent!.trim()} – Министрлік`);
    document.documentElement.lang = 'en';
  });
});
