import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfCheckbox, SfForm } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

const box = (control: SfCheckbox) => control.shadowRoot!.querySelector('input')!;

const LABEL = 'I agree that the ministry may process my personal data for this application';
const HINT = 'Your data is stored in Kazakhstan and shared only with the employment centre.';

describe('sf-checkbox (shared suite)', () => {
  // Chromium's CDP reports `required` only for some roles (RoleAllowsRequired in
  // inspector_accessibility_agent.cc), not for a checkbox, so the shared assertion cannot read
  // it. The test below asserts the rest and trips if that changes.
  runFormControlSuite<SfCheckbox>({
    tag: 'sf-checkbox',
    exposesRequired: false,
    // The suite's default value is a ticked box: a checkbox's FormData value is its `value`.
    render: ({ disabled, value }) =>
      html`<sf-checkbox name="answer" label=${LABEL} hint=${HINT} required ?disabled=${disabled} ?checked=${value === 'on'}></sf-checkbox>`,
    label: LABEL,
    hint: HINT,
    namedRole: 'checkbox',
    namedNode: box,
    stateNode: box,
    fill: async (control) => {
      // One possible answer: tick it, unless the default already did.
      if (!control.checked) await sendKeys({ press: 'Space' });
    },
    filledValue: 'on',
    defaultValue: 'on',
    restoreState: 'checked',
    restoredValue: 'on',
    requiredMessage: `Tick the box to confirm: ${LABEL}`,
  });
});

describe('sf-checkbox', () => {
  const mount = async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-checkbox name="consent" label=${LABEL} hint=${HINT} required></sf-checkbox></form>`);
    const control = form.querySelector('sf-checkbox')!;
    await control.updateComplete;
    return { form, control };
  };

  it('exposes name, description, required and invalid (required as aria-required: see the shared-suite note)', async () => {
    const { control } = await mount();
    const node = await axNode(box(control));
    expect(node.role).to.equal('checkbox');
    expect(node.name).to.equal(LABEL);
    expect(node.description).to.equal(HINT);
    // Not native `required`: Chromium would expose a required, unticked box as invalid at once.
    expect(box(control).getAttribute('aria-required')).to.equal('true');
    expect(box(control).hasAttribute('required')).to.equal(false);
    expect(node.invalid).to.equal('false');
    // Tripwire: when Chromium starts reporting this, drop the skip and use the shared assertion.
    expect(node.required).to.equal(false);
  });

  it('is never ticked at first, and Space ticks and unticks it: checked state, answer and FormData follow', async () => {
    const { form, control } = await mount();
    expect(box(control).checked).to.equal(false);
    expect((await axNode(box(control))).checked).to.equal('false');
    expect(new FormData(form).has('consent')).to.equal(false);
    control.focus();
    expect(deepActiveElement()).to.equal(box(control));
    await sendKeys({ press: 'Space' });
    expect(control.checked).to.equal(true);
    expect(control.answer).to.equal(true);
    expect((await axNode(box(control))).checked).to.equal('true');
    expect(new FormData(form).getAll('consent')).to.deep.equal(['on']);
    await sendKeys({ press: 'Space' });
    expect(control.answer).to.equal(false);
    expect((await axNode(box(control))).checked).to.equal('false');
    expect(new FormData(form).has('consent')).to.equal(false);
  });

  it('submits its own value attribute when ticked, and a click on its label ticks it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-checkbox name="newsletter" value="yes" label="Send me news"></sf-checkbox></form>`);
    const control = form.querySelector('sf-checkbox')!;
    await control.updateComplete;
    let changes = 0;
    control.addEventListener('change', () => changes++);
    control.shadowRoot!.querySelector('label')!.click();
    await control.updateComplete;
    expect(new FormData(form).get('newsletter')).to.equal('yes');
    expect(changes).to.equal(1);
    // An optional box may stay unticked.
    control.checked = false;
    await control.updateComplete;
    expect(control.checkValidity()).to.equal(true);
  });

  it('resets to its default: unticked, or ticked when the page set `checked`', async () => {
    const { form, control } = await mount();
    control.focus();
    await sendKeys({ press: 'Space' });
    form.reset();
    await control.updateComplete;
    expect(box(control).checked).to.equal(false);
    const ticked = await fixture<HTMLFormElement>(html`<form><sf-checkbox name="copy" label="Send me a copy" checked></sf-checkbox></form>`);
    const copy = ticked.querySelector('sf-checkbox')!;
    await copy.updateComplete;
    copy.focus();
    await sendKeys({ press: 'Space' });
    expect(new FormData(ticked).has('copy')).to.equal(false);
    ticked.reset();
    await copy.updateComplete;
    expect(box(copy).checked).to.equal(true);
    expect(new FormData(ticked).get('copy')).to.equal('on');
  });

  it('has a box of at least 24×24 CSS px (WCAG 2.5.8)', async () => {
    const { control } = await mount();
    const rect = box(control).getBoundingClientRect();
    expect(rect.width).to.be.at.least(24);
    expect(rect.height).to.be.at.least(24);
  });

  it('renders from a definition unticked, and sf-form submits true only once ticked', async () => {
    const definition: FormDefinition = {
      id: 'consent',
      version: '1.0.0',
      locales: ['en'],
      title: { en: 'Consent' },
      pages: [{ id: 'consent', title: { en: 'Consent' }, fields: [{ type: 'checkbox', name: 'consent', label: { en: LABEL }, required: true }] }],
    };
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    const control = form.shadowRoot!.querySelector<SfCheckbox>('#sf-field-consent')!;
    await control.updateComplete;
    expect(box(control).checked).to.equal(false);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector('sf-error-summary'), 'the error summary shows');
    expect(adapter.calls).to.equal(0);
    expect(control.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: Tick the box to confirm: ${LABEL}`);
    await expectAccessible(form);
    control.focus();
    await sendKeys({ press: 'Space' });
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => adapter.calls === 1, 'the form is submitted');
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ consent: true }]);
  });
});
