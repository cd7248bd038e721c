import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfDateInput } from '@service-forms/elements';
import { todayIso } from '@service-forms/core';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, deepActiveElement } from '../../../../test/helpers/a11y.js';

const part = (control: SfDateInput, name: 'day' | 'month' | 'year') => control.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;

const restoreState = new FormData();
restoreState.append('day', '8');
restoreState.append('month', '3');
restoreState.append('year', '2025');

runFormControlSuite<SfDateInput>({
  tag: 'sf-date-input',
  render: ({ disabled, value }) =>
    html`<sf-date-input name="answer" label="Date of birth" hint="For example, 27 3 1990" autocomplete="bday" constraint="past" required ?disabled=${disabled} value=${value ?? ''}></sf-date-input>`,
  label: 'Date of birth',
  hint: 'For example, 27 3 1990',
  namedRole: 'group',
  namedNode: (control) => control.shadowRoot!.querySelector('fieldset')!,
  stateNode: (control) => part(control, 'day'),
  fill: async () => {
    await sendKeys({ type: '15' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1990' });
  },
  filledValue: '1990-01-15',
  defaultValue: '1985-07-03',
  restoreState,
  restoredValue: '2025-03-08',
  requiredMessage: 'Enter date of birth',
});

describe('sf-date-input', () => {
  it('labels each box, gives bday tokens and a numeric keyboard, and never moves focus itself', async () => {
    const control = await fixture<SfDateInput>(html`<sf-date-input name="dob" label="Date of birth" autocomplete="bday"></sf-date-input>`);
    for (const [name, label] of [['day', 'Day'], ['month', 'Month'], ['year', 'Year']] as const) {
      const box = part(control, name);
      expect(box.getAttribute('autocomplete')).to.equal(`bday-${name}`);
      expect(box.getAttribute('inputmode')).to.equal('numeric');
      expect((await axNode(box)).name).to.equal(label);
    }
    control.focus();
    await sendKeys({ type: '12' });
    expect(deepActiveElement()).to.equal(part(control, 'day'));
  });

  it('accepts a month name', async () => {
    const control = await fixture<SfDateInput>(html`<sf-date-input name="dob" label="Date of birth"></sf-date-input>`);
    control.parts = { day: '27', month: 'March', year: '1990' };
    await control.updateComplete;
    expect(control.value).to.equal('1990-03-27');
  });

  it('marks only the parts in error and focuses the first of them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-date-input name="dob" label="Date of birth" required></sf-date-input></form>`);
    const control = form.querySelector('sf-date-input')!;
    control.parts = { day: '12', month: '', year: '1990' };
    await control.updateComplete;
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Date of birth must include a month');
    expect(part(control, 'day').getAttribute('aria-invalid')).to.equal(null);
    expect(part(control, 'month').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(part(control, 'month'));
    control.focusControl('year');
    expect(deepActiveElement()).to.equal(part(control, 'year'));
  });

  it('refuses today for a date that must be in the past, and 31 April', async () => {
    const control = await fixture<SfDateInput>(html`<sf-date-input name="dob" label="Date of birth" constraint="past"></sf-date-input>`);
    control.value = todayIso();
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Date of birth must be in the past');
    control.parts = { day: '31', month: '4', year: '2020' };
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Date of birth must be a real date');
    expect(control.value).to.equal('');
  });
});
