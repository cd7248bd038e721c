import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { getLocale, setLocale, type SfDateInput, type SfLanguageSwitch, type SfLocaleChangeEvent } from '@service-forms/elements';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

const buttons = (control: SfLanguageSwitch) => [...control.shadowRoot!.querySelectorAll('button')];
const byLang = (control: SfLanguageSwitch, lang: string) => buttons(control).find((button) => button.lang === lang)!;
const current = (control: SfLanguageSwitch) => buttons(control).filter((button) => button.getAttribute('aria-current') === 'true').map((button) => button.lang);

/** Resolves after the next `lit-localize-status` "ready" event (setLocale finished). */
const localeReady = () =>
  new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', listener);
      resolve();
    };
    window.addEventListener('lit-localize-status', listener);
  });

afterEach(async () => {
  await setLocale('en');
});

describe('sf-language-switch', () => {
  it('names each language in itself, with its own lang, and marks the current one', async () => {
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch></sf-language-switch>`);
    expect(buttons(control).map((button) => button.lang)).to.deep.equal(['kk', 'ru', 'en']);
    const names = [];
    for (const button of buttons(control)) {
      const node = await axNode(button);
      expect(node.role).to.equal('button');
      names.push(node.name);
    }
    expect(names).to.deep.equal(['Қазақша', 'Русский', 'English']);
    expect(current(control)).to.deep.equal(['en']);
    expect(control.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Language');
    await expectAccessible(control);
  });

  it('switches the locale on click, firing sf-locale-change first, without reloading', async () => {
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch></sf-language-switch>`);
    const date = await fixture<SfDateInput>(html`<sf-date-input name="d" label="Date"></sf-date-input>`);
    (window as Window & { sfNoReload?: boolean }).sfNoReload = true;
    const ready = localeReady();
    setTimeout(() => byLang(control, 'ru').click());
    const event: SfLocaleChangeEvent = await oneEvent(control, 'sf-locale-change');
    expect(event.locale).to.equal('ru');
    expect(event.detail).to.deep.equal({ locale: 'ru' });
    expect(event.bubbles && event.composed).to.equal(true);
    await ready;
    expect(getLocale()).to.equal('ru');
    await control.updateComplete;
    await date.updateComplete;
    expect(current(control)).to.deep.equal(['ru']);
    expect(control.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Язык');
    expect(date.shadowRoot!.querySelector('label')!.textContent).to.equal('День');
    // The same page: a reload would have dropped this flag.
    expect((window as Window & { sfNoReload?: boolean }).sfNoReload).to.equal(true);
    await expectAccessible(control);
  });

  it('does not switch when the event is cancelled, nor fire for the current language', async () => {
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch></sf-language-switch>`);
    const fired: string[] = [];
    control.addEventListener('sf-locale-change', (event) => {
      fired.push(event.locale);
      event.preventDefault();
    });
    byLang(control, 'kk').click();
    byLang(control, 'en').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fired).to.deep.equal(['kk']);
    expect(getLocale()).to.equal('en');
  });

  it('is operable by keyboard alone, and keeps focus on the chosen language', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch></sf-language-switch>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(byLang(control, 'kk'));
    const ready = localeReady();
    await sendKeys({ press: 'Enter' });
    await ready;
    await control.updateComplete;
    expect(getLocale()).to.equal('kk');
    expect(current(control)).to.deep.equal(['kk']);
    expect(deepActiveElement()).to.equal(byLang(control, 'kk'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(byLang(control, 'ru'));
    const ru = localeReady();
    await sendKeys({ press: 'Space' });
    await ru;
    expect(getLocale()).to.equal('ru');
    expect((await axNode(byLang(control, 'ru'))).name).to.equal('Русский');
  });

  it('offers only the locales asked for, in their order', async () => {
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch locales="ru-RU, kk xx"></sf-language-switch>`);
    expect(buttons(control).map((button) => button.textContent!.trim())).to.deep.equal(['Русский', 'Қазақша']);
    control.setAttribute('locales', 'nonsense');
    await control.updateComplete;
    expect(buttons(control).map((button) => button.lang)).to.deep.equal(['kk', 'ru', 'en']);
  });

  it('gives every language a target of at least 24 by 24 CSS pixels', async () => {
    const control = await fixture<SfLanguageSwitch>(html`<sf-language-switch></sf-language-switch>`);
    for (const button of buttons(control)) {
      const { width, height } = button.getBoundingClientRect();
      expect(width, button.lang).to.be.at.least(24);
      expect(height, button.lang).to.be.at.least(24);
    }
  });
});
