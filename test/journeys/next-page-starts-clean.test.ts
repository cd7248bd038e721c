import { expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import type { SfForm } from '@service-forms/elements';
import { axNode } from '../helpers/a11y.js';
import {
  bornYearsAgo,
  expectValidIdentifiers,
  field,
  inner,
  innerInput,
  makeIin,
  onPage,
  openForm,
  options,
  press,
  progress,
  resetPage,
  submitButton,
  summaryTexts,
  type,
} from '../helpers/journey.js';

/**
 * Issue 12, part 1: a page opened after a failed page and its fix starts clean. Lit reuses a
 * control that sits in the same template position on the next page; the shown-error state
 * belongs to the field, so the next page's fields must not inherit it. For each example form:
 * a failed Continue (the error summary shows), a fix typed by keyboard, Continue, and then every
 * field of the next page is read through Chromium's accessibility tree: not invalid, no error in
 * its description, no inline error, and no error summary.
 */

const ERROR_WORDS = /Error|Қате|Ошибка/;

/** Asserts that no field of the page shows an error, as a screen reader would perceive it. */
async function expectCleanPage(form: SfForm, expectedFields: string[]): Promise<void> {
  expect(inner(form).querySelector('sf-error-summary'), 'the error summary is gone').to.equal(null);
  const controls = [...inner(form).querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('[data-sf-field]')].filter((c) => c.checkVisibility());
  expect(controls.map((c) => c.getAttribute('name'))).to.deep.equal(expectedFields);
  for (const control of controls) {
    await control.updateComplete;
    const name = control.getAttribute('name');
    const inline = control.shadowRoot!.querySelector('.error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    expect(inline, `${name}: no inline error`).to.equal('');
    expect(control.matches(':state(user-invalid)'), `${name}: not :state(user-invalid)`).to.equal(false);
    const nodes = [...control.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, [role="radiogroup"], [aria-invalid]')].filter((n) => n.checkVisibility());
    expect(nodes.length, `${name}: has a control to read`).to.be.greaterThan(0);
    for (const node of nodes) {
      const ax = await axNode(node);
      expect(ax.invalid, `${name} ${node.localName} "${ax.name}": invalid`).to.equal('false');
      expect(ax.description, `${name} ${node.localName} "${ax.name}": description`).not.to.match(ERROR_WORDS);
    }
  }
}

/** Presses Continue with the keyboard. */
async function continueByKeyboard(form: SfForm): Promise<void> {
  submitButton(form).focus();
  await press('Enter');
}

/** Focuses a box and types into it, as a person does after following a summary link. */
async function typeInto(form: SfForm, name: string, text: string, selector = 'input'): Promise<void> {
  innerInput(form, name, selector).focus();
  await type(text);
}

describe('journey: the page after a failed and fixed page starts clean (issue 12)', function () {
  this.timeout(40000);
  afterEach(resetPage);

  it('job-seeker: a minor fixes "About you"; both boxes of "Your legal representative" in the same places start clean', async () => {
    const born = bornYearsAgo(15);
    const minor = makeIin(born, 'female', 7);
    expectValidIdentifiers({ iins: [minor] });
    const form = await openForm('/examples/forms/job-seeker.json', { adapter: new MemoryAdapter() });
    await continueByKeyboard(form);
    expect(await summaryTexts(form)).to.have.length(4);

    await typeInto(form, 'iin', minor);
    await typeInto(form, 'fullName', 'Айгерім Серікқызы');
    const [year, month, day] = born.split('-');
    await typeInto(form, 'dateOfBirth', String(Number(day)), '#day');
    await typeInto(form, 'dateOfBirth', String(Number(month)), '#month');
    await typeInto(form, 'dateOfBirth', year!, '#year');
    options(form, 'hasDisability')[1]!.focus();
    await press('Space');
    await continueByKeyboard(form);

    await onPage(form, 'Your legal representative', 'Step 2 of 9');
    await expectCleanPage(form, ['representativeName', 'representativeIin', 'representativeRelationship', 'representativePhone']);
  });

  it('labour contract, in Kazakh: a failed "The employee", fixed; "The contract" starts clean', async () => {
    const draftStore = new MemoryDraftStore();
    await draftStore.save('labour-contract', '1.0.0', { employerType: 'legal-entity', employerBin: '940140000385' }, { step: 'employee' });
    const form = await openForm('/examples/forms/labour-contract.json', { adapter: new MemoryAdapter(), draftStore, locale: 'kk' });
    await waitUntil(() => progress(form).startsWith('2-'), 'the form speaks Kazakh on its second page');
    await continueByKeyboard(form);
    expect(await summaryTexts(form)).to.have.length(1);
    await typeInto(form, 'employeeIin', '850703400420');
    await continueByKeyboard(form);
    await waitUntil(() => progress(form).startsWith('3-'), 'the third page');
    await waitUntil(() => field(form, 'contractNumber') !== null);
    await expectCleanPage(form, ['contractNumber', 'contractDate']);
  });

  it('social assistance, in Russian: a failed "Social contract", fixed; "Declaration" starts clean', async () => {
    const draftStore = new MemoryDraftStore();
    await draftStore.save(
      'targeted-social-assistance',
      '1.0.0',
      {
        applicantIin: '900115300013',
        applicantPhone: '+7 705 111 22 33',
        addressRegion: 'astana',
        addressSettlement: 'Astana',
        addressStreet: 'Mangilik El avenue',
        addressBuilding: '8',
        householdMembers: [],
        canWork: 'yes',
        monthlyIncome: '95000',
        iban: 'KZ16601A871001234567',
      },
      { step: 'social-contract' },
    );
    const form = await openForm('/examples/forms/social-assistance.json', { adapter: new MemoryAdapter(), draftStore, locale: 'ru' });
    await waitUntil(() => progress(form) === 'Шаг 7 из 8', 'the form speaks Russian on "Social contract"');
    await continueByKeyboard(form);
    expect(await summaryTexts(form)).to.have.length(1);
    innerInput(form, 'socialContractConsent').focus();
    await press('Space');
    await continueByKeyboard(form);
    await waitUntil(() => progress(form) === 'Шаг 8 из 8', 'the declaration page');
    await expectCleanPage(form, ['personalDataConsent']);
  });

  it('large-family benefit: a failed "About you", fixed; "Your children" starts clean', async () => {
    const form = await openForm('/examples/forms/large-family-benefit.json', { adapter: new MemoryAdapter() });
    await continueByKeyboard(form);
    expect(await summaryTexts(form)).to.have.length(2);
    await typeInto(form, 'applicantIin', '850703400420');
    await typeInto(form, 'applicantPhone', '8 701 555 12 34');
    await continueByKeyboard(form);
    await onPage(form, 'Your children', 'Step 2 of 4');
    expect(inner(form).querySelector('sf-error-summary')).to.equal(null);
    const add = field(form, 'children').shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    add.focus();
    await press('Enter');
    await waitUntil(() => inner(form).querySelector('[name="children[0].childIin"]'), 'a child item is added');
    await expectCleanPage(form, ['children[0].childIin', 'children[0].childName']);
  });

  it('service feedback: a failed "Your rating", fixed; "Getting a reply" starts clean', async () => {
    const draftStore = new MemoryDraftStore();
    await draftStore.save('service-feedback', '1.0.0', { service: 'labour-contract', channel: 'online' }, { step: 'rating' });
    const form = await openForm('/examples/forms/service-feedback.json', { adapter: new MemoryAdapter(), draftStore });
    await waitUntil(() => progress(form) === 'Step 2 of 3', 'the form opens on "Your rating"');
    await continueByKeyboard(form);
    expect(await summaryTexts(form)).to.have.length(1);
    const ratings = options(form, 'rating');
    ratings[4]!.focus();
    await press('Space');
    await continueByKeyboard(form);
    await onPage(form, 'Getting a reply', 'Step 3 of 3');
    await expectCleanPage(form, ['wantsReply']);
  });
});
