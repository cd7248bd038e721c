import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { setLocale, type SfForm, type SfRadioGroup, type SfRepeatable, type SfTextField, type SfErrorSummary } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import type { FormDefinition } from '@service-forms/core';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

const definition = (): FormDefinition => ({
  id: 'assistance',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Social assistance' },
  pages: [
    {
      id: 'household',
      title: { en: 'Your household' },
      fields: [
        {
          type: 'fieldset',
          name: 'address',
          label: { en: 'Registered address' },
          fields: [{ type: 'text', name: 'settlement', label: { en: 'Town or village' }, required: true, autocomplete: 'address-level2' }],
        },
        {
          type: 'radios',
          name: 'hasDisability',
          label: { en: 'Do you have a disability?' },
          required: true,
          options: [
            {
              value: 'yes',
              label: { en: 'Yes' },
              reveals: [{ type: 'text', name: 'adjustments', label: { en: 'What adjustments do you need?' }, required: true }],
            },
            { value: 'no', label: { en: 'No' } },
          ],
        },
        {
          type: 'repeatable',
          name: 'members',
          label: { en: 'Household members' },
          itemLabel: { en: 'Household member' },
          max: 2,
          fields: [
            { type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true },
            { type: 'text', name: 'iin', format: 'iin', label: { en: 'IIN' }, required: true },
          ],
        },
      ],
    },
  ],
});

async function render(adapter = new MemoryAdapter()) {
  const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .adapter=${adapter}></sf-form>`);
  await form.updateComplete;
  return form;
}
const root = (form: SfForm) => form.shadowRoot!;
const control = <T extends HTMLElement = SfTextField>(form: SfForm, name: string) => root(form).querySelector<T>(`[name="${name}"]`)!;
const input = (form: SfForm, name: string) => control(form, name).shadowRoot!.querySelector('input')!;
const submit = (form: SfForm) => root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!;

describe('sf-form: fieldsets, conditional reveal, add another', () => {
  it('reveals a field under its option, keeps its text when hidden, and never submits it hidden', async () => {
    const adapter = new MemoryAdapter();
    const form = await render(adapter);
    control(form, 'settlement').value = 'Kosshy';
    const radios = control<SfRadioGroup>(form, 'hasDisability');
    const [yes, no] = radios.shadowRoot!.querySelectorAll('input');
    const reveal = radios.shadowRoot!.querySelector<HTMLElement>('#reveal-0')!;
    expect(yes!.getAttribute('aria-controls')).to.equal('reveal-0');
    expect(reveal.hidden).to.equal(true);

    yes!.focus();
    await sendKeys({ press: 'Space' });
    await radios.updateComplete;
    expect(reveal.hidden).to.equal(false);
    const group = await axNode(reveal);
    expect(group.role).to.equal('group');
    expect(group.name).to.equal('Yes');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(input(form, 'adjustments'));
    await sendKeys({ type: 'A ramp at the entrance' });

    // Choose No: the revealed field hides, keeps its text, and is not submitted.
    no!.focus();
    await sendKeys({ press: 'Space' });
    await radios.updateComplete;
    expect(reveal.hidden).to.equal(true);
    expect(control(form, 'adjustments').value).to.equal('A ramp at the entrance');
    submit(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ settlement: 'Kosshy', hasDisability: 'no' }]);
  });

  it('validates a revealed field only while it shows', async () => {
    const form = await render();
    control(form, 'settlement').value = 'Kosshy';
    control<SfRadioGroup>(form, 'hasDisability').value = 'yes';
    await form.updateComplete;
    submit(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(['Enter what adjustments do you need?']);
  });

  it('adds household members, focuses each new one, and submits them as a list', async () => {
    const adapter = new MemoryAdapter();
    const form = await render(adapter);
    control(form, 'settlement').value = 'Kosshy';
    control<SfRadioGroup>(form, 'hasDisability').value = 'no';
    await form.updateComplete;
    const repeatable = root(form).querySelector<SfRepeatable>('sf-repeatable')!;
    const add = () => repeatable.shadowRoot!.querySelector<HTMLButtonElement>('.add')!;

    add().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === input(form, 'members[0].fullName'), 'focus on member 1');
    await sendKeys({ type: 'Әлия' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '850703400420' });
    add().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === input(form, 'members[1].fullName'), 'focus on member 2');
    await sendKeys({ type: 'Қайрат' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '900115300014' });
    expect(repeatable.shadowRoot!.querySelector('.add')).to.equal(null); // max 2

    submit(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Check IIN: one of the digits is wrong');
    link.click();
    expect(deepActiveElement()).to.equal(input(form, 'members[1].iin'));
    await expectAccessible(form);

    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    submit(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([
      {
        settlement: 'Kosshy',
        hasDisability: 'no',
        members: [
          { fullName: 'Әлия', iin: '850703400420' },
          { fullName: 'Қайрат', iin: '900115300013' },
        ],
      },
    ]);
  });

  it('removing a member takes its answers with it, not its neighbour’s', async () => {
    const adapter = new MemoryAdapter();
    const form = await render(adapter);
    control(form, 'settlement').value = 'Kosshy';
    control<SfRadioGroup>(form, 'hasDisability').value = 'no';
    await form.updateComplete;
    const repeatable = root(form).querySelector<SfRepeatable>('sf-repeatable')!;
    for (const [i, [name, iin]] of [['Әлия', '850703400420'], ['Қайрат', '900115300013']].entries()) {
      repeatable.shadowRoot!.querySelector<HTMLButtonElement>('.add')!.click();
      await waitUntil(() => control(form, `members[${i}].iin`));
      input(form, `members[${i}].fullName`).focus();
      await sendKeys({ type: name! });
      input(form, `members[${i}].iin`).focus();
      await sendKeys({ type: iin! });
    }
    repeatable.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')[0]!.click();
    await waitUntil(() => repeatable.count === 1);
    expect(control(form, 'members[0].fullName').value).to.equal('Қайрат');
    submit(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions[0]!.answers.members).to.deep.equal([{ fullName: 'Қайрат', iin: '900115300013' }]);
  });
});

describe('sf-form: checkbox options that reveal fields', () => {
  const def = (): FormDefinition => ({
    id: 'feedback',
    version: '1.0.0',
    locales: ['en'],
    title: { en: 'Feedback' },
    pages: [
      {
        id: 'reasons',
        title: { en: 'Reasons' },
        fields: [
          {
            type: 'checkboxes',
            name: 'reasons',
            label: { en: 'What went wrong?' },
            required: true,
            options: [
              { value: 'slow', label: { en: 'It was slow' } },
              { value: 'other', label: { en: 'Something else' }, reveals: [{ type: 'text', name: 'otherReason', label: { en: 'What else went wrong?' }, required: true }] },
            ],
          },
        ],
      },
    ],
  });

  it('reveals under a ticked box, validates it only while ticked, and submits it only then', async () => {
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${def()} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    const group = root(form).querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('sf-checkbox-group')!;
    await group.updateComplete;
    const [slow, other] = group.shadowRoot!.querySelectorAll('input');
    const reveal = group.shadowRoot!.querySelector<HTMLElement>('#reveal-1')!;
    expect(other!.getAttribute('aria-controls')).to.equal('reveal-1');
    expect(reveal.hidden).to.equal(true);
    other!.focus();
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(reveal.hidden).to.equal(false);
    expect((await axNode(reveal)).name).to.equal('Something else');
    submit(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    const summary = root(form).querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal(['Enter what else went wrong?']);
    await expectAccessible(form);
    input(form, 'otherReason').focus();
    await sendKeys({ type: 'No answer by phone' });
    slow!.focus();
    await sendKeys({ press: 'Space' });
    submit(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ reasons: ['slow', 'other'], otherReason: 'No answer by phone' }]);
  });
});

describe('sf-form: a repeatable\'s own error, rendered from the form\'s state', () => {
  const children = (): FormDefinition => ({
    id: 'family',
    version: '1.0.0',
    locales: ['en', 'ru'],
    title: { en: 'Large family benefit', ru: 'Пособие многодетным семьям' },
    pages: [
      {
        id: 'children',
        title: { en: 'Your children', ru: 'Ваши дети' },
        fields: [
          {
            type: 'repeatable',
            name: 'children',
            label: { en: 'Children', ru: 'Дети' },
            itemLabel: { en: 'Child', ru: 'Ребёнок' },
            min: 1,
            fields: [{ type: 'text', name: 'fullName', label: { en: 'Full name', ru: 'ФИО' }, required: true }],
          },
        ],
      },
    ],
  });
  afterEach(() => setLocale('en'));

  it('shows too few items under the legend, rewords it on a language switch, and drops it once the page holds', async () => {
    const adapter = new MemoryAdapter();
    const form = await fixture<SfForm>(html`<sf-form .definition=${children()} .adapter=${adapter}></sf-form>`);
    await form.updateComplete;
    const repeatable = root(form).querySelector<SfRepeatable>('sf-repeatable')!;
    expect(repeatable.error).to.equal('');
    submit(form).click();
    await waitUntil(() => root(form).querySelector('sf-error-summary'));
    await repeatable.updateComplete;
    expect(repeatable.error).to.equal('Add at least one item to children');
    expect(repeatable.shadowRoot!.querySelector('#error')!.textContent).to.contain('Add at least one item to children');

    await setLocale('ru');
    await form.updateComplete;
    expect(repeatable.error).to.equal('Добавьте хотя бы одну запись в раздел «Дети»');

    repeatable.shadowRoot!.querySelector<HTMLButtonElement>('.add')!.click();
    await waitUntil(() => control(form, 'children[0].fullName'), 'the first child');
    await form.updateComplete;
    // Still the last Continue's finding until the next Continue.
    expect(repeatable.error).to.equal('Добавьте хотя бы одну запись в раздел «Дети»');
    input(form, 'children[0].fullName').focus();
    await sendKeys({ type: 'Әлия' });
    submit(form).click();
    await waitUntil(() => root(form).querySelector('.confirmation'));
    expect(adapter.submissions.map((s) => s.answers)).to.deep.equal([{ children: [{ fullName: 'Әлия' }] }]);
  });
});
