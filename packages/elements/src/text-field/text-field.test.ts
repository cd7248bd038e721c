import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfTextField } from '@service-forms/elements';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, expectAccessible } from '../../../../test/helpers/a11y.js';

const input = (control: SfTextField) => control.shadowRoot!.querySelector('input')!;

runFormControlSuite<SfTextField>({
  tag: 'sf-text-field',
  render: ({ disabled, value }) =>
    html`<sf-text-field name="answer" label="Full name" hint="As on your identity card" autocomplete="name" required ?disabled=${disabled} value=${value ?? ''}></sf-text-field>`,
  label: 'Full name',
  hint: 'As on your identity card',
  namedRole: 'textbox',
  namedNode: input,
  stateNode: input,
  fill: async () => {
    await sendKeys({ type: 'Әлия Қайратқызы' });
  },
  filledValue: 'Әлия Қайратқызы',
  defaultValue: "Jean-Luc O'Neil",
  restoreState: 'Қайрат',
  restoredValue: 'Қайрат',
  requiredMessage: 'Enter full name',
});

describe('sf-text-field', () => {
  it('format="iin": numeric keyboard, no autocomplete or spellcheck, checksum errors by code', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin" required></sf-text-field>`);
    const field = input(control);
    expect(field.getAttribute('inputmode')).to.equal('numeric');
    expect(field.getAttribute('autocomplete')).to.equal('off');
    expect(field.getAttribute('spellcheck')).to.equal('false');
    control.value = '900115300014';
    await control.updateComplete;
    expect(control.validationError?.code).to.equal('iin_checksum');
    expect(control.validationMessage).to.equal('Check IIN: one of the digits is wrong');
    control.value = '9001153000';
    await control.updateComplete;
    expect(control.validationMessage).to.equal('IIN must be 12 digits');
    control.value = '900115 300013';
    await control.updateComplete;
    expect(control.checkValidity()).to.equal(true);
  });

  it('carries the autocomplete token on the inner input', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="n" label="Full name" autocomplete="name"></sf-text-field>`);
    expect(input(control).getAttribute('autocomplete')).to.equal('name');
  });

  it('never blocks typing past maxlength; says how long it may be after a submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-text-field name="n" label="Full name" maxlength="5"></sf-text-field></form>`);
    const control = form.querySelector('sf-text-field')!;
    control.focus();
    await sendKeys({ type: 'Abcdefg' });
    expect(control.value).to.equal('Abcdefg');
    expect(input(control).hasAttribute('maxlength')).to.equal(false);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validity.tooLong).to.equal(true);
    expect((await axNode(input(control))).description).to.equal('Error: Full name must be 5 characters or fewer');
  });

  it('takes its name from an outside <label for> when it has no label of its own', async () => {
    const wrapper = await fixture(html`<div><label for="outside">Telephone number</label><form><sf-text-field id="outside" name="tel"></sf-text-field></form></div>`);
    const control = wrapper.querySelector('sf-text-field')!;
    await control.updateComplete;
    expect((await axNode(input(control))).name).to.equal('Telephone number');
    await expectAccessible(wrapper);
  });

  it('format="email" uses an email input and checks the address', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="e" label="Email address" format="email"></sf-text-field>`);
    expect(input(control).type).to.equal('email');
    expect(input(control).getAttribute('autocomplete')).to.equal(null);
    control.value = 'name@example';
    await control.updateComplete;
    expect(control.validity.typeMismatch).to.equal(true);
    expect(control.validationMessage).to.equal('Enter an email address in the correct format, like name@example.com');
  });

  it('shows an outside error (from a server) until the value changes', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="n" label="Full name" error="This name is already registered"></sf-text-field>`);
    expect(control.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: This name is already registered');
    expect(control.validity.customError).to.equal(true);
    control.focus();
    await sendKeys({ type: 'x' });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('.error')).to.equal(null);
    expect(control.error).to.equal('');
  });

  it('re-fires change from the host and lets input through once', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="n" label="Full name"></sf-text-field>`);
    let inputs = 0;
    let changes = 0;
    control.addEventListener('input', () => inputs++);
    control.addEventListener('change', () => changes++);
    control.focus();
    await sendKeys({ type: 'ab' });
    input(control).dispatchEvent(new Event('change'));
    expect(inputs).to.equal(2);
    expect(changes).to.equal(1);
  });
});
