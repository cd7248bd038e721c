import { expect, fixture, html } from '@open-wc/testing';
import '@service-forms/elements';
import type { SfFieldset } from '@service-forms/elements';
import { axNode, expectAccessible } from '../../../../test/helpers/a11y.js';

describe('sf-fieldset', () => {
  it('groups slotted fields under its legend, described by its hint, and leaves them in the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <sf-fieldset legend="Registered address" hint="As on your identity card">
        <sf-text-field name="street" label="Street and house" autocomplete="address-line1" value="Abai 1"></sf-text-field>
        <sf-text-field name="settlement" label="Town or village" autocomplete="address-level2" value="Kosshy"></sf-text-field>
      </sf-fieldset>
    </form>`);
    const fieldset = form.querySelector<SfFieldset>('sf-fieldset')!;
    await fieldset.updateComplete;
    const group = await axNode(fieldset.shadowRoot!.querySelector('fieldset')!);
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Registered address');
    expect(group.description).to.equal('As on your identity card');
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['street', 'Abai 1'],
      ['settlement', 'Kosshy'],
    ]);
    await expectAccessible(form);
  });

  it('has no description when it has no hint', async () => {
    const fieldset = await fixture<SfFieldset>(html`<sf-fieldset legend="Contact details"></sf-fieldset>`);
    expect(fieldset.shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
  });
});
