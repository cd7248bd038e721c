import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfRadioGroup } from '@service-forms/elements';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, axSubtree, deepActiveElement, type AxTree } from '../../../../test/helpers/a11y.js';

const radios = (control: SfRadioGroup) => [...control.shadowRoot!.querySelectorAll('input')];

runFormControlSuite<SfRadioGroup>({
  tag: 'sf-radio-group',
  render: ({ disabled, value }) => html`<sf-radio-group
    name="answer"
    label="Do you have a disability?"
    hint="We use this to offer adjustments"
    required
    ?disabled=${disabled}
    value=${value ?? ''}
  >
    <option value="yes">Yes</option>
    <option value="no">No</option>
  </sf-radio-group>`,
  label: 'Do you have a disability?',
  hint: 'We use this to offer adjustments',
  namedRole: 'group',
  namedNode: (control) => control.shadowRoot!.querySelector('fieldset')!,
  stateNode: (control) => radios(control)[0]!,
  // ARIA has no required state for a group and Chromium none on a radio: invalid is on each radio.
  exposesRequired: false,
  fill: async (control) => {
    // Space checks the focused radio, as for a native group.
    radios(control)[0]!.focus();
    await sendKeys({ press: 'Space' });
  },
  filledValue: 'yes',
  defaultValue: 'no',
  restoreState: 'no',
  restoredValue: 'no',
  requiredMessage: 'Select an answer for: Do you have a disability?',
});

describe('sf-radio-group', () => {
  const render = () =>
    fixture<SfRadioGroup>(html`<sf-radio-group name="schedule" label="Schedule">
      <option value="full">Full-time</option>
      <option value="part">Part-time</option>
      <option value="shift">Shift work</option>
      <option value="remote" title="Work from home">Remote</option>
    </sf-radio-group>`);

  it('moves and checks with arrow keys inside one group, exposing "n of 4"', async () => {
    const control = await render();
    control.focus();
    expect(deepActiveElement()).to.equal(radios(control)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(control.value).to.equal('part');
    expect(deepActiveElement()).to.equal(radios(control)[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(control.value).to.equal('remote');
    await sendKeys({ press: 'ArrowDown' });
    expect(control.value).to.equal('full');
    const node = await axNode(radios(control)[1]!);
    expect(node.role).to.equal('radio');
    expect(node.name).to.equal('Part-time');
    expect(node.checked).to.equal('false');
    expect((await axNode(radios(control)[0]!)).checked).to.equal('true');
  });

  it('gives an option hint as that radio’s description', async () => {
    const control = await render();
    const remote = await axNode(radios(control)[3]!);
    expect(remote.name).to.equal('Remote');
    expect(remote.description).to.equal('Work from home');
  });

  it('focuses the checked radio, as Tab would', async () => {
    const control = await render();
    control.value = 'shift';
    await control.updateComplete;
    control.focus();
    expect(deepActiveElement()).to.equal(radios(control)[2]);
  });

  it('takes options from the property and tells an unknown value apart', async () => {
    const control = await fixture<SfRadioGroup>(html`<sf-radio-group name="r" label="Rating"></sf-radio-group>`);
    control.options = [
      { value: '1', label: 'Very poor' },
      { value: '5', label: 'Very good' },
    ];
    control.value = '3';
    await control.updateComplete;
    expect(radios(control).map((r) => r.checked)).to.deep.equal([false, false]);
    expect(control.validationError?.code).to.equal('invalid_option');
  });

  it('re-fires change once per choice', async () => {
    const control = await render();
    let changes = 0;
    control.addEventListener('change', () => changes++);
    control.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(changes).to.equal(1);
  });
});

describe('sf-radio-group in the accessibility tree (issue 20)', () => {
  /** Every node under `tree` with its role, and for each radiogroup the roles it holds. */
  const radiogroupsHolding = (tree: AxTree): string[] => {
    const found: string[] = [];
    const rolesUnder = (node: AxTree): string[] => node.children.flatMap((child) => [child.role, ...rolesUnder(child)]);
    const walk = (node: AxTree) => {
      if (node.role === 'radiogroup') found.push(`${node.name}: ${[...new Set(rolesUnder(node).filter((role) => role !== 'generic'))].join(', ')}`);
      node.children.forEach(walk);
    };
    walk(tree);
    return found;
  };

  it('a group of radios, named by its legend, that holds the error and a revealed field; no radiogroup holds anything but radios', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <sf-radio-group name="hasDisability" label="Do you have a disability?" hint="We use this to offer adjustments" required>
        <option value="yes">Yes</option>
        <option value="no">No</option>
        <div slot="reveal-yes"><sf-text-field name="adjustments" label="What adjustments do you need?"></sf-text-field></div>
      </sf-radio-group>
    </form>`);
    form.addEventListener('submit', (event) => event.preventDefault());
    const control = form.querySelector<SfRadioGroup>('sf-radio-group')!;
    form.requestSubmit();
    await control.updateComplete;
    radios(control)[0]!.focus();
    await sendKeys({ press: 'Space' });
    form.requestSubmit();
    await control.updateComplete;

    const tree = await axSubtree(control);
    expect(radiogroupsHolding(tree)).to.deep.equal([]);
    const fieldset = control.shadowRoot!.querySelector('fieldset')!;
    const group = await axNode(fieldset);
    expect([group.role, group.name]).to.deep.equal(['group', 'Do you have a disability?']);
    // The radios, the revealed group with its box: all in the question's group, in that order.
    const roles = (node: AxTree): string[] => node.children.flatMap((child) => (child.role === 'generic' ? roles(child) : [`${child.role} ${child.name}`, ...roles(child)]));
    const inGroup = roles(tree).filter((line) => /^(radio|group|textbox) /.test(line));
    expect(inGroup).to.deep.equal([
      'group Do you have a disability?',
      'radio Yes',
      'group Yes',
      'textbox What adjustments do you need?',
      'radio No',
    ]);
  });

  it('after a failed submit each radio is invalid and the group is described by the hint and the error', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <sf-radio-group name="answer" label="Do you have a disability?" hint="We use this to offer adjustments" required>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </sf-radio-group>
    </form>`);
    form.addEventListener('submit', (event) => event.preventDefault());
    const control = form.querySelector<SfRadioGroup>('sf-radio-group')!;
    expect((await axNode(radios(control)[1]!)).invalid).to.equal('false');
    form.requestSubmit();
    await control.updateComplete;
    for (const radio of radios(control)) expect((await axNode(radio)).invalid).to.equal('true');
    expect((await axNode(control.shadowRoot!.querySelector('fieldset')!)).description).to.equal(
      'We use this to offer adjustments Error: Select an answer for: Do you have a disability?',
    );
  });
});
