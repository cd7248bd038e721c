import { expect, waitUntil } from '@open-wc/testing';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import { deepActiveElement, expectAccessible } from '../helpers/a11y.js';
import {
  changeLinks,
  checkRows,
  chooseFilesByKeyboard,
  chooseLanguageByKeyboard,
  expectValidIdentifiers,
  field,
  expectFocus,
  focusStartOfPage,
  inner,
  innerInput,
  isShown,
  onPage,
  options,
  press,
  resetPage,
  selectAll,
  submitButton,
  summaryHeading,
  summaryTexts,
  tabTo,
  type,
  openForm,
  makeIin,
  bornYearsAgo,
} from '../helpers/journey.js';

/**
 * The large-family benefit (DOMAIN.md D), entirely in Kazakh, with the keyboard alone: the
 * language chosen with the switch, a failed first page, four children added to the repeatable
 * list (the eldest, 19, revealing "full-time student?" and then the certificate upload; Continue
 * with only three fails with the list's message), a fifth
 * added and the fourth removed, and a Change from check answers.
 */

const SRC = '/examples/forms/large-family-benefit.json';

const APPLICANT = '850703400420';
// Born relative to today, so that the ages (19, 15, 11, 6) hold whenever the test runs.
const CHILDREN = [
  { iin: makeIin(bornYearsAgo(19), 'male', 41), name: 'Айбек Серікұлы Жұмабаев' }, // 18–22: asked whether a student
  { iin: makeIin(bornYearsAgo(15), 'female', 52), name: 'Аружан Серікқызы Жұмабаева' },
  { iin: makeIin(bornYearsAgo(11), 'male', 63), name: 'Нұрсұлтан Серікұлы Жұмабаев' },
  { iin: makeIin(bornYearsAgo(6), 'female', 74), name: 'Әйгерім Серікқызы Жұмабаева' },
];
// Added fifth, then takes the place of the fourth, who is removed.
const EXTRA = { iin: makeIin(bornYearsAgo(2), 'male', 85), name: 'Ерлан Серікұлы Жұмабаев' };
const IBAN = 'KZ18722S000012345678';

const TITLES = {
  aboutYou: 'Сіз туралы',
  children: 'Балаларыңыз',
  bank: 'Жәрдемақыны қайда аудару керек',
  declaration: 'Растау',
  check: 'Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз',
};

const addButton = (form: SfForm) => field(form, 'children').shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;

describe('journey: large-family benefit, in Kazakh (keyboard only)', function () {
  this.timeout(40000);
  let originalTitle: string;
  beforeEach(() => {
    originalTitle = document.title = 'Көпбалалы отбасыларға жәрдемақы – Министрлік';
  });
  afterEach(resetPage);

  it('is completed in Kazakh through every page, with a failed page, a revealed question, a Change, and submits exactly the answers', async () => {
    expectValidIdentifiers({ iins: [APPLICANT, EXTRA.iin, ...CHILDREN.map((c) => c.iin)], ibans: [IBAN] });
    const adapter = new MemoryAdapter();
    const form = await openForm(SRC, { adapter });
    focusStartOfPage();
    await chooseLanguageByKeyboard(form, 'kk', TITLES.aboutYou);
    expect(inner(form).querySelector('.progress')!.textContent!.trim()).to.equal('1-қадам, барлығы 4');
    expect(submitButton(form).textContent!.trim()).to.equal('Жалғастыру');

    // Page 1, first with a mistyped IIN and no phone number: the summary, in Kazakh, focused.
    await tabTo(innerInput(form, 'applicantIin'));
    await type('850703400421');
    await tabTo(innerInput(form, 'applicantPhone'));
    await press('Enter');
    expect(await summaryTexts(form)).to.deep.equal(['ЖСН-іңізді тексеріңіз: цифрлардың бірі қате', 'Ұялы телефон нөміріңізді енгізіңіз']);
    expect(summaryHeading(form)).to.equal('Мәселе туындады');
    expect(document.title).to.equal(`Қате: ${originalTitle}`);
    expect(adapter.calls).to.equal(0);
    await expectAccessible(form);

    // The first link leads to the IIN; fix its last digit, then give the phone number.
    const links = inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelectorAll('a');
    await tabTo(links[0]!);
    await press('Enter');
    expectFocus(innerInput(form, 'applicantIin'));
    await press('End');
    await press('Backspace');
    await type('0');
    await tabTo(innerInput(form, 'applicantPhone'));
    await type('8 701 555 12 34');
    await press('Enter');

    // Page 2: four children in the repeatable list.
    await onPage(form, TITLES.children, '2-қадам, барлығы 4');
    expect(document.title).to.equal(`${TITLES.children} – ${originalTitle}`);
    await tabTo(addButton(form));
    expect(addButton(form).textContent!.trim()).to.equal('Қосу: бала');
    for (const [i, child] of CHILDREN.entries()) {
      await press('Enter');
      await waitUntil(() => deepActiveElement() === innerInput(form, `children[${i}].childIin`), `focus on child ${i + 1}'s IIN`);
      await type(child.iin);
      await tabTo(innerInput(form, `children[${i}].childName`));
      await type(child.name);
      if (i === 0) {
        // 19 years old: "is this child a full-time student?" appears, and "yes" asks for the certificate.
        const [yes, no] = options(form, 'children[0].isStudent');
        expect(field(form, 'children[0].isStudent').getAttribute('label')).to.equal('Бұл бала күндізгі оқу нысанында оқи ма?');
        await tabTo(yes!);
        expect(isShown(form, 'children[0].studyProof')).to.equal(false);
        await press('ArrowDown');
        expectFocus(no);
        await press('ArrowUp');
        expect(yes!.checked).to.equal(true);
        await waitUntil(() => isShown(form, 'children[0].studyProof'), 'the certificate upload appears');
        await tabTo(innerInput(form, 'children[0].studyProof'));
        await chooseFilesByKeyboard([{ name: 'anyqtama.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 certificate' }]);
        await field(form, 'children[0].studyProof').updateComplete;
        await tabTo(field(form, 'children[0].studyProof').shadowRoot!.querySelector('button.remove')!);
      } else {
        // Under 18: no question about studying.
        expect(isShown(form, `children[${i}].isStudent`)).to.equal(false);
      }
      await tabTo(addButton(form));
      expect(addButton(form).textContent!.trim()).to.equal('Тағы қосу: бала');
      if (i === 2) {
        // Three children are not enough: Continue fails with the list's own message, and its
        // summary link leads to "add another".
        await tabTo(submitButton(form));
        await press('Enter');
        expect(await summaryTexts(form)).to.deep.equal(['Кемінде 4 баланы қосыңыз: жәрдемақы 4 немесе одан көп баласы бар отбасыларға тағайындалады']);
        expect(field(form, 'children').shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          'Қате: Кемінде 4 баланы қосыңыз: жәрдемақы 4 немесе одан көп баласы бар отбасыларға тағайындалады',
        );
        await tabTo(inner(form).querySelector('sf-error-summary')!.shadowRoot!.querySelector('a')!);
        await press('Enter');
        expectFocus(addButton(form));
      }
    }

    // A fifth child added by mistake, then the fourth removed instead: the fifth's answers take
    // its place, and nothing shifts between children.
    await press('Enter');
    await waitUntil(() => deepActiveElement() === innerInput(form, 'children[4].childIin'), "focus on child 5's IIN");
    await type(EXTRA.iin);
    await tabTo(innerInput(form, 'children[4].childName'));
    await type(EXTRA.name);
    await press('Shift+Tab'); // back to child 5's IIN,
    await press('Shift+Tab'); // then to child 4's Remove button (shown now that there are more than 4)
    const removeFourth = field(form, 'children').shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[3]!;
    expectFocus(removeFourth);
    expect(removeFourth.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Жою бала 4');
    await press('Enter');
    const fourthHeading = field(form, 'children').shadowRoot!.querySelector('#item-3-heading')!;
    await waitUntil(() => deepActiveElement() === fourthHeading, 'focus on the heading of the child now fourth');
    expect(fourthHeading.textContent!.trim()).to.equal('Бала 4');
    expect(field(form, 'children').shadowRoot!.querySelectorAll('button.remove').length).to.equal(0); // 4 is the minimum
    await tabTo(innerInput(form, 'children[3].childIin'));
    expect(innerInput(form, 'children[3].childIin').value).to.equal(EXTRA.iin);
    await tabTo(innerInput(form, 'children[3].childName'));
    expect(innerInput(form, 'children[3].childName').value).to.equal(EXTRA.name);
    await press('Enter'); // Enter in a text box submits the page

    await onPage(form, TITLES.bank, '3-қадам, барлығы 4');
    await tabTo(innerInput(form, 'iban'));
    await type('KZ18 722S 0000 1234 5678');
    await press('Enter');

    await onPage(form, TITLES.declaration, '4-қадам, барлығы 4');
    await tabTo(innerInput(form, 'declaration'));
    await press('Space');
    await tabTo(innerInput(form, 'personalDataConsent'));
    await press('Space');
    await press('Enter');

    await onPage(form, TITLES.check);
    await expectAccessible(form);
    const rows = checkRows(form);
    expect([...rows.keys()]).to.deep.equal([
      'Жеке сәйкестендіру нөмірі (ЖСН)',
      'Ұялы телефон нөмірі',
      'Сізбен бірге тұратын балалар',
      'Банк шотыңыздың IBAN нөмірі',
      'Мен көрсеткен мәліметтер дұрыс. Бала отбасымнан шығып кетсе немесе күндізгі оқу нысанындағы оқуын тоқтатса, сізге хабарлаймын',
      'Еңбек және халықты әлеуметтік қорғау министрлігінің көпбалалы отбасыларға арналған жәрдемақыны тағайындау және төлеу үшін менің және балаларымның дербес деректерін пайдалануына келісемін',
    ]);
    expect(rows.get('Ұялы телефон нөмірі')).to.equal('+77015551234');
    expect(rows.get('Сізбен бірге тұратын балалар')).to.equal(
      `Бала 1 Баланың ЖСН-і ${CHILDREN[0]!.iin} Баланың тегі, аты, әкесінің аты Айбек Серікұлы Жұмабаев Бұл бала күндізгі оқу нысанында оқи ма? Иә Күндізгі оқу нысанында оқитыны туралы анықтаманы жүктеңіз anyqtama.pdf ` +
        `Бала 2 Баланың ЖСН-і ${CHILDREN[1]!.iin} Баланың тегі, аты, әкесінің аты Аружан Серікқызы Жұмабаева ` +
        `Бала 3 Баланың ЖСН-і ${CHILDREN[2]!.iin} Баланың тегі, аты, әкесінің аты Нұрсұлтан Серікұлы Жұмабаев ` +
        `Бала 4 Баланың ЖСН-і ${EXTRA.iin} Баланың тегі, аты, әкесінің аты ${EXTRA.name}`,
    );
    expect(rows.get('Мен көрсеткен мәліметтер дұрыс. Бала отбасымнан шығып кетсе немесе күндізгі оқу нысанындағы оқуын тоқтатса, сізге хабарлаймын')).to.equal('Иә');

    // Change the phone number: its page, then straight back to check answers.
    const phoneChange = changeLinks(form)[1]!;
    expect(phoneChange.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Өзгерту Ұялы телефон нөмірі');
    await tabTo(changeLinks(form)[0]!);
    await tabTo(phoneChange);
    await press('Enter');
    await onPage(form, TITLES.aboutYou, '1-қадам, барлығы 4');
    await tabTo(innerInput(form, 'applicantIin'));
    expect(innerInput(form, 'applicantIin').value).to.equal(APPLICANT);
    await tabTo(innerInput(form, 'applicantPhone'));
    await selectAll();
    await type('+7 747 123 45 67');
    await press('Enter');
    await onPage(form, TITLES.check);
    expect(checkRows(form).get('Ұялы телефон нөмірі')).to.equal('+77471234567');

    // Past every Change link to "Accept and send", then Enter once.
    const links2 = changeLinks(form);
    for (const link of links2) await tabTo(link);
    await tabTo(submitButton(form));
    expect(submitButton(form).textContent!.trim()).to.equal('Растау және жіберу');
    await press('Enter');
    await waitUntil(() => inner(form).querySelector('.confirmation'), 'the confirmation shows');

    const confirmation = inner(form).querySelector('.confirmation h2')!;
    expectFocus(confirmation);
    expect(confirmation.textContent!.trim()).to.equal('Өтініш жіберілді');
    expect(inner(form).querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
    expect(inner(form).querySelector('.confirmation h3')!.textContent!.trim()).to.equal('Әрі қарай не болады');
    expect(document.title).to.equal(`Өтініш жіберілді – ${originalTitle}`);

    expect(adapter.calls).to.equal(1);
    const [envelope] = adapter.submissions;
    expect(envelope!.answers).to.deep.equal({
      applicantIin: APPLICANT,
      applicantPhone: '+77471234567',
      children: [
        { childIin: CHILDREN[0]!.iin, childName: CHILDREN[0]!.name, isStudent: 'yes' },
        { childIin: CHILDREN[1]!.iin, childName: CHILDREN[1]!.name },
        { childIin: CHILDREN[2]!.iin, childName: CHILDREN[2]!.name },
        { childIin: EXTRA.iin, childName: EXTRA.name },
      ],
      iban: IBAN,
      declaration: true,
      personalDataConsent: true,
    });
    expect(Object.keys(envelope!.files)).to.deep.equal(['children[0].studyProof']);
    expect(envelope!.files['children[0].studyProof']!.map((file) => [file.name, file.type, file.size])).to.deep.equal([['anyqtama.pdf', 'application/pdf', 20]]);
    expect(envelope!.locale).to.equal('kk');
    expect(envelope!.formId).to.equal('large-family-benefit');
    expect(envelope!.formVersion).to.equal('1.0.0');
    expect(inner(form).querySelectorAll('[data-page-heading], sf-error-summary').length, 'no page or error summary left on the confirmation').to.equal(0);
    await expectAccessible(form);
  });
});
