import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { liveRegionText, type SfRepeatable, type SfTextField } from '@service-forms/elements';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

async function render(min = 0, max = 3) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <sf-repeatable name="members" label="Household members" hint="Everyone who lives with you" item-label="Household member" min=${min} max=${max}>
      <template>
        <sf-text-field name="fullName" label="Full name" autocomplete="off"></sf-text-field>
        <sf-text-field name="iin" label="IIN" format="iin"></sf-text-field>
      </template>
    </sf-repeatable>
  </form>`);
  const repeatable = form.querySelector<SfRepeatable>('sf-repeatable')!;
  await repeatable.updateComplete;
  return { form, repeatable };
}
const button = (repeatable: SfRepeatable, selector: string) => repeatable.shadowRoot!.querySelector<HTMLButtonElement>(selector);
const fields = (repeatable: SfRepeatable) => [...repeatable.querySelectorAll<SfTextField>('sf-text-field')];

describe('sf-repeatable (plain HTML, from a template)', () => {
  it('starts with min items, adds with focus on the new first field, and says so', async () => {
    const { repeatable } = await render(1);
    expect(repeatable.count).to.equal(1);
    expect(fields(repeatable).map((f) => f.name)).to.deep.equal(['members[0].fullName', 'members[0].iin']);
    expect(button(repeatable, '.remove')).to.equal(null); // at min, nothing to remove
    const add = button(repeatable, '.add')!;
    expect(add.textContent!.trim()).to.equal('Add another household member');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => repeatable.count === 2);
    await waitUntil(() => deepActiveElement() === fields(repeatable)[2]!.shadowRoot!.querySelector('input'), 'focus on the new item’s first field');
    expect(fields(repeatable).map((f) => f.name)).to.deep.equal(['members[0].fullName', 'members[0].iin', 'members[1].fullName', 'members[1].iin']);
    await waitUntil(() => liveRegionText() === 'Household member 2 added');
    const heading = repeatable.shadowRoot!.querySelector('#item-1-heading')!;
    expect(heading.textContent).to.equal('Household member 2');
    expect((await axNode(repeatable.shadowRoot!.querySelectorAll('.item')[1]!)).name).to.equal('Household member 2');
  });

  it('puts every item’s values into FormData under numbered names', async () => {
    const { form, repeatable } = await render(0);
    button(repeatable, '.add')!.click();
    await waitUntil(() => repeatable.count === 1);
    button(repeatable, '.add')!.click();
    await waitUntil(() => repeatable.count === 2);
    const [name0, iin0, name1, iin1] = fields(repeatable);
    name0!.value = 'Әлия';
    iin0!.value = '850703400420';
    name1!.value = 'Қайрат';
    iin1!.value = '900115300013';
    await Promise.all(fields(repeatable).map((f) => f.updateComplete));
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['members[0].fullName', 'Әлия'],
      ['members[0].iin', '850703400420'],
      ['members[1].fullName', 'Қайрат'],
      ['members[1].iin', '900115300013'],
    ]);
  });

  it('removes with a labelled button, renumbers, moves focus to the next item and announces it', async () => {
    const { form, repeatable } = await render(0);
    for (let i = 1; i <= 3; i++) {
      button(repeatable, '.add')!.click();
      await waitUntil(() => repeatable.count === i);
    }
    expect(button(repeatable, '.add')).to.equal(null); // at max
    fields(repeatable).forEach((f, i) => (f.value = `v${i}`));
    const removes = [...repeatable.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')];
    expect((await axNode(removes[1]!)).name).to.equal('Remove household member 2');
    removes[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => repeatable.count === 2);
    await repeatable.updateComplete;
    await waitUntil(() => deepActiveElement() === repeatable.shadowRoot!.querySelector('#item-1-heading'), 'focus on the heading that took its place');
    await waitUntil(() => liveRegionText() === 'Household member 2 removed');
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['members[0].fullName', 'v0'],
      ['members[0].iin', 'v1'],
      ['members[1].fullName', 'v4'],
      ['members[1].iin', 'v5'],
    ]);
    // Removing the last item sends focus to the previous heading; removing all, to the add button.
    repeatable.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')[1]!.click();
    await waitUntil(() => repeatable.count === 1);
    await waitUntil(() => deepActiveElement() === repeatable.shadowRoot!.querySelector('#item-0-heading'));
    repeatable.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await waitUntil(() => repeatable.count === 0);
    await waitUntil(() => deepActiveElement() === button(repeatable, '.add'));
    expect(button(repeatable, '.add')!.textContent!.trim()).to.equal('Add household member');
  });

  it('is accessible with items and with an error', async () => {
    const { repeatable, form } = await render(1);
    button(repeatable, '.add')!.click();
    await waitUntil(() => repeatable.count === 2);
    repeatable.error = 'You can add up to 3 items to household members';
    await repeatable.updateComplete;
    const group = await axNode(repeatable.shadowRoot!.querySelector('fieldset')!);
    expect(group.name).to.equal('Household members');
    expect(group.description).to.equal('Everyone who lives with you Error: You can add up to 3 items to household members');
    await expectAccessible(form);
  });
});

describe('sf-repeatable in a disabled fieldset', () => {
  it('disables its add and remove buttons', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <sf-repeatable name="m" label="Members" item-label="Member" min="1" max="3"><template><sf-text-field name="n" label="Name"></sf-text-field></template></sf-repeatable>
      <sf-repeatable name="k" label="Children" item-label="Child" min="0" max="3"><template><sf-text-field name="n" label="Name"></sf-text-field></template></sf-repeatable>
    </fieldset></form>`);
    const [withItem, empty] = [...form.querySelectorAll<SfRepeatable>('sf-repeatable')];
    await withItem!.updateComplete;
    await empty!.updateComplete;
    expect(button(withItem!, '.add')!.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await withItem!.updateComplete;
    expect(button(withItem!, '.add')!.disabled).to.equal(false);
  });
});
