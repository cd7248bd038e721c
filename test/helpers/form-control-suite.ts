import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { FormControl, SfAnswerEvent } from '@service-forms/elements';
import { axNode, deepActiveElement, expectAccessible } from './a11y.js';

/** What the shared suite needs to know about one control. */
export interface FormControlSuite<T extends FormControl> {
  tag: string;
  /** The control, required, named `answer`, with `label` and `hint`; `extra` adds attributes. */
  render(options: { disabled?: boolean; value?: string }): TemplateResult;
  /** The visible label (or legend). */
  label: string;
  hint: string;
  /** Role of the node that carries the name and description (textbox, group). */
  namedRole: string;
  /** The node whose name and description are asserted: the input, or the group's fieldset. */
  namedNode(control: T): Element;
  /** The native control that receives focus and is disabled. */
  stateNode(control: T): HTMLElement;
  /** The node that exposes required and invalid (default: `stateNode`; a radio group's group). */
  axStateNode?(control: T): Element;
  /** Gives a valid answer with the keyboard alone; focus is on the control when called. */
  fill(control: T): Promise<void>;
  /** What FormData holds under `answer` after `fill`. */
  filledValue: string;
  /** A default value (the `value` attribute) and what FormData holds for it. */
  defaultValue: string;
  /** A state the browser could restore, and the FormData value that results. */
  restoreState: string | FormData;
  restoredValue: string;
  /** The inline error after submitting it empty. */
  requiredMessage: string;
  /**
   * What the form submits under `answer`, as text to compare (default: FormData's `get`). A file
   * control submits File objects, which no string equals: it gives their names.
   */
  formValue?(form: HTMLFormElement): FormDataEntryValue | null;
  /** False where Chromium exposes no required state (a file input is a button). Default true. */
  exposesRequired?: boolean;
  /** False where a native control does not submit on Enter (Enter opens a file chooser). Default true. */
  submitsOnEnter?: boolean;
}

async function mount<T extends FormControl>(suite: FormControlSuite<T>, options: { disabled?: boolean; value?: string } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form>${suite.render(options)}</form>`);
  const control = form.querySelector(suite.tag) as T;
  await control.updateComplete;
  return { form, control };
}

/**
 * The one suite every form control passes (STYLE.md): FormData, reset, restore, disabled,
 * required validity, focus delegation, axe, and the accessibility-tree node through CDP.
 */
export function runFormControlSuite<T extends FormControl>(suite: FormControlSuite<T>): void {
  const value = (form: HTMLFormElement) => (suite.formValue ? suite.formValue(form) : new FormData(form).get('answer'));
  describe(`${suite.tag}: shared form-control suite`, () => {
    it('is form-associated and puts the filled value into FormData', async () => {
      const { form, control } = await mount(suite);
      expect(control.form).to.equal(form);
      expect(value(form) ?? '').to.equal('');
      control.focus();
      await suite.fill(control);
      await control.updateComplete;
      expect(value(form)).to.equal(suite.filledValue);
    });

    it('resets to its default value with the form', async () => {
      const { form, control } = await mount(suite, { value: suite.defaultValue });
      expect(value(form)).to.equal(suite.defaultValue);
      control.focus();
      await suite.fill(control);
      await control.updateComplete;
      expect(value(form)).to.equal(suite.filledValue);
      form.reset();
      await control.updateComplete;
      expect(value(form)).to.equal(suite.defaultValue);
    });

    it('restores a state the browser kept', async () => {
      const { form, control } = await mount(suite);
      control.formStateRestoreCallback(suite.restoreState);
      await control.updateComplete;
      expect(value(form)).to.equal(suite.restoredValue);
    });

    it('is disabled by its attribute and by a disabled fieldset, and then not submitted', async () => {
      const { form, control } = await mount(suite, { disabled: true, value: suite.defaultValue });
      expect(suite.stateNode(control).matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('answer')).to.equal(false);
      expect((await axNode(suite.stateNode(control))).disabled).to.equal(true);

      const wrapper = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${suite.render({ value: suite.defaultValue })}</fieldset></form>`);
      const inFieldset = wrapper.querySelector(suite.tag) as T;
      await inFieldset.updateComplete;
      expect(suite.stateNode(inFieldset).matches(':disabled')).to.equal(true);
      expect(new FormData(wrapper).has('answer')).to.equal(false);
      wrapper.querySelector('fieldset')!.disabled = false;
      await inFieldset.updateComplete;
      expect(suite.stateNode(inFieldset).matches(':disabled')).to.equal(false);
      expect(value(wrapper)).to.equal(suite.defaultValue);
    });

    it('reports required validity, anchored on the native control, without showing it early', async () => {
      const { form, control } = await mount(suite);
      expect(control.checkValidity()).to.equal(false);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.equal(suite.requiredMessage);
      // The control's own checkValidity is a question: it does not reveal the error.
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(form.checkValidity()).to.equal(false);
      control.focus();
      await suite.fill(control);
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(true);
      expect(control.validationMessage).to.equal('');
    });

    it('delegates focus to the native control', async () => {
      const { control } = await mount(suite);
      control.focus();
      expect(deepActiveElement()).to.equal(suite.stateNode(control));
      expect(document.activeElement).to.equal(control);
    });

    it('exposes exact name, description, required and invalid in the accessibility tree', async () => {
      const { control } = await mount(suite);
      const named = await axNode(suite.namedNode(control));
      expect(named.role).to.equal(suite.namedRole);
      expect(named.name).to.equal(suite.label);
      expect(named.description).to.equal(suite.hint);
      const before = await axNode((suite.axStateNode ?? suite.stateNode)(control));
      expect(before.required).to.equal(suite.exposesRequired ?? true);
      expect(before.invalid).to.equal('false');
    });

    it('after a failed submit shows the inline error, described and invalid, and focuses the control', async () => {
      const { form, control } = await mount(suite);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await control.updateComplete;
      expect(submitted).to.equal(false);
      expect(control.matches(':state(user-invalid)')).to.equal(true);
      const error = control.shadowRoot!.querySelector('.error')!;
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${suite.requiredMessage}`);
      expect(deepActiveElement()).to.equal(suite.stateNode(control));
      const named = await axNode(suite.namedNode(control));
      expect(named.description).to.equal(`${suite.hint} Error: ${suite.requiredMessage}`);
      expect((await axNode((suite.axStateNode ?? suite.stateNode)(control))).invalid).to.equal('true');
      await expectAccessible(form);

      // Fixing the answer clears the error as the person types: no second submit needed.
      await suite.fill(control);
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('.error')).to.equal(null);
      expect((await axNode((suite.axStateNode ?? suite.stateNode)(control))).invalid).to.equal('false');
    });

    it('a new name is a new field: the error shown for the old name does not carry over', async () => {
      const { form, control } = await mount(suite);
      form.addEventListener('submit', (event) => event.preventDefault());
      form.requestSubmit();
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('.error'), 'shown after the submit').not.to.equal(null);
      // What a template that reuses the element for the next page's field does.
      control.name = 'another';
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(control.matches(':state(user-invalid)')).to.equal(false);
      expect((await axNode((suite.axStateNode ?? suite.stateNode)(control))).invalid).to.equal('false');
      expect((await axNode(suite.namedNode(control))).description).to.equal(suite.hint);
      // Still invalid, and said so again at the next submit.
      expect(control.checkValidity()).to.equal(false);
      form.requestSubmit();
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${suite.requiredMessage}`);
    });

    it('reports its answer one way (sf-answer): once as it renders, then once per new answer, and afresh under a new name', async () => {
      const reports: Array<[string, unknown, boolean]> = [];
      const record = (event: SfAnswerEvent) => {
        if (event.target instanceof Element && event.target.localName === suite.tag) reports.push([(event.target as FormControl).name, event.answer, event.first]);
      };
      document.addEventListener('sf-answer', record);
      try {
        const { control } = await mount(suite);
        expect(reports).to.deep.equal([['answer', control.answer, true]]);
        control.focus();
        await suite.fill(control);
        await control.updateComplete;
        expect(reports.length, 'a report per new answer').to.be.greaterThan(1);
        expect(reports.at(-1)).to.deep.equal(['answer', control.answer, false]);
        const count = reports.length;
        // An update with the same answer (its error shown) reports nothing.
        control.showValidation();
        await control.updateComplete;
        expect(reports.length).to.equal(count);
        // A value set by script is reported, and report() does it in the same task.
        control.formResetCallback();
        control.report();
        expect(reports.length).to.equal(count + 1);
        expect(reports.at(-1)).to.deep.equal(['answer', control.answer, false]);
        control.name = 'another';
        await control.updateComplete;
        expect(reports.at(-1)).to.deep.equal(['another', control.answer, true]);
      } finally {
        document.removeEventListener('sf-answer', record);
      }
    });

    it('is accessible empty, filled and disabled (axe, violations and incomplete fail)', async () => {
      const { control, form } = await mount(suite);
      await expectAccessible(form);
      control.focus();
      await suite.fill(control);
      await control.updateComplete;
      await expectAccessible(form);
      const disabled = await mount(suite, { disabled: true });
      await expectAccessible(disabled.form);
    });

    it(suite.submitsOnEnter === false ? 'does not submit its form on Enter, as the native control does not' : 'submits its form on Enter where a native control would', async () => {
      const { form, control } = await mount(suite);
      control.focus();
      await suite.fill(control);
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      control.focus();
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(suite.submitsOnEnter === false ? 0 : 1);
    });
  });
}
