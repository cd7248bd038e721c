import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfTextField } from '@service-forms/elements';
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

// The same suite for a format with a stored form: FormData holds E.164, the box what was typed.
runFormControlSuite<SfTextField>({
  tag: 'sf-text-field',
  render: ({ disabled, value }) =>
    html`<sf-text-field name="answer" label="Mobile phone number" hint="For example, 8 701 234 56 78" format="phone" required ?disabled=${disabled} value=${value ?? ''}></sf-text-field>`,
  label: 'Mobile phone number',
  hint: 'For example, 8 701 234 56 78',
  namedRole: 'textbox',
  namedNode: input,
  stateNode: input,
  fill: async () => {
    await sendKeys({ type: '8 (701) 234-56-78' });
  },
  filledValue: '+77012345678',
  defaultValue: '+77012345678',
  restoreState: '8 701 234 56 78',
  restoredValue: '+77012345678',
  requiredMessage: 'Enter mobile phone number',
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

/** The inline error's text, as a person reads it. */
const inlineError = (control: SfTextField) => control.shadowRoot!.querySelector('.error')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;
const echo = (control: SfTextField) => control.shadowRoot!.querySelector<HTMLElement>('#echo');

describe('sf-text-field formats: the inner input', () => {
  const expected: [format: string, type: string, inputmode: string | null, autocomplete: string | null, autocapitalize: string | null][] = [
    ['text', 'text', null, null, null],
    ['iin', 'text', 'numeric', 'off', null],
    ['bin', 'text', 'numeric', 'off', null],
    ['phone', 'tel', 'tel', 'tel', null],
    ['postal-code', 'text', null, 'postal-code', 'characters'],
    ['iban', 'text', null, 'off', 'characters'],
    ['person-name', 'text', null, null, 'words'],
  ];
  for (const [format, type, inputmode, autocomplete, autocapitalize] of expected) {
    it(`format="${format}": type ${type}, inputmode ${inputmode}, autocomplete ${autocomplete}`, async () => {
      const control = await fixture<SfTextField>(html`<sf-text-field name="a" label="Answer" format=${format}></sf-text-field>`);
      const field = input(control);
      expect(field.type).to.equal(type);
      expect(field.getAttribute('inputmode')).to.equal(inputmode);
      expect(field.getAttribute('autocomplete')).to.equal(autocomplete);
      expect(field.getAttribute('autocapitalize')).to.equal(autocapitalize);
      expect(field.getAttribute('spellcheck')).to.equal(format === 'text' ? null : 'false');
      expect((await axNode(field)).role).to.equal('textbox');
    });
  }

  it('keeps the author’s autocomplete token over a format’s default', async () => {
    const name = await fixture<SfTextField>(html`<sf-text-field name="g" label="First name" format="person-name" autocomplete="given-name"></sf-text-field>`);
    expect(input(name).getAttribute('autocomplete')).to.equal('given-name');
    const phone = await fixture<SfTextField>(html`<sf-text-field name="p" label="Work phone" format="phone" autocomplete="work tel"></sf-text-field>`);
    expect(input(phone).getAttribute('autocomplete')).to.equal('work tel');
  });
});

describe('sf-text-field formats: Kazakh top-row letters as digits', () => {
  it('turns ұ, қ, і typed in the Kazakh layout into the digits of their keys as the person types', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-text-field name="iin" label="IIN" format="iin"></sf-text-field></form>`);
    const control = form.querySelector('sf-text-field')!;
    control.focus();
    await sendKeys({ type: 'ұққ115іқққ1і' });
    await control.updateComplete;
    expect(input(control).value).to.equal('900115300013');
    expect(control.value).to.equal('900115300013');
    expect(input(control).selectionStart).to.equal(12);
    expect(new FormData(form).get('iin')).to.equal('900115300013');
    expect(control.checkValidity()).to.equal(true);
  });

  it('keeps the caret where it was when a letter typed mid-number becomes a digit', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin"></sf-text-field>`);
    control.focus();
    await sendKeys({ type: '90011300013' });
    await sendKeys({ press: 'Home' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ type: 'ғ' });
    await control.updateComplete;
    expect(input(control).value).to.equal('900115300013');
    expect(input(control).selectionStart).to.equal(6);
    expect(input(control).selectionEnd).to.equal(6);
    // The next key lands after the mapped digit, not at the end.
    await sendKeys({ type: 'ә' });
    expect(input(control).value).to.equal('9001152300013');
    expect(input(control).selectionStart).to.equal(7);
  });

  it('maps letters in bin and phone too', async () => {
    const bin = await fixture<SfTextField>(html`<sf-text-field name="bin" label="BIN" format="bin"></sf-text-field>`);
    bin.focus();
    await sendKeys({ type: 'ұұқ14қққ46ғ4' });
    expect(bin.value).to.equal('990140004654');
    const phone = await fixture<SfTextField>(html`<sf-text-field name="p" label="Phone" format="phone"></sf-text-field>`);
    phone.focus();
    await sendKeys({ type: 'ү 7қ1 әің 56 7ү' });
    expect(phone.value).to.equal('8 701 234 56 78');
  });

  it('leaves the same letters alone in names, postal codes and plain text', async () => {
    for (const format of ['person-name', 'postal-code', 'text']) {
      const control = await fixture<SfTextField>(html`<sf-text-field name="n" label="Answer" format=${format}></sf-text-field>`);
      control.focus();
      await sendKeys({ type: 'Әлі' });
      expect(input(control).value, format).to.equal('Әлі');
    }
  });

  it('validates a value set with letters (a paste the element did not see) as digits', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin"></sf-text-field>`);
    control.value = 'ұ00115300013';
    await control.updateComplete;
    expect(control.checkValidity()).to.equal(true);
  });
});

describe('sf-text-field format="iin": the birth-date echo', () => {
  it('shows the birth date a valid IIN encodes, in the input’s description, and not as a live region', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-text-field name="iin" label="IIN" hint="12 digits" format="iin"></sf-text-field></form>`);
    const control = form.querySelector('sf-text-field')!;
    expect(echo(control)).to.equal(null);
    control.focus();
    await sendKeys({ type: 'ұ00115300013' });
    await control.updateComplete;
    expect(echo(control)!.textContent!.trim()).to.equal('Born 15 January 1990');
    // After the input, in reading order.
    expect(input(control).compareDocumentPosition(echo(control)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(echo(control)!.hasAttribute('aria-live')).to.equal(false);
    expect(echo(control)!.hasAttribute('role')).to.equal(false);
    expect(control.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    const node = await axNode(input(control));
    expect(node.name).to.equal('IIN');
    expect(node.description).to.equal('12 digits Born 15 January 1990');
    await expectAccessible(form);
  });

  it('removes the echo and its description when the IIN stops being valid', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin" value="850703400420"></sf-text-field>`);
    expect(echo(control)!.textContent!.trim()).to.equal('Born 3 July 1985');
    expect((await axNode(input(control))).description).to.equal('Born 3 July 1985');
    control.focus();
    await sendKeys({ press: 'Backspace' });
    await control.updateComplete;
    expect(echo(control)).to.equal(null);
    expect(input(control).hasAttribute('aria-describedby')).to.equal(false);
    expect((await axNode(input(control))).description).to.equal('');
  });

  it('shows no echo for a valid IIN whose date does not exist, nor for a BIN', async () => {
    // 31 February 1990 with a correct check digit: valid since 2013 numbering, no birth date.
    const control = await fixture<SfTextField>(html`<sf-text-field name="iin" label="IIN" format="iin" value="900231300014"></sf-text-field>`);
    expect(control.checkValidity()).to.equal(true);
    expect(echo(control)).to.equal(null);
    const bin = await fixture<SfTextField>(html`<sf-text-field name="bin" label="BIN" format="bin" value="940140000385"></sf-text-field>`);
    expect(echo(bin)).to.equal(null);
  });

  it('keeps the echo after an outside error, described after it', async () => {
    const control = await fixture<SfTextField>(
      html`<sf-text-field name="iin" label="IIN" format="iin" value="900115300013" error="This IIN is not in the register"></sf-text-field>`,
    );
    expect((await axNode(input(control))).description).to.equal('Error: This IIN is not in the register Born 15 January 1990');
  });
});

describe('sf-text-field formats: error messages after a submit attempt', () => {
  const cases: [format: string, label: string, typed: string, code: string, message: string][] = [
    ['iin', 'IIN', '9001153000', 'iin_format', 'IIN must be 12 digits'],
    ['iin', 'IIN', '900115300014', 'iin_checksum', 'Check IIN: one of the digits is wrong'],
    ['bin', 'BIN', '900115300013', 'bin_format', 'BIN must be 12 digits, with 4, 5 or 6 as the 5th digit'],
    ['bin', 'BIN', '940140000386', 'bin_checksum', 'Check BIN: one of the digits is wrong'],
    ['phone', 'Mobile phone number', '+7 916 123 45 67', 'phone_format', 'Enter a Kazakhstan phone number, like 8 701 234 56 78 or +7 701 234 56 78'],
    ['postal-code', 'Postal code', 'A15E3CC', 'postal_code_format', 'Enter a postal code, like A15E3C4 or 050000'],
    ['iban', 'Bank account (IBAN)', 'KZ86 125K ZT50 0410 010', 'iban_format', 'Enter an IBAN that starts with KZ and has 20 characters, like KZ86 125K ZT50 0410 0100'],
    ['iban', 'Bank account (IBAN)', 'KZ87 125K ZT50 0410 0100', 'iban_checksum', 'Check bank account (IBAN): one of the characters is wrong'],
    ['person-name', 'Full name', 'Қайрат 2', 'person_name_characters', 'Full name must only include letters, spaces, hyphens, apostrophes and full stops'],
  ];
  for (const [format, label, typed, code, message] of cases) {
    it(`${code}: "${message}"`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sf-text-field name="a" label=${label} format=${format}></sf-text-field></form>`);
      const control = form.querySelector('sf-text-field')!;
      control.focus();
      await sendKeys({ type: typed });
      await control.updateComplete;
      expect(inlineError(control)).to.equal(null);
      form.requestSubmit();
      await control.updateComplete;
      expect(control.validationError?.code).to.equal(code);
      expect(control.validationMessage).to.equal(message);
      expect(inlineError(control)).to.equal(`Error: ${message}`);
      const node = await axNode(input(control));
      expect(node.description).to.equal(`Error: ${message}`);
      expect(node.invalid).to.equal('true');
      // What was typed stays in the box (WCAG 3.3.7).
      expect(input(control).value).to.equal(typed);
      await expectAccessible(form);
    });
  }
});

describe('sf-text-field formats: what is submitted', () => {
  const cases: [format: string, typed: string, submitted: string][] = [
    ['phone', '8 (701) 234-56-78', '+77012345678'],
    ['phone', '+7 916 123 45 67', '+7 916 123 45 67'],
    ['iban', 'kz86 125k zt50 0410 0100', 'KZ86125KZT5004100100'],
    ['postal-code', 'a15e3c4', 'A15E3C4'],
    ['bin', '940140 000385', '940140000385'],
    ['person-name', "Jean-Luc O'Neil", "Jean-Luc O'Neil"],
  ];
  for (const [format, typed, submitted] of cases) {
    it(`format="${format}": "${typed}" is submitted as "${submitted}", the box keeps what was typed`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sf-text-field name="a" label="Answer" format=${format}></sf-text-field></form>`);
      const control = form.querySelector('sf-text-field')!;
      control.focus();
      await sendKeys({ type: typed });
      await control.updateComplete;
      expect(new FormData(form).get('a')).to.equal(submitted);
      expect(input(control).value).to.equal(typed);
    });
  }

  it('accepts names in Kazakh and with apostrophes, hyphens and dots', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="n" label="Full name" format="person-name"></sf-text-field>`);
    for (const name of ['Қайрат', 'Әлия', "O'Neil", 'O’Neil', 'Jean-Luc', 'Ғалымжан', 'Өмірзақ', 'J. Smith']) {
      control.value = name;
      await control.updateComplete;
      expect(control.checkValidity(), name).to.equal(true);
    }
  });
});

describe('sf-text-field: .field', () => {
  it('validates against the definition it is given, not the one its attributes describe', async () => {
    const control = await fixture<SfTextField>(html`<sf-text-field name="city" label="Town or village" maxlength="20"></sf-text-field>`);
    control.value = 'Kosshy';
    await control.updateComplete;
    expect(control.validationError).to.equal(null);
    control.field = { type: 'text', name: 'city', label: { en: 'Town or village' }, maxLength: 5, required: true };
    await control.updateComplete;
    expect(control.validationError).to.deep.equal({ field: 'city', code: 'too_long', params: { max: 5 } });
    control.value = '';
    await control.updateComplete;
    expect(control.validationError?.code).to.equal('required');
    // Unset: the attributes describe the field again.
    control.field = undefined;
    await control.updateComplete;
    expect(control.validationError).to.equal(null);
  });
});

describe('sf-text-field in sf-form', () => {
  it('is given its field by sf-form and shows the rule the definition sets inline (no attribute carries it)', async () => {
    const definition = {
      id: 'rules',
      version: '1.0.0',
      locales: ['en'],
      title: { en: 'Rules' },
      pages: [{ id: 'one', title: { en: 'One' }, fields: [{ type: 'text', name: 'code', label: { en: 'Code' }, minLength: 4, maxLength: 6 }] }],
    } as const;
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition}></sf-form>`);
    await form.updateComplete;
    const control = form.shadowRoot!.querySelector<SfTextField>('sf-text-field')!;
    expect(control.field).to.deep.include({ type: 'text', name: 'code', minLength: 4, maxLength: 6 });
    expect(control.hasAttribute('maxlength') || control.hasAttribute('minlength')).to.equal(false);
    input(control).focus();
    await sendKeys({ type: 'ABC' });
    expect(control.validationError).to.deep.equal({ field: 'code', code: 'too_short', params: { min: 4 } });
    await sendKeys({ type: 'DEFG' });
    expect(control.validationError).to.deep.equal({ field: 'code', code: 'too_long', params: { max: 6 } });
  });
});
