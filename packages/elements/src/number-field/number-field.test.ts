import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm, SfNumberField } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

const NBSP = '\u00a0';
const input = (control: SfNumberField) => control.shadowRoot!.querySelector('input')!;
const inlineError = (control: SfNumberField) => control.shadowRoot!.querySelector('.error')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;

runFormControlSuite<SfNumberField>({
  tag: 'sf-number-field',
  render: ({ disabled, value }) =>
    html`<sf-number-field name="answer" label="Hours a week" hint="Round to the nearest hour" min="1" max="60" required ?disabled=${disabled} value=${value ?? ''}></sf-number-field>`,
  label: 'Hours a week',
  hint: 'Round to the nearest hour',
  namedRole: 'textbox',
  namedNode: input,
  stateNode: input,
  fill: async () => {
    await sendKeys({ type: '40' });
  },
  filledValue: '40',
  defaultValue: '35',
  restoreState: '38',
  restoredValue: '38',
  requiredMessage: 'Enter hours a week',
});

// Money: FormData holds the number; the box shows it grouped, with ₸ outside it.
runFormControlSuite<SfNumberField>({
  tag: 'sf-number-field',
  render: ({ disabled, value }) =>
    html`<sf-number-field name="answer" label="Desired salary" hint="Before tax" format="money" required ?disabled=${disabled} value=${value ?? ''}></sf-number-field>`,
  label: 'Desired salary',
  // The description is the hint, then the currency the visible ₸ stands for.
  hint: 'Before tax in tenge',
  namedRole: 'textbox',
  namedNode: input,
  stateNode: input,
  fill: async () => {
    await sendKeys({ type: '120000' });
  },
  filledValue: '120000',
  defaultValue: '85000',
  restoreState: '95 000',
  restoredValue: '95000',
  requiredMessage: 'Enter desired salary',
});

/** The WCAG contrast ratio of two opaque `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Puts the caret after `offset` characters with the keyboard. */
async function caretAt(offset: number) {
  await sendKeys({ press: 'Home' });
  for (let i = 0; i < offset; i++) await sendKeys({ press: 'ArrowRight' });
}

/** What a paste does to the box: its text replaced, then an input event of type insertFromPaste. */
function paste(control: SfNumberField, text: string) {
  const box = input(control);
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: null, bubbles: true, composed: true }));
}

describe('sf-number-field: the native input', () => {
  it('is a text input with a numeric keyboard, never type=number', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="n" label="Number of children"></sf-number-field>`);
    expect(input(control).type).to.equal('text');
    expect(input(control).getAttribute('inputmode')).to.equal('numeric');
    expect(input(control).getAttribute('spellcheck')).to.equal('false');
    expect(control.shadowRoot!.querySelector('.suffix')).to.equal(null);
    expect((await axNode(input(control))).description).to.equal('');
  });

  it('reads an empty or fractional bound as none', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="n" label="Employees" min="" max="1.5"></sf-number-field>`);
    expect(control.min).to.equal(undefined);
    expect(control.max).to.equal(undefined);
    control.value = '-3';
    await control.updateComplete;
    expect(control.checkValidity()).to.equal(true);
  });

  it('drops the numeric keyboard, which has no minus key, when min is negative', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="t" label="Lowest temperature" min="-60"></sf-number-field>`);
    expect(input(control).getAttribute('inputmode')).to.equal('text');
  });

  it('money: ₸ after the box, hidden from screen readers, "in tenge" in the description', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money" autocomplete="off"></sf-number-field>`);
    const suffix = control.shadowRoot!.querySelector<HTMLElement>('.suffix')!;
    expect(getComputedStyle(suffix, '::before').content).to.equal('"₸"');
    // axe leaves a lone symbol's contrast to a person: measure it here (WCAG 1.4.3, 4.5:1).
    const style = getComputedStyle(suffix);
    expect(contrast(style.color, style.backgroundColor)).to.be.greaterThan(4.5);
    expect(suffix.getAttribute('aria-hidden')).to.equal('true');
    expect(suffix.previousElementSibling).to.equal(input(control));
    const node = await axNode(input(control));
    expect(node.name).to.equal('Desired salary');
    expect(node.description).to.equal('in tenge');
    expect(input(control).getAttribute('autocomplete')).to.equal('off');
    await expectAccessible(control);
  });
});

describe('sf-number-field: money grouping as the person types', () => {
  it('groups with a no-break space and keeps the caret at the end while typing', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money"></sf-number-field>`);
    control.focus();
    await sendKeys({ type: '8500' });
    expect(input(control).value).to.equal(`8${NBSP}500`);
    await sendKeys({ type: '0' });
    expect(input(control).value).to.equal(`85${NBSP}000`);
    expect(input(control).selectionStart).to.equal(6);
    expect(control.valueAsNumber).to.equal(85000);
  });

  it('keeps the caret after the same digit when a digit typed mid-number regroups', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money"></sf-number-field>`);
    control.focus();
    await sendKeys({ type: '85000' });
    await caretAt(1);
    await sendKeys({ type: '1' });
    expect(input(control).value).to.equal(`815${NBSP}000`);
    expect(input(control).selectionStart).to.equal(2);
    expect(input(control).selectionEnd).to.equal(2);
    await sendKeys({ type: '2' });
    expect(input(control).value).to.equal(`8${NBSP}125${NBSP}000`);
    expect(input(control).selectionStart).to.equal(4);
    // The next key lands after the digit just typed, not at the end.
    await sendKeys({ type: '3' });
    expect(input(control).value).to.equal(`81${NBSP}235${NBSP}000`);
    expect(input(control).selectionStart).to.equal(5);
  });

  it('Backspace after a group space deletes the digit before it; Delete before one deletes the digit after it', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money"></sf-number-field>`);
    control.focus();
    await sendKeys({ type: '85000' });
    await caretAt(3); // 85 |000
    await sendKeys({ press: 'Backspace' });
    expect(input(control).value).to.equal(`8${NBSP}000`);
    expect(input(control).selectionStart).to.equal(1);
    await sendKeys({ type: '5' });
    expect(input(control).value).to.equal(`85${NBSP}000`);
    await caretAt(2); // 85| 000
    await sendKeys({ press: 'Delete' });
    expect(input(control).value).to.equal(`8${NBSP}500`);
    expect(input(control).selectionStart).to.equal(3);
  });

  it('turns Kazakh top-row letters into digits and groups them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-number-field name="s" label="Desired salary" format="money"></sf-number-field></form>`);
    const control = form.querySelector('sf-number-field')!;
    control.focus();
    await sendKeys({ type: 'үғқққ' });
    expect(input(control).value).to.equal(`85${NBSP}000`);
    expect(input(control).selectionStart).to.equal(6);
    expect(new FormData(form).get('s')).to.equal('85000');
  });

  it('a number field maps the letters but does not group', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="y" label="Year"></sf-number-field>`);
    control.focus();
    await sendKeys({ type: 'әққі5' });
    expect(input(control).value).to.equal('20035');
    expect(control.valueAsNumber).to.equal(20035);
  });
});

describe('sf-number-field: pasted and typed formats', () => {
  for (const pasted of ['85 000', '85,000', '85000 ₸', '85 000,00', `85${NBSP}000`, '85.000 KZT']) {
    it(`a pasted "${pasted}" becomes 85 000, submitted as 85000`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sf-number-field name="s" label="Desired salary" format="money"></sf-number-field></form>`);
      const control = form.querySelector('sf-number-field')!;
      control.focus();
      paste(control, pasted);
      await control.updateComplete;
      expect(input(control).value).to.equal(`85${NBSP}000`);
      expect(input(control).selectionStart).to.equal(6);
      expect(control.valueAsNumber).to.equal(85000);
      expect(new FormData(form).get('s')).to.equal('85000');
      expect(control.checkValidity()).to.equal(true);
    });
  }

  it('leaves a paste it cannot read as pasted, for the person to correct', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money"></sf-number-field>`);
    paste(control, 'about 85 thousand');
    await control.updateComplete;
    expect(input(control).value).to.equal('about 85 thousand');
    expect(control.validationError?.code).to.equal('not_a_number');
  });

  it('a typed "85,000" stays as typed until the person leaves the box, then reads 85 000', async () => {
    const wrapper = await fixture(html`<div><sf-number-field name="s" label="Desired salary" format="money"></sf-number-field><button type="button">Next</button></div>`);
    const control = wrapper.querySelector('sf-number-field')!;
    let changes = 0;
    control.addEventListener('change', () => changes++);
    control.focus();
    await sendKeys({ type: '85,000' });
    expect(input(control).value).to.equal('85,000');
    await sendKeys({ press: 'Tab' });
    await control.updateComplete;
    expect(input(control).value).to.equal(`85${NBSP}000`);
    expect(control.value).to.equal(`85${NBSP}000`);
    expect(changes).to.equal(1);
  });

  it('a number field reads a pasted 1,000 as 1000', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="n" label="Employees"></sf-number-field>`);
    paste(control, '1,000');
    await control.updateComplete;
    expect(input(control).value).to.equal('1000');
  });

  it('a default value and a value set from code are grouped for money', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" format="money" value="1250000"></sf-number-field>`);
    expect(input(control).value).to.equal(`1${NBSP}250${NBSP}000`);
    control.value = '90000';
    await control.updateComplete;
    expect(input(control).value).to.equal(`90${NBSP}000`);
  });
});

describe('sf-number-field: every code and message', () => {
  const cases: [format: 'number' | 'money', attributes: { min?: number; max?: number }, typed: string, code: string, message: string][] = [
    ['money', {}, 'abc', 'not_a_number', 'Desired salary must be a number, like 85 000'],
    ['money', {}, '85000.5', 'not_whole_number', 'Desired salary must be a whole number, like 85 000'],
    ['money', { min: 85000 }, '84999', 'below_minimum', 'Desired salary must be 85 000 or more'],
    ['money', { max: 1000000 }, '1000001', 'above_maximum', 'Desired salary must be 1 000 000 or less'],
    ['money', {}, '-5', 'below_minimum', 'Desired salary must be 0 or more'],
    ['number', {}, 'forty', 'not_a_number', 'Desired salary must be a number'],
    ['number', {}, '37,5', 'not_whole_number', 'Desired salary must be a whole number'],
    ['number', { min: 1900 }, '1899', 'below_minimum', 'Desired salary must be 1900 or more'],
    ['number', { max: 60 }, '61', 'above_maximum', 'Desired salary must be 60 or less'],
  ];
  for (const [format, { min, max }, typed, code, message] of cases) {
    it(`${format} "${typed}": ${code}`, async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sf-number-field name="s" label="Desired salary" format=${format} min=${min ?? nothing} max=${max ?? nothing}></sf-number-field></form>`,
      );
      const control = form.querySelector('sf-number-field')!;
      control.focus();
      await sendKeys({ type: typed });
      expect(control.validationError?.code).to.equal(code);
      expect(inlineError(control)).to.equal(null);
      form.requestSubmit();
      await control.updateComplete;
      // Messages group money with a no-break space; compare as a person reads them.
      expect(inlineError(control)!.replaceAll(NBSP, ' ')).to.equal(`Error: ${message}`);
      expect(control.validationMessage.replaceAll(NBSP, ' ')).to.equal(message);
      const node = await axNode(input(control));
      expect(node.description.replaceAll(NBSP, ' ')).to.equal(`${format === 'money' ? 'in tenge ' : ''}Error: ${message}`);
      expect(node.invalid).to.equal('true');
      expect(deepActiveElement()).to.equal(input(control));
      // What was typed is kept (WCAG 3.3.7), money digits grouped as they were typed.
      expect(input(control).value.replaceAll(NBSP, '')).to.equal(typed);
    });
  }

  it('bounds are inclusive', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="h" label="Hours a week" min="1" max="40"></sf-number-field>`);
    for (const [text, ok] of [['0', false], ['1', true], ['40', true], ['41', false]] as const) {
      control.value = text;
      await control.updateComplete;
      expect(control.checkValidity(), text).to.equal(ok);
    }
  });

  it('is accessible with an error shown', async () => {
    const control = await fixture<SfNumberField>(html`<sf-number-field name="s" label="Desired salary" hint="Before tax" format="money" min="85000" value="50000"></sf-number-field>`);
    control.showValidation();
    await control.updateComplete;
    expect((await axNode(input(control))).description.replaceAll(NBSP, ' ')).to.equal('Before tax in tenge Error: Desired salary must be 85 000 or more');
    await expectAccessible(control);
  });
});

describe('sf-form with number, money and textarea fields', () => {
  const definition = (): FormDefinition => ({
    id: 'job-seeker',
    version: '1.0.0',
    locales: ['en'],
    title: { en: 'Job seeker' },
    pages: [
      {
        id: 'p',
        title: { en: 'What you are looking for' },
        fields: [
          { type: 'money', name: 'salary', label: { en: 'Desired salary' }, required: true, min: 85000 },
          { type: 'number', name: 'hours', label: { en: 'Hours a week' }, min: 1, max: 40 },
          { type: 'textarea', name: 'about', label: { en: 'About you' }, maxLength: 200 },
        ],
      },
    ],
  });

  it('renders the controls and submits JSON numbers', async () => {
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    const root = form.shadowRoot!;
    const salary = root.querySelector<SfNumberField>('#sf-field-salary')!;
    expect(salary.localName).to.equal('sf-number-field');
    expect(salary.format).to.equal('money');
    expect(salary.min).to.equal(85000);
    expect(root.querySelector('#sf-field-hours')!.localName).to.equal('sf-number-field');
    expect(root.querySelector('#sf-field-about')!.getAttribute('maxlength')).to.equal('200');

    salary.focus();
    await sendKeys({ type: '50000' });
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('sf-error-summary'), 'the summary shows');
    const summary = root.querySelector('sf-error-summary')!;
    await summary.updateComplete;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim().replaceAll(NBSP, ' '))).to.deep.equal([
      'Desired salary must be 85 000 or more',
    ]);

    salary.focus();
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '120000' });
    root.querySelector<SfNumberField>('#sf-field-hours')!.focus();
    await sendKeys({ type: '40' });
    root.querySelector<HTMLElement>('#sf-field-about')!.focus();
    await sendKeys({ type: 'Welder, 5 years' });
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => adapter.submissions.length === 1, 'submitted');
    expect(adapter.submissions[0]!.answers).to.deep.equal({ salary: 120000, hours: 40, about: 'Welder, 5 years' });
  });
});
