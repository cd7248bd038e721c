import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import {
  errorMessage,
  followDocumentLanguage,
  formatFileSize,
  getLocale,
  liveRegionText,
  pluralCategory,
  resolveLocale,
  setLocale,
  type SfDateInput,
  type SfErrorSummary,
  type SfTextarea,
  type SfTextField,
} from '@service-forms/elements';
import { formatDate, formatMoney, formatNumber, realIntlLongDate } from '@service-forms/core';
import { axNode, expectAccessible } from '../../../../test/helpers/a11y.js';

const NBSP = '\u00a0';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
/**
 * Locale modules fetched so far. A dev-server page loads hundreds of modules, more than the
 * resource timing buffer keeps, so an observer records every resource from here on.
 */
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
const localeModulesFetched = () => fetched.map((name) => /\/elements\/src\/locales\/(kk|ru)\.ts/.exec(name)?.[1]).filter(Boolean);
/** Lets the observer's callback run: it is called asynchronously after a fetch. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

afterEach(async () => {
  await setLocale('en');
});

// First in the file: nothing else has asked for a locale yet.
describe('locale loading', () => {
  it('fetches only the active locale, on demand', async () => {
    expect(getLocale()).to.equal('en');
    expect(localeModulesFetched()).to.deep.equal([]);
    await setLocale('ru-RU');
    await settle();
    expect(getLocale()).to.equal('ru');
    expect(localeModulesFetched()).to.deep.equal(['ru']);
    await setLocale('kk');
    await settle();
    expect(localeModulesFetched()).to.deep.equal(['ru', 'kk']);
    // An unknown locale is English, the source locale compiled in: nothing more is fetched.
    await setLocale('de');
    await settle();
    expect(getLocale()).to.equal('en');
    expect(localeModulesFetched()).to.deep.equal(['ru', 'kk']);
  });
});

describe('resolveLocale', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it("takes the element's own locale attribute first, normalised", async () => {
    const wrapper = await fixture(html`<div lang="ru"><span locale="kk-KZ"></span></div>`);
    expect(resolveLocale(wrapper.querySelector('span')!)).to.equal('kk');
  });

  it('else the nearest lang up the tree, crossing shadow roots to their hosts', async () => {
    const wrapper = await fixture(html`<section lang="ru-RU"><div id="host"></div></section>`);
    const host = wrapper.querySelector('#host')!;
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('ru');
    inner.setAttribute('lang', 'kk');
    expect(resolveLocale(inner)).to.equal('kk');
  });

  it("else the document's lang, else English; unknown languages are English", async () => {
    const element = await fixture(html`<div></div>`);
    document.documentElement.lang = 'kk-KZ';
    expect(resolveLocale(element)).to.equal('kk');
    document.documentElement.lang = '';
    expect(resolveLocale(element)).to.equal('en');
    element.setAttribute('lang', 'fr');
    expect(resolveLocale(element)).to.equal('en');
    const detached = document.createElement('div');
    document.documentElement.lang = 'ru';
    expect(resolveLocale(detached)).to.equal('ru');
  });
});

describe('switching locale re-renders the controls in place', () => {
  it('changes the date input chrome and its AX names, keeping what was typed and the focus', async () => {
    const control = await fixture<SfDateInput>(html`<sf-date-input name="dob" label="Date of birth" required></sf-date-input>`);
    const box = (part: string) => control.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
    control.focus();
    await sendKeys({ type: '8' });
    control.showValidation();
    await control.updateComplete;
    expect(text(control.shadowRoot!.querySelector('.error'))).to.equal('Error: Date of birth must include a month and year');
    expect((await axNode(box('month'))).name).to.equal('Month');

    await setLocale('ru');
    await control.updateComplete;
    expect([...control.shadowRoot!.querySelectorAll('label')].map(text)).to.deep.equal(['День', 'Месяц', 'Год']);
    expect(text(control.shadowRoot!.querySelector('.error'))).to.equal('Ошибка: Укажите месяц и год в поле «Date of birth»');
    expect((await axNode(box('day'))).name).to.equal('День');
    expect((await axNode(box('year'))).name).to.equal('Год');
    expect((await axNode(control.shadowRoot!.querySelector('fieldset')!)).description).to.equal(
      'Ошибка: Укажите месяц и год в поле «Date of birth»',
    );
    expect(control.validationMessage).to.equal('Укажите месяц и год в поле «Date of birth»');
    expect(box('day').value).to.equal('8');
    expect(control.shadowRoot!.activeElement).to.equal(box('day'));

    await setLocale('kk');
    await control.updateComplete;
    expect((await axNode(box('month'))).name).to.equal('Ай');
    expect(text(control.shadowRoot!.querySelector('.error'))).to.equal('Қате: «Date of birth» өрісінде мыналарды көрсетіңіз: ай және жыл');
    await expectAccessible(control);
  });

  it('accepts month names in every language whatever the locale', async () => {
    await setLocale('kk');
    const control = await fixture<SfDateInput>(html`<sf-date-input name="d" label="Date"></sf-date-input>`);
    for (const [month, iso] of [['марта', '2025-03-08'], ['наурыз', '2025-03-08'], ['March', '2025-03-08'], ['мая', '2025-05-08']]) {
      control.parts = { day: '8', month: month!, year: '2025' };
      await control.updateComplete;
      expect(control.value, month).to.equal(iso);
    }
  });

  it("changes a text field's error, the error summary heading and the IIN's birth date echo", async () => {
    const field = await fixture<SfTextField>(html`<sf-text-field name="name" label="Full name" required></sf-text-field>`);
    field.showValidation();
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    expect((await axNode(input)).description).to.equal('Error: Enter full name');
    await setLocale('ru');
    await field.updateComplete;
    expect((await axNode(input)).description).to.equal('Ошибка: Заполните поле «Full name»');
    expect((await axNode(input)).invalid).to.equal('true');

    const summary = await fixture<SfErrorSummary>(html`<sf-error-summary .items=${[{ message: 'x' }]}></sf-error-summary>`);
    expect(text(summary.shadowRoot!.querySelector('h2'))).to.equal('Возникла проблема');
    await setLocale('kk');
    await summary.updateComplete;
    expect(text(summary.shadowRoot!.querySelector('h2'))).to.equal('Мәселе туындады');

    const iin = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin" value="900115300013"></sf-text-field>`);
    expect(text(iin.shadowRoot!.querySelector('.echo'))).to.equal('Туған күні: 1990 ж. 15 қаңтар');
    await setLocale('ru');
    await iin.updateComplete;
    expect(text(iin.shadowRoot!.querySelector('.echo'))).to.equal('Дата рождения: 15 января 1990 г.');
  });
});

describe('plurals', () => {
  it('picks Russian one/few/many and Kazakh one/other', () => {
    expect([1, 2, 5, 0, 11, 21, 22, 25, 111, 1.5].map((n) => pluralCategory(n, 'ru'))).to.deep.equal([
      'one', 'few', 'many', 'many', 'many', 'one', 'few', 'many', 'many', 'other',
    ]);
    expect([1, 2, 5, 21].map((n) => pluralCategory(n, 'kk'))).to.deep.equal(['one', 'other', 'other', 'other']);
    expect([1, 2, 21].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['one', 'other', 'other']);
  });

  it("records what Chromium's own Intl.PluralRules says for kk (the helper checks it before trusting it)", () => {
    // Chromium has plural rules for kk even though it has no date or number data for it.
    expect([1, 2, 5, 21].map((n) => new Intl.PluralRules('kk').select(n))).to.deep.equal(['one', 'other', 'other', 'other']);
  });

  it('counts characters in Russian: 21 символ, 22 символа, 25 символов', async () => {
    await setLocale('ru');
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Комментарий" maxlength="40"></sf-textarea>`);
    const count = () => text(control.shadowRoot!.querySelector('.count'));
    const cases: [string, string][] = [
      ['x'.repeat(19), 'Осталось 21 символ'],
      ['x'.repeat(18), 'Осталось 22 символа'],
      ['x'.repeat(15), 'Осталось 25 символов'],
      ['x'.repeat(29), 'Осталось 11 символов'],
      ['x'.repeat(40), 'Осталось 0 символов'],
      ['x'.repeat(41), 'Лимит превышен на 1 символ'],
      ['x'.repeat(43), 'Лимит превышен на 3 символа'],
    ];
    for (const [value, expected] of cases) {
      control.value = value;
      await control.updateComplete;
      expect(count()).to.equal(expected);
    }
    expect((await axNode(control.shadowRoot!.querySelector('textarea')!)).description).to.equal('Можно ввести не более 40 символов');
  });

  it('counts characters and words in Kazakh, one form for every number', async () => {
    await setLocale('kk');
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Пікір" maxlength="21"></sf-textarea>`);
    const count = () => text(control.shadowRoot!.querySelector('.count'));
    expect(count()).to.equal('21 таңба қалды');
    expect((await axNode(control.shadowRoot!.querySelector('textarea')!)).description).to.equal('Ең көбі 21 таңба енгізуге болады');
    control.value = 'x'.repeat(20);
    await control.updateComplete;
    expect(count()).to.equal('1 таңба қалды');
    control.value = 'x'.repeat(23);
    await control.updateComplete;
    expect(count()).to.equal('2 таңба артық');
    const words = await fixture<SfTextarea>(html`<sf-textarea name="w" label="Қысқаша" maxwords="5"></sf-textarea>`);
    words.value = 'бір екі';
    await words.updateComplete;
    expect(text(words.shadowRoot!.querySelector('.count'))).to.equal('3 сөз қалды');
  });

  it('announces the count in the new language', async () => {
    await setLocale('ru');
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Комментарий" maxlength="24"></sf-textarea>`);
    control.focus();
    await sendKeys({ type: 'x'.repeat(22) });
    await waitUntil(() => liveRegionText() === 'Осталось 2 символа', 'the count is announced', { timeout: 3000 });
  });

  it('words error messages with the right plural form', async () => {
    await setLocale('ru');
    const context = { label: 'Комментарий', type: 'textarea' as const };
    expect(errorMessage({ code: 'too_long', params: { max: 21 } }, context)).to.equal('Поле «Комментарий» должно содержать не более 21 символа');
    expect(errorMessage({ code: 'too_long', params: { max: 500 } }, context)).to.equal('Поле «Комментарий» должно содержать не более 500 символов');
    expect(errorMessage({ code: 'too_many_files', params: { max: 3 } }, { label: 'Документы', type: 'file' })).to.equal(
      'Для поля «Документы» можно выбрать не более 3 файлов',
    );
    expect(errorMessage({ code: 'too_few_items', params: { min: 1 } }, { label: 'Дети', type: 'repeatable' })).to.equal(
      'Добавьте не менее 1 записи в раздел «Дети»',
    );
    await setLocale('kk');
    expect(errorMessage({ code: 'too_short', params: { min: 2 } }, { label: 'Аты', type: 'text' })).to.equal('«Аты» кемінде 2 таңбадан тұруы керек');
    await setLocale('en');
    expect(errorMessage({ code: 'too_short', params: { min: 1 } }, { label: 'Name', type: 'text' })).to.equal('Name must be 1 character or more');
    expect(errorMessage({ code: 'too_short', params: { min: 2 } }, { label: 'Name', type: 'text' })).to.equal('Name must be 2 characters or more');
  });

  it('formats file sizes in the locale', async () => {
    await setLocale('ru');
    expect([2, 5, 21, 1023].map((n) => formatFileSize(n))).to.deep.equal(['2 байта', '5 байт', '21 байт', `1${NBSP}023 байта`]);
    expect(formatFileSize(Math.round(1.2 * 1024 * 1024))).to.equal('1,2 МБ');
    await setLocale('kk');
    expect(formatFileSize(340 * 1024)).to.equal('340 КБ');
    expect(formatFileSize(1)).to.equal('1 байт');
  });
});

describe("Kazakh formatting in Chromium, where Intl's kk is not real", () => {
  it("shows Chromium's Intl getting kk wrong", () => {
    const march8 = Date.UTC(2025, 2, 8);
    const intlDate = new Intl.DateTimeFormat('kk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(march8);
    expect(intlDate).not.to.contain('наурыз');
    expect(new Intl.NumberFormat('kk').format(1234567.89)).to.equal('1,234,567.89');
    expect(realIntlLongDate('kk')).to.equal(null);
    // Russian is real in Chromium: it is used as is.
    expect(realIntlLongDate('ru')).not.to.equal(null);
  });

  it('formats kk dates, numbers and money from the shipped data', () => {
    expect(formatDate('2025-03-08', 'kk', 'long')).to.equal('2025 ж. 8 наурыз');
    expect(formatDate('2025-03-08', 'kk', 'short')).to.equal('08.03.2025');
    expect(formatDate('2025-03-08', 'ru', 'long')).to.equal('8 марта 2025 г.');
    expect(formatNumber(1234567.89, 'kk')).to.equal(`1${NBSP}234${NBSP}567,89`);
    expect(formatMoney(1234567, 'kk')).to.equal(`1${NBSP}234${NBSP}567${NBSP}₸`);
  });
});

describe('followDocumentLanguage: hand-written controls speak the page language', () => {
  const root = document.documentElement;
  let before: string | null;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    before = root.getAttribute('lang');
  });
  afterEach(() => {
    stop?.();
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  });

  it('follows <html lang> now and when the page changes it, ignores languages it does not speak, and stops when asked', async () => {
    root.setAttribute('lang', 'ru-RU');
    stop = followDocumentLanguage();
    await waitUntil(() => getLocale() === 'ru', 'Russian from <html lang="ru-RU">');
    const field = await fixture<SfTextField>(html`<sf-text-field name="name" label="Full name" required></sf-text-field>`);
    field.showValidation();
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Заполните поле «Full name»');

    root.setAttribute('lang', 'kk');
    await waitUntil(() => getLocale() === 'kk', 'Kazakh when the page switches');
    await field.updateComplete;
    expect((await axNode(field.shadowRoot!.querySelector('input')!)).description).to.equal('Қате: «Full name» өрісін толтырыңыз');

    root.setAttribute('lang', 'de');
    await settle();
    expect(getLocale()).to.equal('kk');

    stop();
    root.setAttribute('lang', 'en');
    await settle();
    expect(getLocale()).to.equal('kk');
  });
});
