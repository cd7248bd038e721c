// Every example form without JavaScript, in a real Chromium with JavaScript disabled, against the
// demo server as `npm start` runs it (examples/server.mjs, after the build): each form is
// completed to its confirmation in English, and service feedback in Russian too (Kazakh:
// html-flow-nojs.test.mjs). The job seeker journey is made with the keyboard alone (Tab, Space,
// arrow keys, Enter and typing); the others find every control by its label. Each form first
// fails a page: its title starts with the language's "Error:", the error summary is the first
// thing in main and lists the errors in order, and what was typed is kept exactly. Files are
// uploaded on two forms; Change from check answers removes a page on another. The stored row
// holds exactly the answers given (read from the SQLite file), and its reference is the one the
// confirmation shows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  PDF,
  PNG,
  chooseOption,
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

describe('every example form without JavaScript, through the reference server', { timeout: 280_000 }, () => {
  const { journey, stored } = demoAndBrowser('sf-nojs-forms-');

  /**
   * The page after a failed Continue: its title is "<Error:> <page> – <form>", and the first
   * thing in main is the error summary, "There is a problem" and a link per error, in order,
   * each to the control it is about.
   */
  async function assertFailedPage(page, locale, { pageTitle, formTitle, errors }) {
    assert.equal(await page.title(), `${message(locale, 'error-prefix')} ${pageTitle} – ${formTitle}`);
    const summary = page.locator('main > :first-child');
    assert.equal(await summary.getByRole('heading', { level: 2 }).textContent(), message(locale, 'there-is-a-problem'));
    const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })));
    assert.deepEqual(links.map((link) => link.text), errors);
    for (const { href } of links) {
      assert.match(href, /^#/);
      assert.equal(await page.locator(`main form [id="${href.slice(1)}"]`).count(), 1, `the summary's ${href} is a control on the page`);
    }
    // The page heading follows the summary: the summary is read first.
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), pageTitle);
  }

  const button = (page, name) => page.getByRole('button', { name, exact: true });
  const next = (page, locale) => button(page, message(locale, 'continue')).click();

  /** The check answers page, then Accept and send; resolves with the reference the confirmation shows. */
  async function acceptAndSend(page, locale) {
    await page.waitForURL(/\/check-answers$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message(locale, 'check-answers-heading'));
    await button(page, message(locale, 'accept-and-send')).click();
    return confirmation(page, locale);
  }

  // ---- By label (wordsOf: a form's words from its definition) -----------------------------------

  /** Fills a date field's Day, Month and Year, found in the group its label names. */
  async function fillDate(scope, locale, label, date) {
    const group = scope.getByRole('group', { name: label, exact: true });
    await group.getByLabel(message(locale, 'date-day'), { exact: true }).fill(date.day);
    await group.getByLabel(message(locale, 'date-month'), { exact: true }).fill(date.month);
    await group.getByLabel(message(locale, 'date-year'), { exact: true }).fill(date.year);
  }

  it('labour contract in English: a refused BIN kept as typed, an employee of 15 adds the consent page and its PDF', { timeout: 90_000 }, async () => {
    const form = 'Register an employment contract';
    const employeeIin = iinAged(15, 'male');
    const guardianIin = iinAged(42, 'female', 2000);
    const signed = dayFromToday(-10);
    const starts = dayFromToday(7);
    const ends = dayFromToday(40, 1);
    await journey('labour-contract', 'en', async (page) => {
      await page.getByRole('radio', { name: 'An organisation' }).check();
      await page.getByLabel('Business identification number (BIN)').fill('940140 000386');
      await next(page, 'en');
      await page.waitForURL(/\/employer$/);
      await assertFailedPage(page, 'en', { pageTitle: 'The employer', formTitle: form, errors: ['Check the BIN: one of the digits is wrong'] });
      assert.equal(await page.getByLabel('Business identification number (BIN)').inputValue(), '940140 000386');
      assert.equal(await page.getByRole('radio', { name: 'An organisation' }).isChecked(), true);
      await page.getByLabel('Business identification number (BIN)').fill('940140000385');
      await next(page, 'en');

      await page.waitForURL(/\/employee$/);
      await page.getByLabel('Employee’s IIN').fill(employeeIin);
      await next(page, 'en');

      // Under 16: a parent's or guardian's consent, with the signed document.
      await page.waitForURL(/\/guardian-consent$/);
      await page.getByLabel('Parent’s or guardian’s full name').fill('Saule Akhmetova');
      await page.getByLabel('Parent’s or guardian’s IIN').fill(guardianIin);
      await page.getByLabel('Upload the signed consent').setInputFiles(PDF);
      await next(page, 'en');

      await page.waitForURL(/\/contract$/);
      await page.getByLabel('Contract number').fill('TD-2026/117');
      await fillDate(page, 'en', 'Date the contract was signed', signed);
      await next(page, 'en');

      await page.waitForURL(/\/term$/);
      await fillDate(page, 'en', 'Date the employee starts work', starts);
      await page.getByRole('radio', { name: 'A fixed term of at least one year' }).check();
      await fillDate(page, 'en', 'Date the contract ends', ends);
      await next(page, 'en');

      await page.waitForURL(/\/job$/);
      await page.getByLabel('Job title').fill('Shop assistant');
      await page.getByRole('radio', { name: 'At a workplace of the employer' }).check();
      await page.getByLabel('Address of the workplace').fill('Karaganda, Bukhar-Zhyrau avenue 12');
      await next(page, 'en');

      await page.waitForURL(/\/hours-and-pay$/);
      await page.getByRole('radio', { name: 'Part-time' }).check();
      await page.getByLabel('Hours a week').fill('20');
      await page.getByLabel('Monthly salary').fill('150 000');
      await page.getByLabel('Probation period, in months').fill('0');
      await next(page, 'en');
      assert.ok((await page.locator('main').textContent()).includes(PDF.name), 'check answers names the file');

      const reference = await acceptAndSend(page, 'en');
      const row = stored('labour-contract', 'en');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        employerType: 'legal-entity',
        employerBin: '940140000385',
        employeeIin,
        guardianName: 'Saule Akhmetova',
        guardianIin,
        contractNumber: 'TD-2026/117',
        contractDate: signed.iso,
        startDate: starts.iso,
        term: 'fixed',
        endDate: ends.iso,
        position: 'Shop assistant',
        workLocation: 'workplace',
        workplaceAddress: 'Karaganda, Bukhar-Zhyrau avenue 12',
        workMode: 'part-time',
        hoursPerWeek: 20,
        salary: 150000,
        probationMonths: 0,
      });
      assert.deepEqual(row.files, [storedFile('guardianConsentDocument', PDF)]);
    });
  });

  it('large-family benefit in English: four children added one by one, a student’s certificate uploaded', { timeout: 90_000 }, async () => {
    const form = 'Apply for the large-family benefit';
    const applicantIin = iinAged(44, 'female');
    const children = [
      { childIin: iinAged(20, 'female', 3000), childName: 'Aruzhan Serikovna' },
      { childIin: iinAged(16, 'male', 3100), childName: 'Timur Serikuly' },
      { childIin: iinAged(12, 'female', 3200), childName: 'Dana Serikovna' },
      { childIin: iinAged(7, 'male', 3300), childName: 'Alikhan Serikuly' },
    ];
    await journey('large-family-benefit', 'en', async (page) => {
      await page.getByLabel('Individual identification number (IIN)').fill(' 85070340042');
      await next(page, 'en');
      await page.waitForURL(/\/about-you$/);
      await assertFailedPage(page, 'en', { pageTitle: 'About you', formTitle: form, errors: ['IIN must be 12 digits', 'Enter your mobile phone number'] });
      assert.equal(await page.getByLabel('Individual identification number (IIN)').inputValue(), ' 85070340042');
      await page.getByLabel('Individual identification number (IIN)').fill(applicantIin);
      await page.getByLabel('Mobile phone number').fill('+7 702 555 0101');
      await next(page, 'en');

      await page.waitForURL(/\/children$/);
      for (const [i, child] of children.entries()) {
        await button(page, i === 0 ? 'Add child' : 'Add another child').click();
        await page.waitForURL(new RegExp(`/children#children\\.${i}:heading$`));
        const item = page.getByRole('group', { name: `Child ${i + 1}`, exact: true });
        await item.getByLabel('Child’s IIN').fill(child.childIin);
        await item.getByLabel('Child’s full name').fill(child.childName);
        if (i === 0) {
          // 20 years old: counts while studying full-time, with a certificate.
          await item.getByRole('radio', { name: 'Yes' }).check();
          await item.getByLabel('Upload a certificate of full-time study').setInputFiles(PNG);
        }
      }
      await next(page, 'en');

      await page.waitForURL(/\/bank$/);
      await page.getByLabel('IBAN of your bank account').fill('KZ86 125K ZT50 0410 0100');
      await next(page, 'en');

      await page.waitForURL(/\/declaration$/);
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await next(page, 'en');

      const reference = await acceptAndSend(page, 'en');
      const row = stored('large-family-benefit', 'en');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77025550101',
        children: [{ ...children[0], isStudent: 'yes' }, ...children.slice(1)],
        iban: 'KZ86125KZT5004100100',
        declaration: true,
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, [storedFile('children[0].studyProof', PNG)]);
    });
  });

  it('targeted social assistance in English: a household member, proof of income, Change removes the social contract page', { timeout: 90_000 }, async () => {
    const form = 'Apply for targeted social assistance';
    const applicantIin = iinAged(39, 'female');
    const memberIin = iinAged(41, 'male', 4000);
    await journey('targeted-social-assistance', 'en', async (page) => {
      await page.getByLabel('Individual identification number (IIN)').fill(applicantIin);
      await page.getByLabel('Mobile phone number').fill('+7 123');
      await next(page, 'en');
      await page.waitForURL(/\/about-you$/);
      await assertFailedPage(page, 'en', { pageTitle: 'About you', formTitle: form, errors: ['Enter a Kazakhstan phone number, like +7 701 234 5678'] });
      assert.equal(await page.getByLabel('Individual identification number (IIN)').inputValue(), applicantIin);
      assert.equal(await page.getByLabel('Mobile phone number').inputValue(), '+7 123');
      await page.getByLabel('Mobile phone number').fill('+7 705 123 4567');
      await next(page, 'en');

      await page.waitForURL(/\/address$/);
      const address = page.getByRole('group', { name: 'Address where you are registered to live' });
      await address.getByLabel('Region or city').selectOption({ label: 'Pavlodar region' });
      await address.getByLabel('Town, city or village').fill('Ekibastuz');
      await address.getByLabel('Street, avenue or microdistrict').fill('Satpayev street');
      await address.getByLabel('House or building number').fill('12');
      await next(page, 'en');

      await page.waitForURL(/\/household$/);
      await button(page, 'Add household member').click();
      await page.waitForURL(/\/household#householdMembers\.0:heading$/);
      await page.getByLabel('Their IIN').fill(memberIin);
      await page.getByLabel('Who are they to you?').selectOption({ label: 'Husband or wife' });
      await page.getByLabel('What do they do?').selectOption({ label: 'Unemployed' });
      await next(page, 'en');

      await page.waitForURL(/\/work$/);
      await page.getByRole('radio', { name: 'Yes' }).check();
      await next(page, 'en');

      await page.waitForURL(/\/income$/);
      await page.getByLabel('Your household’s total income in an average month').fill('95 000');
      await page.getByRole('checkbox', { name: 'My household’s income is different from the government records' }).check();
      await page.getByLabel('Upload proof of your household’s income').setInputFiles(PDF);
      await next(page, 'en');

      await page.waitForURL(/\/bank$/);
      await page.getByLabel('IBAN of your bank account').fill('KZ86125KZT5004100100');
      await next(page, 'en');

      await page.waitForURL(/\/social-contract$/);
      await page.getByRole('checkbox', { name: 'I agree to sign a social contract with my employment centre' }).check();
      await next(page, 'en');

      await page.waitForURL(/\/declaration$/);
      await page.getByRole('checkbox').check();
      await next(page, 'en');

      // Change "Can anyone in your household work?" to No: the social contract no longer applies.
      await page.waitForURL(/\/check-answers$/);
      assert.ok((await page.locator('main').textContent()).includes('Social contract'));
      await page.getByRole('link', { name: 'Change Can anyone in your household work?' }).click();
      await page.waitForURL(/\/work#canWork$/);
      assert.equal(await page.getByRole('radio', { name: 'Yes' }).isChecked(), true, 'the answer is shown back');
      await page.getByRole('radio', { name: 'No' }).check();
      await next(page, 'en');
      await page.waitForURL(/\/check-answers$/);
      assert.ok(!(await page.locator('main').textContent()).includes('Social contract'), 'a page that no longer applies is not listed');

      const reference = await acceptAndSend(page, 'en');
      const row = stored('targeted-social-assistance', 'en');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        applicantIin,
        applicantPhone: '+77051234567',
        addressRegion: 'pavlodar',
        addressSettlement: 'Ekibastuz',
        addressStreet: 'Satpayev street',
        addressBuilding: '12',
        householdMembers: [{ memberIin, relationship: 'spouse', status: 'unemployed' }],
        canWork: 'no',
        monthlyIncome: 95000,
        incomeDiffers: true,
        iban: 'KZ86125KZT5004100100',
        personalDataConsent: true,
      });
      assert.deepEqual(row.files, [storedFile('incomeProof', PDF)]);
    });
  });

  it('service feedback in English: a good rating asks nothing more; anonymous', { timeout: 60_000 }, async () => {
    await journey('service-feedback', 'en', async (page) => {
      await page.getByLabel('Which service did you use?').selectOption({ label: 'Large-family benefit' });
      await next(page, 'en');
      await page.waitForURL(/\/service$/);
      await assertFailedPage(page, 'en', { pageTitle: 'The service you used', formTitle: 'Give feedback on a service', errors: ['Select how you used the service'] });
      assert.equal(await page.getByLabel('Which service did you use?').inputValue(), 'large-family-benefit');
      await page.getByRole('radio', { name: 'At a public service centre' }).check();
      await next(page, 'en');
      await page.waitForURL(/\/rating$/);
      await page.getByRole('radio', { name: '5: Very good' }).check();
      await next(page, 'en');
      await page.waitForURL(/\/reply$/);
      await page.getByRole('radio', { name: 'No, keep my feedback anonymous' }).check();
      await next(page, 'en');
      const reference = await acceptAndSend(page, 'en');
      const row = stored('service-feedback', 'en');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, { service: 'large-family-benefit', channel: 'public-service-centre', rating: '5', wantsReply: 'no' });
    });
  });

  it('service feedback in Russian: a low rating asks what went wrong; a reply by phone, its refused number kept as typed', { timeout: 60_000 }, async () => {
    const w = wordsOf('service-feedback', 'ru');
    const formTitle = definition('service-feedback').title.ru;
    await journey('service-feedback', 'ru', async (page) => {
      await page.getByLabel(w('service')).selectOption({ label: w('service=other') });
      await page.getByRole('radio', { name: w('channel=employment-centre') }).check();
      await next(page, 'ru');
      await page.waitForURL(/\/rating$/);
      await page.getByRole('radio', { name: w('rating=3') }).check();
      await next(page, 'ru');
      await page.waitForURL(/\/what-went-wrong$/);
      await page.getByRole('checkbox', { name: w('reasons=unclear') }).check();
      await page.getByRole('checkbox', { name: w('reasons=language') }).check();
      await page.getByLabel(w('comment')).fill('Ответ пришёл через месяц,\nи только на казахском.');
      await next(page, 'ru');

      // A wrong number and no consent: refused, and the name and number stay as typed.
      await page.waitForURL(/\/reply$/);
      await page.getByRole('radio', { name: w('wantsReply=yes') }).check();
      await page.getByLabel(w('replyName'), { exact: true }).fill('Ольга  Петрова');
      await page.getByRole('radio', { name: w('replyBy=phone') }).check();
      await page.getByLabel(w('replyPhone'), { exact: true }).fill('8 701 76');
      await next(page, 'ru');
      await page.waitForURL(/\/reply$/);
      await assertFailedPage(page, 'ru', {
        pageTitle: w('page:reply'),
        formTitle,
        errors: ['Введите казахстанский номер телефона, например +7 701 234 5678', 'Поставьте отметку, чтобы дать согласие на использование ваших данных для ответа'],
      });
      assert.equal(await page.getByLabel(w('replyName'), { exact: true }).inputValue(), 'Ольга  Петрова');
      assert.equal(await page.getByLabel(w('replyPhone'), { exact: true }).inputValue(), '8 701 76');
      assert.equal(await page.getByRole('radio', { name: w('replyBy=phone') }).isChecked(), true);
      await page.getByLabel(w('replyPhone'), { exact: true }).fill('+7 701 765 4321');
      await page.getByRole('checkbox', { name: w('replyConsent') }).check();
      await next(page, 'ru');

      const reference = await acceptAndSend(page, 'ru');
      const row = stored('service-feedback', 'ru');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        service: 'other',
        channel: 'employment-centre',
        rating: '3',
        reasons: ['unclear', 'language'],
        comment: 'Ответ пришёл через месяц,\nи только на казахском.',
        wantsReply: 'yes',
        replyName: 'Ольга Петрова',
        replyBy: 'phone',
        replyPhone: '+77017654321',
        replyConsent: true,
      });
    });
  });

  it('job seeker in English by keyboard alone: a failed page, a reveal, add-another twice, stored exactly', { timeout: 120_000 }, async () => {
    const form = 'Register as a job seeker';
    const iin = iinAged(36, 'female');
    const birth = dayFromToday(-130, -36);
    await journey('job-seeker-registration', 'en', async (page) => {
      // A wrong check digit, a name with its own spacing, no date and no answer to the radios.
      await tabAndType(page, page.getByLabel('Individual identification number (IIN)'), '900115 300014');
      await tabAndType(page, page.getByLabel('Full name'), "Dana  O'Neil-Serikqyzy");
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/about-you$/);
      await assertFailedPage(page, 'en', {
        pageTitle: 'About you',
        formTitle: form,
        errors: ['Check your IIN: one of the digits is wrong', 'Enter your date of birth', 'Select yes if you have a disability'],
      });
      assert.equal(await page.getByLabel('Individual identification number (IIN)').inputValue(), '900115 300014');
      assert.equal(await page.getByLabel('Full name').inputValue(), "Dana  O'Neil-Serikqyzy");
      // The skip link, then the first error: Enter on it puts the cursor in the IIN.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Check your IIN: one of the digits is wrong');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'iin');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(iin);

      const date = page.getByRole('group', { name: 'Date of birth' });
      await tabAndType(page, date.getByLabel('Day'), birth.day);
      await tabAndType(page, date.getByLabel('Month'), birth.month);
      await tabAndType(page, date.getByLabel('Year'), birth.year);
      await chooseRadio(page, page.getByRole('radio', { name: 'Yes', exact: true }));
      await chooseRadio(page, page.getByRole('radio', { name: 'Group II', exact: true }));
      await tabAndType(page, page.getByLabel('What adjustments do you need? (optional)'), 'A step-free workplace');
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      await page.waitForURL(/\/contact$/);
      await tabAndType(page, page.getByLabel('Mobile phone number'), '+7 701 234 5678');
      await page.keyboard.press('Enter');

      await page.waitForURL(/\/where-you-live$/);
      await chooseOption(page, page.getByLabel('Region or city'), 'Karaganda region');
      await tabAndType(page, page.getByLabel('District'), 'Bukhar-Zhyrau');
      await tabAndType(page, page.getByLabel('Town, city or village'), 'Botakara');
      await page.keyboard.press('Enter');

      // Add-another: the first item.
      await page.waitForURL(/\/education$/);
      await tabAndPress(page, button(page, 'Add education'), 'Enter');
      await page.waitForURL(/\/education#/);
      const study = page.getByRole('group', { name: 'Education 1' });
      await chooseOption(page, study.getByLabel('Level of education'), 'Technical and vocational (college)');
      await tabAndType(page, study.getByLabel('Name of the school, college or university'), 'Karaganda Polytechnic College');
      await tabAndType(page, study.getByLabel('Specialty (optional)'), 'Welding');
      await tabAndType(page, study.getByLabel('Year you finished'), '2008');
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      await page.waitForURL(/\/work-experience$/);
      await tabAndPress(page, page.getByRole('checkbox', { name: 'I have never had a job' }), 'Space');
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      await page.waitForURL(/\/job-you-want$/);
      await tabAndType(page, page.getByLabel('What job are you looking for?'), 'Welder');
      await tabAndType(page, page.getByLabel('What monthly salary do you want?'), '250 000');
      await tabAndPress(page, page.getByRole('checkbox', { name: 'Full-time' }), 'Space');
      await tabAndPress(page, page.getByRole('checkbox', { name: 'Shift work' }), 'Space');
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      // Add-another: two languages.
      await page.waitForURL(/\/languages$/);
      await tabAndPress(page, button(page, 'Add language'), 'Enter');
      await page.waitForURL(/\/languages#/);
      const first = page.getByRole('group', { name: 'Language 1' });
      await chooseOption(page, first.getByLabel('Language', { exact: true }), 'Kazakh');
      await chooseRadio(page, first.getByRole('radio', { name: 'Native' }));
      await tabAndPress(page, button(page, 'Add another language'), 'Enter');
      await page.waitForURL(/\/languages#languages\.1/);
      const second = page.getByRole('group', { name: 'Language 2' });
      await chooseOption(page, second.getByLabel('Language', { exact: true }), 'Russian');
      await chooseRadio(page, second.getByRole('radio', { name: 'Fluent' }));
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      await page.waitForURL(/\/publish$/);
      await tabAndPress(page, page.getByRole('checkbox', { name: 'I agree to my profile being published on the electronic labour exchange' }), 'Space');
      await tabAndPress(page, button(page, 'Continue'), 'Enter');

      await page.waitForURL(/\/check-answers$/);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message('en', 'check-answers-heading'));
      await tabAndPress(page, button(page, 'Accept and send'), 'Enter');
      const reference = await confirmation(page, 'en');

      const row = stored('job-seeker-registration', 'en');
      assert.equal(row.reference, reference);
      assert.deepEqual(row.answers, {
        iin,
        // Stored as core normalizes them (the failed page above kept them as typed).
        fullName: "Dana O'Neil-Serikqyzy",
        dateOfBirth: birth.iso,
        hasDisability: 'yes',
        disabilityGroup: 'II',
        adjustments: 'A step-free workplace',
        mobilePhone: '+77012345678',
        region: 'karaganda',
        district: 'Bukhar-Zhyrau',
        settlement: 'Botakara',
        education: [{ level: 'technical-vocational', institution: 'Karaganda Polytechnic College', specialty: 'Welding', graduationYear: 2008 }],
        noExperience: true,
        desiredPosition: 'Welder',
        desiredSalary: 250000,
        schedule: ['full-time', 'shift'],
        languages: [
          { language: 'kk', level: 'native' },
          { language: 'ru', level: 'fluent' },
        ],
        publishConsent: true,
      });
      assert.deepEqual(row.files, []);
    });
  });
});
