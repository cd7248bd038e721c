// Every example form but service feedback (html-flow-nojs.test.mjs, html-flow-nojs-forms.test.mjs)
// in Kazakh and in Russian, in a real Chromium with JavaScript disabled, against the demo server as
// `npm start` runs it (examples/server.mjs, after the build): job seeker, labour contract,
// targeted social assistance and large-family benefit, each completed to its confirmation in both
// languages. Controls are found by their submitted name (the answer path: `children[1].childIin`,
// `contractDate.day`) and buttons by their value (`continue`, `add:children`), so the journeys do
// not depend on the words; and each control filled is asserted to be the one the definition's
// label names in the page's language (getByLabel / getByRole with the kk or ru label), each page's
// title to start with its localized title, each button to read in the language. Large-family
// benefit in Kazakh is made with the keyboard alone (Tab, Space, arrow keys, Enter and typing),
// choosing Kazakh with the language link. One page per language first fails: its title starts
// with the language's "Error:". The stored row holds exactly the answers given (read from the
// SQLite file), and its reference is the one the confirmation shows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  PDF,
  PNG,
  chooseRadio,
  confirmation,
  dayFromToday,
  definition,
  demoAndBrowser,
  iinAged,
  message,
  storedFile,
  tabAndPress,
  tabAndType,
  wordsOf,
} from './nojs-helpers.mjs';

const FILES = { job: 'job-seeker', labour: 'labour-contract', social: 'social-assistance', large: 'large-family-benefit' };

describe('every example form without JavaScript in Kazakh and Russian, through the reference server', { timeout: 280_000 }, () => {
  const { journey, stored } = demoAndBrowser('sf-nojs-languages-');

  /**
   * A form in one language: its words from the definition, and moves that find a control by its
   * name and assert that the definition's label in that language names it.
   */
  function formIn(file, locale) {
    const w = wordsOf(file, locale);
    const formTitle = definition(file).title[locale];

    /** The control submitted as `name` (with `value`), asserted to be the one labelled `label`. */
    async function control(page, name, label, { role, value, scope = page } = {}) {
      const byName = page.locator(`main form [name="${name}"]${value === undefined ? '' : `[value="${value}"]`}`);
      assert.equal(await byName.count(), 1, `one control named ${name}${value === undefined ? '' : `=${value}`}`);
      const byLabel = role ? scope.getByRole(role, { name: label, exact: true }) : scope.getByLabel(label, { exact: true });
      assert.equal(await byName.and(byLabel).count(), 1, `${name}${value === undefined ? '' : `=${value}`} is labelled “${label}” in ${locale}`);
      return byName;
    }

    /** A path without its indexes, the key of its label: `children[1].childIin` → `children.childIin`. */
    const key = (path) => path.replace(/\[\d+\]/g, '');

    const field = (page, path) => control(page, path, w(key(path)));
    const fill = async (page, path, text) => (await field(page, path)).fill(text);
    const choose = async (page, path, value) => {
      const radio = await control(page, path, w(`${key(path)}=${value}`), { role: 'radio', value });
      await radio.check();
    };
    const tick = async (page, path, value) => {
      const label = value === undefined ? w(key(path)) : w(`${key(path)}=${value}`);
      const box = await control(page, path, label, { role: 'checkbox', value });
      await box.check();
    };
    const select = async (page, path, value) => {
      const label = w(`${key(path)}=${value}`);
      await (await field(page, path)).selectOption({ label });
      assert.equal(await page.locator(`main form select[name="${path}"]`).inputValue(), value);
    };
    const upload = async (page, path, files) => (await field(page, path)).setInputFiles(files);
    /** A date's Day, Month and Year boxes (`path.day`…), each labelled in the group the field's label names. */
    const date = async (page, path, { day, month, year }) => {
      const group = page.getByRole('group', { name: w(key(path)), exact: true });
      for (const [part, text] of [['day', day], ['month', month], ['year', year]]) {
        await (await control(page, `${path}.${part}`, message(locale, `date-${part}`), { scope: group })).fill(text);
      }
    };

    /** The button with `value`, asserted to read `text` (or to start with `prefix`) in the language. */
    async function buttonOf(page, value, { text, prefix }) {
      const button = page.locator(`main form button[name="action"][value="${value}"]:not([aria-hidden])`);
      assert.equal(await button.count(), 1, `one button ${value}`);
      const words = (await button.textContent()).trim();
      if (text !== undefined) assert.equal(words, text);
      else assert.ok(words.startsWith(prefix), `“${words}” starts with “${prefix}”`);
      return button;
    }
    const next = async (page) => (await buttonOf(page, 'continue', { text: message(locale, 'continue') })).click();
    const addPrefix = message(locale, 'add-item').split('{mid}')[0];
    const anotherPrefix = message(locale, 'add-another').split('{mid}')[0];
    const addButton = (page, path, first) => buttonOf(page, `add:${path}`, { prefix: first ? addPrefix : anotherPrefix });
    const add = async (page, path, first) => (await addButton(page, path, first)).click();

    /**
     * Waits for the page `id` (the first page may be at the form's own address); its title is
     * "<page> – <form>" in the language, and so is its heading.
     */
    async function onPage(page, id, { first = false } = {}) {
      await page.waitForURL(first ? new RegExp(`/apply/[^/?#]+(/${id})?(\\?[^#]*)?$`) : new RegExp(`/apply/[^/]+/${id}(#.*)?$`));
      assert.equal(await page.title(), `${w(`page:${id}`)} – ${formTitle}`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), w(`page:${id}`));
    }

    /** A failed page: "<Error:> <page> – <form>", the summary first in main, a link to each control in error. */
    async function failedPage(page, id, targets) {
      // The same address: wait for the answer to the post, its error summary.
      await page.locator('main > .sf-error-summary').waitFor();
      await page.waitForLoadState();
      assert.match(page.url(), new RegExp(`/apply/[^/]+/${id}$`));
      assert.equal(await page.title(), `${message(locale, 'error-prefix')} ${w(`page:${id}`)} – ${formTitle}`);
      const summary = page.locator('main > :first-child');
      assert.equal(await summary.getByRole('heading', { level: 2 }).textContent(), message(locale, 'there-is-a-problem'));
      const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, targets.map((target) => `#${target}`));
    }

    /** Check answers, then Accept and send; resolves with the reference the confirmation shows. */
    async function send(page) {
      await onCheckAnswers(page);
      await (await buttonOf(page, 'continue', { text: message(locale, 'accept-and-send') })).click();
      return confirmation(page, locale);
    }
    async function onCheckAnswers(page) {
      await page.waitForURL(/\/check-answers$/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message(locale, 'check-answers-heading'));
    }

    return { w, formTitle, control, field, fill, choose, tick, select, upload, date, buttonOf, next, addButton, add, onPage, failedPage, send, onCheckAnswers };
  }

  // ---- Kazakh ---------------------------------------------------------------------------------

  it('large-family benefit in Kazakh by keyboard alone, Kazakh chosen with the language link: a failed page, five children, stored exactly', { timeout: 120_000 }, async () => {
    const f = formIn(FILES.large, 'kk');
    const applicantIin = iinAged(41, 'female', 5000);
    const children = [
      { childIin: iinAged(20, 'male', 5100), childName: 'Ерлан Серікұлы', isStudent: 'no' },
      { childIin: iinAged(17, 'female', 5200), childName: 'Әсел Серікқызы' },
      { childIin: iinAged(13, 'male', 5300), childName: 'Нұрлан Серікұлы' },
      { childIin: iinAged(9, 'female', 5400), childName: 'Гүлназ Серікқызы' },
      { childIin: iinAged(4, 'male', 5500), childName: 'Іңкәр Серікұлы' },
    ];
    // Opened in English: the language link, reached with Tab, chooses Kazakh.
    await journey('large-family-benefit', 'en', async (page) => {
      await tabAndPress(page, page.locator('nav a[hreflang="kk"]'), 'Enter');
      await page.waitForURL(/\/apply\/large-family-benefit\/about-you$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'kk');
      await f.onPage(page, 'about-you');

      // Continue with nothing: refused, in Kazakh.
      await tabAndPress(page, await f.buttonOf(page, 'continue', { text: message('kk', 'continue') }), 'Enter');
      await f.failedPage(page, 'about-you', ['applicantIin', 'applicantPhone']);
      await tabAndType(page, await f.field(page, 'applicantIin'), applicantIin);
      await tabAndType(page, await f.field(page, 'applicantPhone'), '8 (702) 555-01-01');
      await page.keyboard.press('Enter');

      await f.onPage(page, 'children');
      for (const [i, child] of children.entries()) {
        await tabAndPress(page, await f.addButton(page, 'children', i === 0), 'Enter');
        await page.waitForURL(new RegExp(`/children#children\\.${i}:heading$`));
        await tabAndType(page, await f.field(page, `children[${i}].childIin`), child.childIin);
        await tabAndType(page, await f.field(page, `children[${i}].childName`), child.childName);
        if (child.isStudent) {
          // 20 years old, not studying: answered No, so no certificate is asked for.
          await chooseRadio(page, await f.control(page, `children[${i}].isStudent`, f.w('isStudent=no'), { role: 'radio', value: 'no' }));
        }
      }
      await tabAndPress(page, await f.buttonOf(page, 'continue', { text: message('kk', 'continue') }), 'Enter');

      await f.onPage(page, 'bank');
      await tabAndType(page, await f.field(page, 'iban'), 'kz86 125k zt50 0410 0100');
      await page.keyboard.press('Enter');

      await f.onPage(page, 'declaration');
      await tabAndPress(page, await f.control(page, 'declaration', f.w('declaration'), { role: 'checkbox' }), 'Space');
      await tabAndPress(page, await f.control(page, 'personalDataConsent', f.w('personalDataConsent'), { role: 'checkbox' }), 'Space');
      await tabAndPress(page, await f.buttonOf(page, 'continue', { text: message('kk', 'continue') }), 'Enter');

      await f.onCheckAnswers(page);
      assert.ok((await page.locator('main').textContent()).includes('Іңкәр Серікұлы'));
      await tabAndPress(page, await f.buttonOf(page, 'continue', { text: message('kk', 'accept-and-send') }), 'Enter');
      const reference = await confirmation(page, 'kk');

      const row = stored('large-family-benefit', 'kk');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77025550101',
        children,
        iban: 'KZ86125KZT5004100100',
        declaration: true,
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, []);
    });
  });

  it('job seeker in Kazakh: no disability, a job held before, a degree, two ways of working, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.job, 'kk');
    const iin = iinAged(28, 'male', 6000);
    const birth = dayFromToday(-125, -28);
    const started = dayFromToday(-30, -3);
    const ended = dayFromToday(-60);
    await journey('job-seeker-registration', 'kk', async (page) => {
      await f.onPage(page, 'about-you', { first: true });
      await f.fill(page, 'iin', iin);
      await f.fill(page, 'fullName', 'Бауыржан  Серікұлы Оспанов');
      await f.date(page, 'dateOfBirth', birth);
      await f.choose(page, 'hasDisability', 'no');
      await f.next(page);

      await f.onPage(page, 'contact');
      await f.fill(page, 'mobilePhone', '+7 747 123 45 67');
      await f.next(page);

      await f.onPage(page, 'where-you-live');
      await f.select(page, 'region', 'almaty-region');
      await f.fill(page, 'district', 'Қарасай ауданы');
      await f.fill(page, 'settlement', 'Қаскелең');
      await f.next(page);

      await f.onPage(page, 'education');
      await f.add(page, 'education', true);
      await page.waitForURL(/\/education#education\.0:heading$/);
      await f.select(page, 'education[0].level', 'bachelor');
      await f.fill(page, 'education[0].institution', 'Әл-Фараби атындағы Қазақ ұлттық университеті');
      await f.fill(page, 'education[0].graduationYear', '2019');
      await f.next(page);

      await f.onPage(page, 'work-experience');
      await f.add(page, 'experience', true);
      await page.waitForURL(/\/work-experience#experience\.0:heading$/);
      await f.fill(page, 'experience[0].employer', '«Қаскелең Құрылыс» ЖШС');
      await f.fill(page, 'experience[0].position', 'Инженер');
      await f.date(page, 'experience[0].startedOn', started);
      await f.date(page, 'experience[0].endedOn', ended);
      await f.next(page);

      await f.onPage(page, 'job-you-want');
      await f.fill(page, 'desiredPosition', 'Құрылыс инженері');
      await f.fill(page, 'desiredSalary', '350 000');
      await f.tick(page, 'schedule', 'part-time');
      await f.tick(page, 'schedule', 'remote');
      await f.next(page);

      await f.onPage(page, 'languages');
      await f.add(page, 'languages', true);
      await page.waitForURL(/\/languages#languages\.0:heading$/);
      await f.select(page, 'languages[0].language', 'kk');
      await f.choose(page, 'languages[0].level', 'native');
      await f.next(page);

      await f.onPage(page, 'publish');
      await f.tick(page, 'publishConsent');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('job-seeker-registration', 'kk');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        iin,
        fullName: 'Бауыржан Серікұлы Оспанов',
        dateOfBirth: birth.iso,
        hasDisability: 'no',
        mobilePhone: '+77471234567',
        region: 'almaty-region',
        district: 'Қарасай ауданы',
        settlement: 'Қаскелең',
        education: [{ level: 'bachelor', institution: 'Әл-Фараби атындағы Қазақ ұлттық университеті', graduationYear: 2019 }],
        experience: [{ employer: '«Қаскелең Құрылыс» ЖШС', position: 'Инженер', startedOn: started.iso, endedOn: ended.iso }],
        desiredPosition: 'Құрылыс инженері',
        desiredSalary: 350000,
        schedule: ['part-time', 'remote'],
        languages: [{ language: 'kk', level: 'native' }],
        publishConsent: true,
      });
      assert.deepEqual(row.files, []);
    });
  });

  it('labour contract in Kazakh: a sole entrepreneur, an adult employee (no consent page), indefinite and remote, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.labour, 'kk');
    const employerIin = iinAged(45, 'female', 7000);
    const employeeIin = iinAged(30, 'male', 7100);
    const signed = dayFromToday(-3);
    const starts = dayFromToday(1);
    await journey('labour-contract', 'kk', async (page) => {
      await f.onPage(page, 'employer', { first: true });
      await f.choose(page, 'employerType', 'sole-entrepreneur');
      await f.fill(page, 'employerIin', employerIin);
      await f.next(page);

      await f.onPage(page, 'employee');
      await f.fill(page, 'employeeIin', employeeIin);
      await f.next(page);

      await f.onPage(page, 'contract');
      await f.fill(page, 'contractNumber', '№ 45/2026');
      await f.date(page, 'contractDate', signed);
      await f.next(page);

      await f.onPage(page, 'term');
      await f.date(page, 'startDate', starts);
      await f.choose(page, 'term', 'indefinite');
      await f.next(page);

      await f.onPage(page, 'job');
      await f.fill(page, 'position', 'Бас бухгалтер');
      await f.choose(page, 'workLocation', 'remote');
      await f.next(page);

      await f.onPage(page, 'hours-and-pay');
      await f.choose(page, 'workMode', 'full-time');
      await f.fill(page, 'salary', '420 000');
      await f.fill(page, 'probationMonths', '3');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('labour-contract', 'kk');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        employerType: 'sole-entrepreneur',
        employerIin,
        employeeIin,
        contractNumber: '№ 45/2026',
        contractDate: signed.iso,
        startDate: starts.iso,
        term: 'indefinite',
        position: 'Бас бухгалтер',
        workLocation: 'remote',
        workMode: 'full-time',
        salary: 420000,
        probationMonths: 3,
      });
      assert.deepEqual(row.files, []);
    });
  });

  it('targeted social assistance in Kazakh: a flat and postal code, two household members, the social contract, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.social, 'kk');
    const applicantIin = iinAged(35, 'female', 8000);
    const spouseIin = iinAged(37, 'male', 8100);
    const childIin = iinAged(10, 'female', 8200);
    await journey('targeted-social-assistance', 'kk', async (page) => {
      await f.onPage(page, 'about-you', { first: true });
      await f.fill(page, 'applicantIin', applicantIin);
      await f.fill(page, 'applicantPhone', '7 775 123 4567');
      await f.next(page);

      await f.onPage(page, 'address');
      await f.select(page, 'addressRegion', 'almaty-city');
      await f.fill(page, 'addressSettlement', 'Алматы');
      await f.fill(page, 'addressStreet', 'Абай даңғылы');
      await f.fill(page, 'addressBuilding', '150/230');
      await f.fill(page, 'addressFlat', '45');
      await f.fill(page, 'postalCode', '050000');
      await f.next(page);

      await f.onPage(page, 'household');
      await f.add(page, 'householdMembers', true);
      await page.waitForURL(/\/household#householdMembers\.0:heading$/);
      await f.fill(page, 'householdMembers[0].memberIin', spouseIin);
      await f.select(page, 'householdMembers[0].relationship', 'spouse');
      await f.select(page, 'householdMembers[0].status', 'employed');
      await f.add(page, 'householdMembers', false);
      await page.waitForURL(/\/household#householdMembers\.1:heading$/);
      await f.fill(page, 'householdMembers[1].memberIin', childIin);
      await f.select(page, 'householdMembers[1].relationship', 'child');
      await f.select(page, 'householdMembers[1].status', 'schoolchild');
      await f.next(page);

      await f.onPage(page, 'work');
      await f.choose(page, 'canWork', 'yes');
      await f.next(page);

      await f.onPage(page, 'income');
      await f.fill(page, 'monthlyIncome', '180 000');
      await f.next(page);

      await f.onPage(page, 'bank');
      await f.fill(page, 'iban', 'KZ86125KZT5004100100');
      await f.next(page);

      await f.onPage(page, 'social-contract');
      await f.tick(page, 'socialContractConsent');
      await f.next(page);

      await f.onPage(page, 'declaration');
      await f.tick(page, 'personalDataConsent');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('targeted-social-assistance', 'kk');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77751234567',
        addressRegion: 'almaty-city',
        addressSettlement: 'Алматы',
        addressStreet: 'Абай даңғылы',
        addressBuilding: '150/230',
        addressFlat: '45',
        postalCode: '050000',
        householdMembers: [
          { memberIin: spouseIin, relationship: 'spouse', status: 'employed' },
          { memberIin: childIin, relationship: 'child', status: 'schoolchild' },
        ],
        canWork: 'yes',
        monthlyIncome: 180000,
        iban: 'KZ86125KZT5004100100',
        socialContractConsent: true,
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, []);
    });
  });

  // ---- Russian --------------------------------------------------------------------------------

  it('job seeker in Russian: 15 years old adds the legal representative, a disability group, an "other" language, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.job, 'ru');
    const iin = iinAged(15, 'female', 6100);
    const birth = dayFromToday(-122, -15);
    const representativeIin = iinAged(40, 'female', 6200);
    await journey('job-seeker-registration', 'ru', async (page) => {
      await f.onPage(page, 'about-you', { first: true });
      await f.fill(page, 'iin', iin);
      await f.fill(page, 'fullName', 'Ким  Анна');
      await f.date(page, 'dateOfBirth', birth);
      await f.choose(page, 'hasDisability', 'yes');
      await f.choose(page, 'disabilityGroup', 'III');
      await f.next(page);

      // Under 16: the legal representative's page.
      await f.onPage(page, 'legal-representative');
      await f.fill(page, 'representativeName', 'Ким Ольга Викторовна');
      await f.fill(page, 'representativeIin', representativeIin);
      await f.choose(page, 'representativeRelationship', 'parent');
      await f.fill(page, 'representativePhone', '8 701 111 22 33');
      await f.next(page);

      await f.onPage(page, 'contact');
      await f.fill(page, 'mobilePhone', '+7 (776) 000-11-22');
      await f.next(page);

      await f.onPage(page, 'where-you-live');
      await f.select(page, 'region', 'shymkent');
      await f.fill(page, 'district', 'Абайский район');
      await f.fill(page, 'settlement', 'Шымкент');
      await f.next(page);

      await f.onPage(page, 'education');
      await f.add(page, 'education', true);
      await page.waitForURL(/\/education#education\.0:heading$/);
      await f.select(page, 'education[0].level', 'basic-secondary');
      await f.fill(page, 'education[0].institution', 'Школа-гимназия № 5');
      await f.fill(page, 'education[0].graduationYear', '2026');
      await f.next(page);

      await f.onPage(page, 'work-experience');
      await f.tick(page, 'noExperience');
      await f.next(page);

      await f.onPage(page, 'job-you-want');
      await f.fill(page, 'desiredPosition', 'Помощник продавца');
      await f.fill(page, 'desiredSalary', '60 000');
      await f.tick(page, 'schedule', 'part-time');
      await f.next(page);

      await f.onPage(page, 'languages');
      await f.add(page, 'languages', true);
      await page.waitForURL(/\/languages#languages\.0:heading$/);
      await f.select(page, 'languages[0].language', 'ru');
      await f.choose(page, 'languages[0].level', 'native');
      await f.add(page, 'languages', false);
      await page.waitForURL(/\/languages#languages\.1:heading$/);
      await f.select(page, 'languages[1].language', 'other');
      await f.fill(page, 'languages[1].otherLanguage', 'Корейский');
      await f.choose(page, 'languages[1].level', 'basic');
      await f.next(page);

      await f.onPage(page, 'publish');
      await f.tick(page, 'publishConsent');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('job-seeker-registration', 'ru');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        iin,
        fullName: 'Ким Анна',
        dateOfBirth: birth.iso,
        hasDisability: 'yes',
        disabilityGroup: 'III',
        representativeName: 'Ким Ольга Викторовна',
        representativeIin,
        representativeRelationship: 'parent',
        representativePhone: '+77011112233',
        mobilePhone: '+77760001122',
        region: 'shymkent',
        district: 'Абайский район',
        settlement: 'Шымкент',
        education: [{ level: 'basic-secondary', institution: 'Школа-гимназия № 5', graduationYear: 2026 }],
        noExperience: true,
        desiredPosition: 'Помощник продавца',
        desiredSalary: 60000,
        schedule: ['part-time'],
        languages: [
          { language: 'ru', level: 'native' },
          { language: 'other', otherLanguage: 'Корейский', level: 'basic' },
        ],
        publishConsent: true,
      });
      assert.deepEqual(row.files, []);
    });
  });

  it('labour contract in Russian: a refused BIN kept as typed, an employee of 14 adds the consent page and its PDF, seasonal, part-time', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.labour, 'ru');
    const employeeIin = iinAged(14, 'female', 7200);
    const guardianIin = iinAged(44, 'female', 7300);
    const signed = dayFromToday(-5);
    const starts = dayFromToday(3);
    await journey('labour-contract', 'ru', async (page) => {
      await f.onPage(page, 'employer', { first: true });
      await f.choose(page, 'employerType', 'legal-entity');
      await f.fill(page, 'employerBin', '940140 000386');
      await f.next(page);
      // A wrong check digit: refused in Russian, the BIN kept as typed.
      await f.failedPage(page, 'employer', ['employerBin']);
      assert.equal(await (await f.field(page, 'employerBin')).inputValue(), '940140 000386');
      await f.fill(page, 'employerBin', '940140000385');
      await f.next(page);

      await f.onPage(page, 'employee');
      await f.fill(page, 'employeeIin', employeeIin);
      await f.next(page);

      await f.onPage(page, 'guardian-consent');
      await f.fill(page, 'guardianName', 'Петрова Ирина Сергеевна');
      await f.fill(page, 'guardianIin', guardianIin);
      await f.upload(page, 'guardianConsentDocument', PDF);
      await f.next(page);

      await f.onPage(page, 'contract');
      await f.fill(page, 'contractNumber', 'ТД-14/2026');
      await f.date(page, 'contractDate', signed);
      await f.next(page);

      await f.onPage(page, 'term');
      await f.date(page, 'startDate', starts);
      await f.choose(page, 'term', 'seasonal');
      await f.next(page);

      await f.onPage(page, 'job');
      await f.fill(page, 'position', 'Курьер');
      await f.choose(page, 'workLocation', 'workplace');
      await f.fill(page, 'workplaceAddress', 'г. Алматы, ул. Абая, 10');
      await f.next(page);

      await f.onPage(page, 'hours-and-pay');
      await f.choose(page, 'workMode', 'part-time');
      await f.fill(page, 'hoursPerWeek', '24');
      await f.fill(page, 'salary', '90 000');
      await f.fill(page, 'probationMonths', '0');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('labour-contract', 'ru');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        employerType: 'legal-entity',
        employerBin: '940140000385',
        employeeIin,
        guardianName: 'Петрова Ирина Сергеевна',
        guardianIin,
        contractNumber: 'ТД-14/2026',
        contractDate: signed.iso,
        startDate: starts.iso,
        term: 'seasonal',
        position: 'Курьер',
        workLocation: 'workplace',
        workplaceAddress: 'г. Алматы, ул. Абая, 10',
        workMode: 'part-time',
        hoursPerWeek: 24,
        salary: 90000,
        probationMonths: 0,
      });
      assert.deepEqual(row.files, [storedFile('guardianConsentDocument', PDF)]);
    });
  });

  it('targeted social assistance in Russian: no one else in the household, no one can work, two files of proof of income, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.social, 'ru');
    const applicantIin = iinAged(62, 'male', 8300);
    await journey('targeted-social-assistance', 'ru', async (page) => {
      await f.onPage(page, 'about-you', { first: true });
      await f.fill(page, 'applicantIin', applicantIin);
      await f.fill(page, 'applicantPhone', '8 705 987 65 43');
      await f.next(page);

      await f.onPage(page, 'address');
      await f.select(page, 'addressRegion', 'karaganda');
      await f.fill(page, 'addressSettlement', 'Темиртау');
      await f.fill(page, 'addressStreet', 'проспект Металлургов');
      await f.fill(page, 'addressBuilding', '7');
      await f.next(page);

      await f.onPage(page, 'household');
      await f.next(page);

      await f.onPage(page, 'work');
      await f.choose(page, 'canWork', 'no');
      await f.next(page);

      await f.onPage(page, 'income');
      await f.fill(page, 'monthlyIncome', '65 000');
      await f.tick(page, 'incomeDiffers');
      await f.upload(page, 'incomeProof', [PDF, PNG]);
      await f.next(page);

      await f.onPage(page, 'bank');
      await f.fill(page, 'iban', 'KZ86 125K ZT50 0410 0100');
      await f.next(page);

      await f.onPage(page, 'declaration');
      await f.tick(page, 'personalDataConsent');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('targeted-social-assistance', 'ru');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77059876543',
        addressRegion: 'karaganda',
        addressSettlement: 'Темиртау',
        addressStreet: 'проспект Металлургов',
        addressBuilding: '7',
        canWork: 'no',
        monthlyIncome: 65000,
        incomeDiffers: true,
        iban: 'KZ86125KZT5004100100',
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, [storedFile('incomeProof', PDF, 0), storedFile('incomeProof', PNG, 1)]);
    });
  });

  it('large-family benefit in Russian: four children, a student of 19 with a certificate, stored exactly', { timeout: 90_000 }, async () => {
    const f = formIn(FILES.large, 'ru');
    const applicantIin = iinAged(46, 'female', 9000);
    const children = [
      { childIin: iinAged(19, 'female', 9100), childName: 'Иванова Мария Петровна', isStudent: 'yes' },
      { childIin: iinAged(15, 'male', 9200), childName: 'Иванов Илья Петрович' },
      { childIin: iinAged(10, 'female', 9300), childName: 'Иванова Софья Петровна' },
      { childIin: iinAged(3, 'male', 9400), childName: 'Иванов Лев Петрович' },
    ];
    await journey('large-family-benefit', 'ru', async (page) => {
      await f.onPage(page, 'about-you', { first: true });
      await f.fill(page, 'applicantIin', applicantIin);
      await f.fill(page, 'applicantPhone', '+7 700 765 43 21');
      await f.next(page);

      await f.onPage(page, 'children');
      for (const [i, child] of children.entries()) {
        await f.add(page, 'children', i === 0);
        await page.waitForURL(new RegExp(`/children#children\\.${i}:heading$`));
        await f.fill(page, `children[${i}].childIin`, child.childIin);
        await f.fill(page, `children[${i}].childName`, child.childName);
        if (child.isStudent) {
          await f.choose(page, `children[${i}].isStudent`, 'yes');
          await f.upload(page, `children[${i}].studyProof`, PNG);
        }
      }
      await f.next(page);

      await f.onPage(page, 'bank');
      await f.fill(page, 'iban', 'KZ86125KZT5004100100');
      await f.next(page);

      await f.onPage(page, 'declaration');
      await f.tick(page, 'declaration');
      await f.tick(page, 'personalDataConsent');
      await f.next(page);

      const reference = await f.send(page);
      const row = stored('large-family-benefit', 'ru');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77007654321',
        children,
        iban: 'KZ86125KZT5004100100',
        declaration: true,
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, [storedFile('children[0].studyProof', PNG)]);
    });
  });
});
