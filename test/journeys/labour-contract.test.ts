import { expect, waitUntil } from '@open-wc/testing';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import { expectAccessible } from '../helpers/a11y.js';
import {
  bornYearsAgo,
  changeLinks,
  checkRows,
  expectValidIdentifiers,
  expectFocus,
  field,
  focusStartOfPage,
  heading,
  inner,
  innerInput,
  isShown,
  languageButtons,
  makeIin,
  onPage,
  openForm,
  options,
  press,
  progress,
  resetPage,
  selectAll,
  submitButton,
  summaryHeading,
  summaryLinks,
  summaryTexts,
  tabPastLanguageSwitch,
  tabTo,
  type,
} from '../helpers/journey.js';

/**
 * The electronic labour contract (DOMAIN.md B), in English, with the keyboard alone: an
 * organisation's BIN revealed by its radio, an adult employee (the guardian-consent page is
 * skipped, and counted out of "Step n of m"), a fixed term revealing its end date, part-time
 * hours, a failed page (switched to Russian and back while it shows its errors), and a Change
 * from check answers that hides the end date again.
 */

const SRC = '/examples/forms/labour-contract.json';
const BIN = '940140000385';
const EMPLOYEE = '850703400420';
const MINOR = makeIin(bornYearsAgo(15), 'female', 12); // 15 today: the guardian's consent is needed

const dateParts = (form: SfForm, name: string) => ['#day', '#month', '#year'].map((part) => innerInput(form, name, part));

describe('journey: electronic labour contract (keyboard only)', function () {
  this.timeout(40000);
  let originalTitle: string;
  beforeEach(() => {
    originalTitle = document.title = 'Register an employment contract – Ministry';
  });
  afterEach(resetPage);

  it('is completed through every page, skips the guardian page for an adult, fails and fixes a page, changes the term, and submits exactly the answers', async () => {
    expectValidIdentifiers({ iins: [EMPLOYEE, MINOR], bins: [BIN] });
    const adapter = new MemoryAdapter();
    const form = await openForm(SRC, { adapter });
    await expectAccessible(form);
    focusStartOfPage();
    await tabPastLanguageSwitch(form);

    // The employer: "An organisation" reveals the BIN box right under it.
    expect(heading(form).textContent).to.equal('The employer');
    expect(progress(form)).to.equal('Step 1 of 6');
    const [organisation] = options(form, 'employerType');
    await tabTo(organisation!);
    expect(isShown(form, 'employerBin')).to.equal(false);
    await press('Space');
    await waitUntil(() => isShown(form, 'employerBin'), 'the BIN box is revealed');
    await tabTo(innerInput(form, 'employerBin'));
    await type('9401 4000 0385');
    await press('Enter');

    // The employee: a 15-year-old adds the guardian's page to the count, an adult takes it away.
    await onPage(form, 'The employee', 'Step 2 of 6');
    expect(document.title).to.equal(`The employee – ${originalTitle}`);
    await tabTo(innerInput(form, 'employeeIin'));
    await type(MINOR);
    await waitUntil(() => progress(form) === 'Step 2 of 7', 'the guardian page now counts');
    await selectAll();
    await type(EMPLOYEE);
    await waitUntil(() => progress(form) === 'Step 2 of 6', 'an adult: the guardian page is skipped again');
    await press('Enter');

    await onPage(form, 'The contract', 'Step 3 of 6');
    await tabTo(innerInput(form, 'contractNumber'));
    await type('15/2026-TD');
    const [signedDay, signedMonth, signedYear] = dateParts(form, 'contractDate');
    await tabTo(signedDay!);
    await type('20');
    await tabTo(signedMonth!);
    await type('11');
    await tabTo(signedYear!);
    await type('2026');
    await press('Enter');

    // The term: a fixed term reveals its end date.
    await onPage(form, 'Start date and term', 'Step 4 of 6');
    const [startDay, startMonth, startYear] = dateParts(form, 'startDate');
    await tabTo(startDay!);
    await type('1');
    await tabTo(startMonth!);
    await type('12');
    await tabTo(startYear!);
    await type('2026');
    const [indefinite, fixed] = options(form, 'term');
    await tabTo(indefinite!);
    await press('ArrowDown');
    expectFocus(fixed);
    expect(fixed!.checked).to.equal(true);
    await waitUntil(() => isShown(form, 'endDate'), 'the end date is revealed');
    const [endDay, endMonth, endYear] = dateParts(form, 'endDate');
    await tabTo(endDay!);
    await type('30');
    await tabTo(endMonth!);
    await type('11');
    await tabTo(endYear!);
    await type('2027');
    await press('Enter');

    await onPage(form, 'The job', 'Step 5 of 6');
    await tabTo(innerInput(form, 'position'));
    await type('Accountant');
    const [workplace] = options(form, 'workLocation');
    await tabTo(workplace!);
    await press('Space');
    await waitUntil(() => isShown(form, 'workplaceAddress'), 'the address box is revealed');
    await tabTo(innerInput(form, 'workplaceAddress'));
    await type('Astana, Mangilik El avenue 8, office 12');
    await press('Enter');

    // Hours and pay, first with too many part-time hours, no salary and a 4-month probation.
    await onPage(form, 'Working hours and pay', 'Step 6 of 6');
    expect(submitButton(form).textContent!.trim()).to.equal('Continue');
    const [fullTime, partTime] = options(form, 'workMode');
    await tabTo(fullTime!);
    await press('ArrowDown');
    expectFocus(partTime);
    await waitUntil(() => isShown(form, 'hoursPerWeek'), 'the hours box is revealed');
    await tabTo(innerInput(form, 'hoursPerWeek'));
    await type('45');
    await tabTo(innerInput(form, 'salary'));
    await tabTo(innerInput(form, 'probationMonths'));
    await type('4');
    await press('Enter');
    expect(await summaryTexts(form)).to.deep.equal([
      'Hours a week must be 39 or fewer for part-time work',
      'Enter the monthly salary',
      'Probation period must be 3 months or fewer',
    ]);
    expect(summaryHeading(form)).to.equal('There is a problem');
    expect(document.title).to.equal(`Error: Working hours and pay – ${originalTitle}`);
    await expectAccessible(form);

    // Switching language mid-form (Shift+Tab from the summary, past Back, to "Русский"): the
    // page, the summary and the inline errors speak Russian, and nothing typed is lost. Then back.
    const [english, , russian] = languageButtons(form);
    await press('Shift+Tab');
    expectFocus(inner(form).querySelector('a.back'));
    await press('Shift+Tab');
    expectFocus(russian);
    await press('Enter');
    await waitUntil(() => heading(form).textContent === 'Рабочее время и оплата труда', 'the page speaks Russian');
    expect(progress(form)).to.equal('Шаг 6 из 6');
    await waitUntil(() => summaryHeading(form) === 'Возникла проблема', 'the summary speaks Russian');
    expect(summaryLinks(form)).to.deep.equal([
      'При неполном рабочем времени количество часов в неделю должно быть не больше 39',
      'Введите заработную плату в месяц',
      'Испытательный срок должен быть не больше 3 месяцев',
    ]);
    const inlineError = (name: string) => field(form, name).shadowRoot!.querySelector('.error')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(inlineError('salary')).to.equal('Ошибка: Введите заработную плату в месяц');
    expect(innerInput(form, 'hoursPerWeek').value).to.equal('45');
    expect(innerInput(form, 'probationMonths').value).to.equal('4');
    await press('Shift+Tab', 2);
    expectFocus(english);
    await press('Enter');
    await waitUntil(() => heading(form).textContent === 'Working hours and pay', 'the page speaks English again');
    await waitUntil(() => summaryHeading(form) === 'There is a problem', 'the summary speaks English again');
    expect(summaryLinks(form)).to.deep.equal([
      'Hours a week must be 39 or fewer for part-time work',
      'Enter the monthly salary',
      'Probation period must be 3 months or fewer',
    ]);

    // The first link leads to the hours box.
    inner(form).querySelector('sf-error-summary')!.focus();
    const links = inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelectorAll('a');
    await tabTo(links[0]!);
    await press('Enter');
    expectFocus(innerInput(form, 'hoursPerWeek'));
    expect(innerInput(form, 'hoursPerWeek').value).to.equal('45'); // nothing typed is lost
    await selectAll();
    await type('20');
    await tabTo(innerInput(form, 'salary'));
    await type('150000');
    await tabTo(innerInput(form, 'probationMonths'));
    await selectAll();
    await type('3');
    await press('Enter');

    await onPage(form, 'Check your answers before sending your application');
    expect(document.title).to.equal(`Check your answers before sending your application – ${originalTitle}`);
    await expectAccessible(form);
    let rows = checkRows(form);
    expect([...rows.keys()]).to.deep.equal([
      'Who is the employer?',
      'Business identification number (BIN)',
      'Employee’s IIN',
      'Contract number',
      'Date the contract was signed',
      'Date the employee starts work',
      'How long is the contract for?',
      'Date the contract ends',
      'Job title',
      'Where will the employee work?',
      'Address of the workplace',
      'Working hours',
      'Hours a week',
      'Monthly salary',
      'Probation period, in months',
    ]);
    expect(rows.get('Who is the employer?')).to.equal('An organisation');
    expect(rows.get('Date the contract was signed')).to.equal('20 November 2026');
    expect(rows.get('How long is the contract for?')).to.equal('A fixed term of at least one year');
    expect(rows.get('Date the contract ends')).to.equal('30 November 2027');
    expect(rows.get('Monthly salary')).to.equal('150,000 ₸');
    expect(rows.get('Hours a week')).to.equal('20');

    // Change the term to indefinite: the end date is hidden, and back on check answers it is gone.
    const termChange = changeLinks(form)[6]!;
    expect(termChange.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change How long is the contract for?');
    for (const link of changeLinks(form).slice(0, 7)) await tabTo(link);
    await press('Enter');
    await onPage(form, 'Start date and term', 'Step 4 of 6');
    expect(document.title).to.equal(`Start date and term – ${originalTitle}`);
    for (const part of dateParts(form, 'startDate')) await tabTo(part);
    await tabTo(options(form, 'term')[1]!); // the checked radio is the group's tab stop
    await press('ArrowUp');
    expect(options(form, 'term')[0]!.checked).to.equal(true);
    await waitUntil(() => !isShown(form, 'endDate'), 'the end date is hidden');
    expect(submitButton(form).textContent!.trim()).to.equal('Continue');
    await press('Enter');
    await onPage(form, 'Check your answers before sending your application');
    rows = checkRows(form);
    expect(rows.get('How long is the contract for?')).to.equal('No end date (indefinite)');
    expect(rows.has('Date the contract ends')).to.equal(false);

    for (const link of changeLinks(form)) await tabTo(link);
    await tabTo(submitButton(form));
    expect(submitButton(form).textContent!.trim()).to.equal('Accept and send');
    await press('Enter');
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');
    const confirmation = inner(form).querySelector('.confirmation h2')!;
    expectFocus(confirmation);
    expect(confirmation.textContent!.trim()).to.equal('Application submitted');
    expect(inner(form).querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
    expect(document.title).to.equal(`Application submitted – ${originalTitle}`);

    expect(adapter.calls).to.equal(1);
    const [envelope] = adapter.submissions;
    // The end date typed before the Change is kept in the form but not sent: its option is no longer chosen.
    expect(envelope!.answers).to.deep.equal({
      employerType: 'legal-entity',
      employerBin: BIN,
      employeeIin: EMPLOYEE,
      contractNumber: '15/2026-TD',
      contractDate: '2026-11-20',
      startDate: '2026-12-01',
      term: 'indefinite',
      position: 'Accountant',
      workLocation: 'workplace',
      workplaceAddress: 'Astana, Mangilik El avenue 8, office 12',
      workMode: 'part-time',
      hoursPerWeek: 20,
      salary: 150000,
      probationMonths: 3,
    });
    expect(envelope!.files).to.deep.equal({});
    expect(envelope!.locale).to.equal('en');
    expect(envelope!.formId).to.equal('labour-contract');
    await expectAccessible(form);
  });
});
