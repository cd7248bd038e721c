import { expect, waitUntil } from '@open-wc/testing';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import { deepActiveElement, expectAccessible } from '../helpers/a11y.js';
import {
  changeLinks,
  checkRows,
  chooseLanguageByKeyboard,
  expectFocus,
  expectValidIdentifiers,
  field,
  heading,
  inner,
  innerInput,
  isShown,
  onPage,
  openForm,
  options,
  press,
  progress,
  resetPage,
  selectAll,
  submitButton,
  summaryHeading,
  summaryTexts,
  tabTo,
  type,
  focusStartOfPage,
} from '../helpers/journey.js';

/**
 * Targeted social assistance (DOMAIN.md C), entirely in Russian, with the keyboard alone: a
 * failed address page, a household member added to the repeatable list with native selects
 * (arrow keys), "can anyone work?" adding and then removing the social-contract page from the
 * count, the income checkbox revealing and hiding the upload, and a Change from check answers.
 */

const SRC = '/examples/forms/social-assistance.json';
const APPLICANT = '930527400154';
const SPOUSE = '881122300375';
const IBAN = 'KZ16601A871001234567';

const TITLES = {
  aboutYou: 'О вас',
  address: 'Адрес регистрации',
  household: 'Люди, которые живут с вами',
  work: 'Трудоспособные члены семьи',
  income: 'Доходы вашей семьи',
  bank: 'Куда перечислять помощь',
  declaration: 'Подтверждение',
  check: 'Проверьте ответы перед отправкой заявления',
};

const select = (form: SfForm, name: string) => innerInput<HTMLSelectElement>(form, name, 'select');

describe('journey: targeted social assistance, in Russian (keyboard only)', function () {
  this.timeout(40000);
  let originalTitle: string;
  beforeEach(() => {
    originalTitle = document.title = 'Адресная социальная помощь – Министерство';
  });
  afterEach(resetPage);

  it('is completed in Russian through every page, skips the social contract, fails and fixes the address, and submits exactly the answers', async () => {
    expectValidIdentifiers({ iins: [APPLICANT, SPOUSE], ibans: [IBAN] });
    const adapter = new MemoryAdapter();
    const form = await openForm(SRC, { adapter });
    focusStartOfPage();
    await chooseLanguageByKeyboard(form, 'ru', TITLES.aboutYou);
    // "Can anyone work?" is not answered yet: the social-contract page does not count.
    expect(progress(form)).to.equal('Шаг 1 из 7');
    expect(submitButton(form).textContent!.trim()).to.equal('Продолжить');

    await tabTo(innerInput(form, 'applicantIin'));
    await type(APPLICANT);
    await tabTo(innerInput(form, 'applicantPhone'));
    await type('+7 705 111 22 33');
    await press('Enter');

    // The address, first left empty with a postcode in the wrong shape.
    await onPage(form, TITLES.address, 'Шаг 2 из 7');
    expect(document.title).to.equal(`${TITLES.address} – ${originalTitle}`);
    await tabTo(select(form, 'addressRegion'));
    await tabTo(innerInput(form, 'addressSettlement'));
    await tabTo(innerInput(form, 'addressStreet'));
    await tabTo(innerInput(form, 'addressBuilding'));
    await tabTo(innerInput(form, 'addressFlat'));
    await tabTo(innerInput(form, 'postalCode'));
    await type('ABC');
    await press('Enter');
    expect(await summaryTexts(form)).to.deep.equal([
      'Выберите область или город',
      'Введите название города, посёлка или села',
      'Введите улицу, проспект или микрорайон',
      'Введите номер дома или здания',
      'Введите почтовый индекс, например Z05T3E2 или 010000',
    ]);
    expect(summaryHeading(form)).to.equal('Возникла проблема');
    expect(document.title).to.equal(`Ошибка: ${TITLES.address} – ${originalTitle}`);
    await expectAccessible(form);

    const links = inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelectorAll('a');
    await tabTo(links[0]!);
    await press('Enter');
    expectFocus(select(form, 'addressRegion'));
    await press('ArrowDown'); // the first region: Astana
    expect(select(form, 'addressRegion').value).to.equal('astana');
    await tabTo(innerInput(form, 'addressSettlement'));
    await type('Астана');
    await tabTo(innerInput(form, 'addressStreet'));
    await type('проспект Мангилик Ел');
    await tabTo(innerInput(form, 'addressBuilding'));
    await type('8');
    await tabTo(innerInput(form, 'addressFlat'));
    await type('12');
    await tabTo(innerInput(form, 'postalCode'));
    expect(innerInput(form, 'postalCode').value).to.equal('ABC'); // kept after the failed page
    await selectAll();
    await type('Z05T3E2');
    await press('Enter');

    // One household member, with arrow keys in the native selects.
    await onPage(form, TITLES.household, 'Шаг 3 из 7');
    const household = field(form, 'householdMembers');
    const add = () => household.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
    await tabTo(add());
    expect(add().textContent!.trim()).to.equal('Добавить: член семьи');
    await press('Enter');
    await waitUntil(() => deepActiveElement() === innerInput(form, 'householdMembers[0].memberIin'), 'focus on the new member');
    await type(SPOUSE);
    await tabTo(select(form, 'householdMembers[0].relationship'));
    await press('ArrowDown');
    await tabTo(select(form, 'householdMembers[0].status'));
    await press('ArrowDown');
    expect([select(form, 'householdMembers[0].relationship').value, select(form, 'householdMembers[0].status').value]).to.deep.equal(['spouse', 'employed']);
    await press('Enter'); // Enter on a select submits the page, as in a native form

    // "Yes" adds the social-contract page to the count; "No" takes it away again.
    await onPage(form, TITLES.work, 'Шаг 4 из 7');
    const [yes, no] = options(form, 'canWork');
    await tabTo(yes!);
    await press('Space');
    await waitUntil(() => progress(form) === 'Шаг 4 из 8', 'the social contract now counts');
    await press('ArrowDown');
    expectFocus(no);
    await waitUntil(() => progress(form) === 'Шаг 4 из 7', 'the social contract is skipped');
    await press('Enter');

    // Income: the checkbox reveals the upload, and unticking hides it again.
    await onPage(form, TITLES.income, 'Шаг 5 из 7');
    await tabTo(innerInput(form, 'monthlyIncome'));
    await type('95000');
    await tabTo(innerInput(form, 'incomeDiffers'));
    expect(isShown(form, 'incomeProof')).to.equal(false);
    await press('Space');
    await waitUntil(() => isShown(form, 'incomeProof'), 'the upload appears');
    await press('Space');
    await waitUntil(() => !isShown(form, 'incomeProof'), 'the upload is hidden');
    await press('Enter');

    await onPage(form, TITLES.bank, 'Шаг 6 из 7');
    await tabTo(innerInput(form, 'iban'));
    await type('KZ16 601A 8710 0123 4567');
    await press('Enter');

    await onPage(form, TITLES.declaration, 'Шаг 7 из 7');
    await tabTo(innerInput(form, 'personalDataConsent'));
    await press('Space');
    await press('Enter');

    await onPage(form, TITLES.check);
    await expectAccessible(form);
    let rows = checkRows(form);
    expect([...rows.keys()]).to.deep.equal([
      'Индивидуальный идентификационный номер (ИИН)',
      'Номер мобильного телефона',
      'Область или город',
      'Город, посёлок или село',
      'Улица, проспект или микрорайон',
      'Номер дома или здания',
      'Номер квартиры (необязательно)',
      'Почтовый индекс (необязательно)',
      'Ваша семья',
      'Может ли кто-то в вашей семье работать?',
      'Общий доход вашей семьи в среднем за месяц',
      'Доход моей семьи отличается от сведений в государственных базах данных',
      'IBAN вашего банковского счёта',
      'Я даю согласие Министерству труда и социальной защиты населения и его центрам занятости на сбор и использование персональных данных моей семьи для назначения и выплаты адресной социальной помощи',
    ]);
    expect(rows.get('Область или город')).to.equal('Астана (город)');
    expect(rows.get('Ваша семья')).to.equal(`Член семьи 1 ИИН члена семьи ${SPOUSE} Кем вам приходится этот человек? Муж или жена Чем занимается этот человек? Работает по найму`);
    expect(rows.get('Может ли кто-то в вашей семье работать?')).to.equal('Нет');
    expect(rows.get('Общий доход вашей семьи в среднем за месяц')).to.equal('95 000 ₸');
    expect(rows.get('Доход моей семьи отличается от сведений в государственных базах данных')).to.equal('Нет ответа');

    // Change the flat number: its page, then back to check answers.
    const flatChange = changeLinks(form)[6]!;
    expect(flatChange.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Изменить Номер квартиры (необязательно)');
    for (const link of changeLinks(form).slice(0, 7)) await tabTo(link);
    await press('Enter');
    await onPage(form, TITLES.address, 'Шаг 2 из 7');
    await tabTo(select(form, 'addressRegion'));
    for (const name of ['addressSettlement', 'addressStreet', 'addressBuilding']) await tabTo(innerInput(form, name));
    await tabTo(innerInput(form, 'addressFlat'));
    await selectAll();
    await type('14');
    await press('Enter');
    await onPage(form, TITLES.check);
    rows = checkRows(form);
    expect(rows.get('Номер квартиры (необязательно)')).to.equal('14');

    for (const link of changeLinks(form)) await tabTo(link);
    await tabTo(submitButton(form));
    expect(submitButton(form).textContent!.trim()).to.equal('Подтвердить и отправить');
    await press('Enter');
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');
    const confirmation = inner(form).querySelector('.confirmation h2')!;
    expectFocus(confirmation);
    expect(confirmation.textContent!.trim()).to.equal('Заявление отправлено');
    expect(inner(form).querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
    expect(document.title).to.equal(`Заявление отправлено – ${originalTitle}`);

    expect(adapter.calls).to.equal(1);
    const [envelope] = adapter.submissions;
    expect(envelope!.answers).to.deep.equal({
      applicantIin: APPLICANT,
      applicantPhone: '+77051112233',
      addressRegion: 'astana',
      addressSettlement: 'Астана',
      addressStreet: 'проспект Мангилик Ел',
      addressBuilding: '8',
      addressFlat: '14',
      postalCode: 'Z05T3E2',
      householdMembers: [{ memberIin: SPOUSE, relationship: 'spouse', status: 'employed' }],
      canWork: 'no',
      monthlyIncome: 95000,
      iban: IBAN,
      personalDataConsent: true,
    });
    expect(envelope!.files).to.deep.equal({});
    expect(envelope!.locale).to.equal('ru');
    expect(envelope!.formId).to.equal('targeted-social-assistance');
    await expectAccessible(form);
  });
});

describe('journey: targeted social assistance, a Change that makes another page apply', function () {
  this.timeout(40000);
  afterEach(resetPage);

  /** Every page answered, nobody can work: restored from a draft, then Continue to check answers. */
  async function atCheckAnswers(adapter: MemoryAdapter): Promise<SfForm> {
    const draftStore = new MemoryDraftStore();
    await draftStore.save('targeted-social-assistance', '1.0.0', {
      applicantIin: APPLICANT,
      applicantPhone: '+7 705 111 22 33',
      addressRegion: 'astana',
      addressSettlement: 'Astana',
      addressStreet: 'Mangilik El avenue',
      addressBuilding: '8',
      householdMembers: [],
      canWork: 'no',
      monthlyIncome: '95000',
      iban: IBAN,
      personalDataConsent: true,
    });
    const form = await openForm(SRC, { adapter, draftStore });
    for (let page = 1; page <= 7; page++) {
      submitButton(form).focus();
      await press('Enter');
      await waitUntil(() => deepActiveElement() === heading(form) && heading(form).textContent !== TITLES_EN[page - 1], `past page ${page}`);
    }
    await onPage(form, 'Check your answers before sending your application');
    return form;
  }

  /** On check answers: Change "can anyone work?" from No to Yes, and Continue. */
  async function changeToSomeoneCanWork(form: SfForm): Promise<void> {
    expect(checkRows(form).get('Can anyone in your household work?')).to.equal('No');
    const change = changeLinks(form)[9]!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change Can anyone in your household work?');
    change.focus();
    await press('Enter');
    await onPage(form, 'Work in your household', 'Step 4 of 7');
    await tabTo(options(form, 'canWork')[1]!); // "No", the chosen radio
    await press('ArrowUp');
    await waitUntil(() => progress(form) === 'Step 4 of 8', 'the social-contract page now applies');
    await press('Enter');
    // A new page now applies and is not answered: Continue opens it before check answers
    // (docs/form-flow.md).
    await onPage(form, 'Social contract', 'Step 7 of 8');
    expect(inner(form).querySelector('sf-error-summary')).to.equal(null);
  }

  it('after the Change, the page that now applies comes first; check answers then shows every answer', async () => {
    const form = await atCheckAnswers(new MemoryAdapter());
    await changeToSomeoneCanWork(form);
    await tabTo(innerInput(form, 'socialContractConsent'));
    await press('Space');
    await press('Enter');
    await onPage(form, 'Check your answers before sending your application');
    const rows = checkRows(form);
    expect(rows.get('Can anyone in your household work?')).to.equal('Yes');
    expect(rows.get('Individual identification number (IIN)')).to.equal(APPLICANT);
    expect(rows.get('Your household’s total income in an average month')).to.equal('95,000 ₸');
    expect(rows.get('I agree to sign a social contract with my employment centre')).to.equal('Yes');
  });

  it('after the Change, the new page cannot be skipped; answered, it leads back to check answers and sends', async () => {
    const adapter = new MemoryAdapter();
    const form = await atCheckAnswers(adapter);
    await changeToSomeoneCanWork(form);
    submitButton(form).focus();
    await press('Enter');
    expect(await summaryTexts(form)).to.deep.equal(['Select the box to agree to sign a social contract']);
    expect(adapter.calls).to.equal(0);
    await tabTo(inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelector('a')!);
    await press('Enter');
    expectFocus(innerInput(form, 'socialContractConsent'));
    await press('Space');
    await press('Enter');
    // The declaration was answered before the Change: straight back to check answers.
    await onPage(form, 'Check your answers before sending your application');
    submitButton(form).focus();
    await press('Enter');
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');
    expect(adapter.calls).to.equal(1);
    expect(adapter.submissions[0]!.answers).to.deep.equal({
      applicantIin: APPLICANT,
      applicantPhone: '+77051112233',
      addressRegion: 'astana',
      addressSettlement: 'Astana',
      addressStreet: 'Mangilik El avenue',
      addressBuilding: '8',
      canWork: 'yes',
      monthlyIncome: 95000,
      iban: IBAN,
      socialContractConsent: true,
      personalDataConsent: true,
    });
  });
});

const TITLES_EN = ['About you', 'Your registered address', 'People who live with you', 'Work in your household', 'Your household’s income', 'Where we should pay the assistance', 'Declaration'];
