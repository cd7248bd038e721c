import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  assertDefinition,
  CHECK_ANSWERS,
  errorSentence,
  FormSession,
  localize,
  message,
  type FormDefinition,
  type FormSessionState,
} from '@service-forms/core';
import { renderCheckAnswersPage, renderConfirmationPage, renderFormPage, renderMessagePage } from './render.js';
import { readPagePost } from './read-post.js';
import { checkedHref } from './page-templates.js';
import { LANGUAGE_NAMES, SKIP_LINK } from './page-words.js';
import { formBody, pageForm, submitButtons } from './testing/browser.js';
import { attr, descendants, has, type Parsed } from './testing/parse.js';
import { checkPage, children, CSRF, EXAMPLE_FORMS, firstInMain, pageOptions, textOf, titleOf, withClass } from './testing/pages.js';

const form = (name: string): FormDefinition => EXAMPLE_FORMS.find(([file]) => file === name)![1];
const jobSeeker = new FormSession(form('job-seeker'));
const LOCALES = ['en', 'kk', 'ru'] as const;

function render(session: FormSession, state: FormSessionState, where = `${state.step} (${state.locale})`, back?: string): Parsed {
  return checkPage(renderFormPage(session, state, { ...pageOptions(session, state), ...(back ? { back } : {}) }), state.locale, where);
}

/** A state on a page, answers given, after a Continue that found errors. */
function failed(session: FormSession, step: string, locale: string, answers: Record<string, unknown> = {}): FormSessionState {
  const state = { ...session.start({ locale, answers }), step, history: ['about-you'] };
  return session.continue(state).state;
}

describe('the words of a page are the catalogue’s, in each language', () => {
  for (const locale of LOCALES) {
    it(`a page of questions in error (${locale})`, () => {
      const state = failed(jobSeeker, 'about-you', locale, { dateOfBirth: { day: '15', month: '', year: '1990' } });
      const page = render(jobSeeker, state, 'about-you', '/forms/job-seeker/back');
      const definition = jobSeeker.definition;
      const [formTitle, pageTitle] = [localize(definition.title, locale), localize(definition.pages[0]!.title, locale)];
      assert.equal(titleOf(page), `${message(locale, 'error-prefix')} ${pageTitle} – ${formTitle}`);
      assert.equal(textOf(page.all('a')[0]!), SKIP_LINK[locale]);
      assert.equal(attr(page.all('nav')[0]!, 'aria-label'), message(locale, 'language'));
      assert.deepEqual(
        withClass(page, 'sf-language-item').map((item) => textOf(item)),
        definition.locales.map((l) => LANGUAGE_NAMES[l as keyof typeof LANGUAGE_NAMES]),
      );
      assert.equal(textOf(withClass(page, 'sf-back-link')[0]!), message(locale, 'back'));
      const { position, total } = jobSeeker.progress(state);
      assert.equal(textOf(withClass(page, 'sf-progress')[0]!), message(locale, 'step-of', { position, total }));
      if (locale === 'en') assert.equal(textOf(withClass(page, 'sf-progress')[0]!), 'Step 1 of 8');
      assert.equal(textOf(withClass(page, 'sf-caption')[0]!), formTitle);
      assert.equal(textOf(page.all('h1')[0]!), pageTitle);
      // The summary, first in main: the catalogue's heading and error sentences.
      assert.equal(attr(firstInMain(page), 'class'), 'sf-error-summary');
      assert.equal(textOf(withClass(page, 'sf-error-summary-title')[0]!), message(locale, 'there-is-a-problem'));
      const fields = definition.pages[0]!.fields;
      const sentences = Object.values(state.errors).map((error) => {
        const field = fields.find((f) => f.name === error.field)!;
        const messages = Object.fromEntries(Object.entries(field.messages ?? {}).map(([code, text]) => [code, localize(text, locale)]));
        return errorSentence(error, { label: localize(field.label, locale), type: field.type, messages }, locale);
      });
      const links = descendants(withClass(page, 'sf-error-summary-list')[0]!).filter((el) => el.tagName === 'a');
      assert.deepEqual(
        links.map((a) => textOf(a)),
        sentences,
      );
      // A date's link goes to its first part in error: the month.
      assert.equal(attr(links[Object.keys(state.errors).indexOf('dateOfBirth')]!, 'href'), '#dateOfBirth:month');
      assert.equal(textOf(page.byId('iin:error')), `${message(locale, 'error-prefix')} ${sentences[0]}`);
      assert.deepEqual(
        ['day', 'month', 'year'].map((part) => textOf(page.all('label').find((l) => attr(l, 'for') === `dateOfBirth:${part}`)!)),
        [message(locale, 'date-day'), message(locale, 'date-month'), message(locale, 'date-year')],
      );
      assert.equal(textOf(page.byId('adjustments:limit')), message(locale, 'chars-limit', { max: 500 }));
      assert.equal(textOf(submitButtons(pageForm(page)).at(-1)!), message(locale, 'continue'));
    });

    it(`money, check answers and the confirmation (${locale})`, () => {
      const money = render(jobSeeker, { ...jobSeeker.start({ locale }), step: 'job-you-want' });
      assert.equal(textOf(money.byId('desiredSalary:currency')), message(locale, 'in-tenge'));

      const labour = new FormSession(form('labour-contract'));
      let state = labour.start({ locale, answers: { employerType: 'legal-entity', employerBin: '940140000385', employeeIin: '850703400420' } });
      state = { ...state, step: CHECK_ANSWERS };
      const options = pageOptions(labour, state);
      const page = checkPage(renderCheckAnswersPage(labour, state, options), locale, 'check answers');
      const formTitle = localize(labour.definition.title, locale);
      assert.equal(titleOf(page), `${message(locale, 'check-answers-heading')} – ${formTitle}`);
      assert.equal(textOf(page.all('h1')[0]!), message(locale, 'check-answers-heading'));
      assert.deepEqual(
        page.all('h2').map((h) => textOf(h)),
        [...labour.pages(state).map((p) => localize(p.title, locale)), message(locale, 'send-heading')],
      );
      assert.equal(textOf(withClass(page, 'sf-body')[0]!), message(locale, 'send-declaration'));
      assert.equal(textOf(submitButtons(pageForm(page))[0]!), message(locale, 'accept-and-send'));
      assert.equal(submitButtons(pageForm(page)).length, 1);
      const values = withClass(page, 'sf-summary-value').map((dd) => textOf(dd));
      assert.ok(values.includes(message(locale, 'not-answered')), 'an unanswered question says so');
      const change = withClass(page, 'sf-summary-actions').map((dd) => textOf(dd));
      assert.ok(change.every((text) => text.startsWith(`${message(locale, 'change')} `)));
      assert.equal(withClass(page, 'sf-progress').length, 0, 'no "Step n of m" on check answers (as sf-form)');
      const failed = checkPage(renderCheckAnswersPage(labour, state, { ...options, sendFailed: true }), locale, 'send failed');
      assert.equal(attr(firstInMain(failed), 'class'), 'sf-error-summary');
      assert.equal(textOf(withClass(failed, 'sf-error-summary-list')[0]!), message(locale, 'send-failed'));
      assert.ok(titleOf(failed).startsWith(`${message(locale, 'error-prefix')} `));

      const confirmation = checkPage(renderConfirmationPage(labour, state, { reference: 'LC-1', languageHref: (l) => `/done?lang=${l}` }), locale, 'confirmation');
      assert.equal(textOf(confirmation.all('h1')[0]!), message(locale, 'confirmation-heading'));
      assert.equal(textOf(withClass(confirmation, 'sf-panel-body')[0]!), `${message(locale, 'reference-label')} LC-1`);
      assert.deepEqual(
        withClass(confirmation, 'sf-body').map((p) => textOf(p)),
        [message(locale, 'confirmation-body'), localize(labour.definition.whatHappensNext, locale)],
      );
      assert.equal(textOf(withClass(confirmation, 'sf-subheading')[0]!), message(locale, 'what-happens-next'));
      assert.equal(confirmation.all('form').length, 0);
      assert.equal(withClass(confirmation, 'sf-back-link').length, 0);
    });
  }

  it('a checkbox answer says the catalogue’s "Yes"', () => {
    const family = new FormSession(form('large-family-benefit'));
    for (const locale of LOCALES) {
      const state = { ...family.start({ locale, answers: { declaration: true } }), step: CHECK_ANSWERS };
      const page = checkPage(renderFormPage(family, state, pageOptions(family, state)), locale, 'yes');
      assert.ok(withClass(page, 'sf-summary-value').some((dd) => textOf(dd) === message(locale, 'yes')));
    }
  });

  it('the page words are the ones the project already says (the demo page, the language switch)', () => {
    const demo = readFileSync(new URL('../../../examples/demo.js', import.meta.url), 'utf8');
    const skips = [...demo.matchAll(/^\s+skip: '([^']+)',$/gm)].map((m) => m[1]);
    assert.deepEqual(skips, [SKIP_LINK.en, SKIP_LINK.kk, SKIP_LINK.ru]);
    const switcher = readFileSync(new URL('../../elements/src/language-switch/language-switch.ts', import.meta.url), 'utf8');
    assert.ok(switcher.includes(`const NAMES: Record<Locale, string> = { kk: '${LANGUAGE_NAMES.kk}', ru: '${LANGUAGE_NAMES.ru}', en: '${LANGUAGE_NAMES.en}' };`));
  });

  it('a message page: heading, paragraphs, a link, in its language', () => {
    for (const locale of LOCALES) {
      const html = renderMessagePage({
        locale,
        heading: 'Session expired',
        paragraphs: ['We deleted your answers after 60 minutes.', 'Start again.'],
        link: { href: '/forms/service-feedback', text: 'Start again' },
        stylesheet: '/assets/pages.css',
        languages: { locales: ['kk', 'ru', 'en'], href: (l) => `/expired?lang=${l}` },
      });
      const page = checkPage(html, locale, 'message');
      assert.equal(titleOf(page), 'Session expired');
      assert.deepEqual(
        withClass(page, 'sf-body').map((p) => textOf(p)),
        ['We deleted your answers after 60 minutes.', 'Start again.', 'Start again'],
      );
      assert.equal(attr(page.all('a').find((a) => textOf(a) === 'Start again')!, 'href'), '/forms/service-feedback');
      assert.equal(page.all('form').length, 0);
      assert.equal(page.all('link').find((l) => attr(l, 'rel') === 'stylesheet') && attr(page.all('link')[0]!, 'href'), '/assets/pages.css');
    }
  });
});

describe('Enter submits with Continue', () => {
  it('pages with Add and Remove start their form with a copy of Continue, out of the tab order and the tree', () => {
    let state = { ...jobSeeker.start({ locale: 'kk' }), step: 'education' };
    state = jobSeeker.addItem(jobSeeker.addItem(state, 'education'), 'education');
    const page = render(jobSeeker, state);
    const form = pageForm(page);
    const buttons = submitButtons(form);
    const [first] = buttons;
    assert.equal(attr(first!, 'value'), 'continue');
    assert.equal(attr(first!, 'name'), 'action');
    assert.equal(attr(first!, 'tabindex'), '-1');
    assert.equal(attr(first!, 'aria-hidden'), 'true');
    assert.equal(attr(first!, 'class'), 'sf-default-button');
    assert.equal(textOf(first!), message('kk', 'continue'));
    assert.ok(buttons.slice(1, -1).every((b) => /^(add|remove):/.test(attr(b, 'value')!)), 'Add and Remove between the two');
    assert.equal(attr(buttons.at(-1)!, 'value'), 'continue');
    assert.equal(attr(buttons.at(-1)!, 'class'), 'sf-button');
    // The first control of the form is the CSRF input; the copy comes before any field.
    assert.equal(attr(children(form)[0]!, 'type'), 'hidden');
    // Enter in the first text box posts Continue (the browser clicks the default button).
    const body = formBody(page, (name) => (name === 'education[0].institution' ? 'КазҰУ' : undefined), 'enter');
    assert.deepEqual(body.getAll('action'), ['continue']);
    const read = readPagePost(jobSeeker, state, body, { csrfName: CSRF.name });
    assert.equal(read.action.kind, 'continue');
    assert.equal((read.state.answers.education as unknown[]).length, 2, 'Enter never adds an item');
  });

  it('other pages have one submit button, Continue', () => {
    for (const [, definition] of EXAMPLE_FORMS) {
      const session = new FormSession(definition);
      for (const page of definition.pages) {
        const state = { ...session.start(), step: page.id };
        const buttons = submitButtons(pageForm(render(session, state, page.id)));
        assert.equal(attr(buttons[0]!, 'value'), 'continue', page.id);
        if (!buttons.some((b) => /^(add|remove):/.test(attr(b, 'value')!))) assert.equal(buttons.length, 1, page.id);
      }
    }
  });
});

describe('hostile text and values come out inert', () => {
  const HOSTILE = `</title><script>alert(1)</script>"'><img src=x onerror=alert(1)>&amp;`;
  const hostile = assertDefinition({
    id: 'hostile',
    version: '1.0.0',
    locales: ['en'],
    title: { en: HOSTILE },
    whatHappensNext: { en: HOSTILE },
    pages: [
      {
        id: 'one',
        title: { en: HOSTILE },
        fields: [
          { type: 'text', name: 'name', label: { en: HOSTILE }, hint: { en: HOSTILE }, required: true, messages: { required: { en: HOSTILE } } },
          { type: 'textarea', name: 'story', label: { en: HOSTILE } },
          { type: 'radios', name: 'pick', label: { en: HOSTILE }, options: [{ value: `a"b<c>`, label: { en: HOSTILE }, hint: { en: HOSTILE } }, { value: 'plain', label: { en: 'Plain' } }] },
          { type: 'select', name: 'region', label: { en: HOSTILE }, placeholder: { en: HOSTILE }, options: [{ value: 'x', label: { en: HOSTILE } }, { value: 'y', label: { en: 'Y' } }] },
        ],
      },
      { id: 'two', title: { en: 'Two' }, fields: [{ type: 'text', name: 'other', label: { en: 'Other' } }] },
    ],
  });
  const session = new FormSession(hostile);

  function assertInert(page: Parsed, where: string) {
    assert.equal(page.all('script').length, 0, where);
    assert.equal(page.all('img').length, 0, where);
    for (const el of page.elements) for (const { name } of el.attrs) assert.ok(!name.startsWith('on'), `${where}: ${el.tagName}[${name}]`);
  }

  it('definition text is text: in the title, labels, hints, options, the summary, check answers, the confirmation', () => {
    const state = session.continue(session.start()).state;
    const page = render(session, state);
    assertInert(page, 'page');
    // The page's title is the form's here: one, after "Error:".
    assert.equal(titleOf(page), `Error: ${HOSTILE}`);
    assert.equal(textOf(page.all('h1')[0]!), HOSTILE);
    assert.equal(textOf(descendants(withClass(page, 'sf-error-summary-list')[0]!).find((el) => el.tagName === 'a')!), HOSTILE, 'the definition’s own message, as text');
    assert.equal(attr(page.byId('pick:option-0'), 'value'), `a"b<c>`);
    const done = checkPage(renderConfirmationPage(session, state, { reference: HOSTILE }), 'en', 'confirmation');
    assertInert(done, 'confirmation');
    assert.equal(textOf(withClass(done, 'sf-reference')[0]!), HOSTILE);
    const check = checkPage(renderFormPage(session, { ...state, step: CHECK_ANSWERS, errors: {} }, pageOptions(session, state)), 'en', 'check');
    assertInert(check, 'check answers');
  });

  it('posted values are kept exactly and shown as text; tampered names are listed, never set', () => {
    const state = session.start();
    const body = new URLSearchParams();
    body.append('name', HOSTILE);
    body.append('story', `${HOSTILE}\r\n</textarea><script>alert(2)</script>`);
    body.append('pick', `a"b<c>`);
    for (const name of ['__proto__', 'constructor', 'toString', 'other', 'name[0]', 'pick.day', 'hasOwnProperty', 'two']) body.append(name, 'x');
    body.append('action', 'continue');
    const read = readPagePost(session, state, body);
    assert.deepEqual(read.ignored, ['__proto__', 'constructor', 'toString', 'other', 'name[0]', 'pick.day', 'hasOwnProperty', 'two']);
    assert.equal(read.state.answers.name, HOSTILE);
    assert.equal(read.state.answers.story, `${HOSTILE}\n</textarea><script>alert(2)</script>`);
    assert.equal(read.state.answers.other, undefined, 'a field of another page is never set');
    assert.equal(Object.getPrototypeOf(read.state.answers), Object.prototype);
    assert.equal(({} as Record<string, unknown>).x, undefined);
    assert.deepEqual(Object.keys(read.state.answers).sort(), ['name', 'pick', 'region', 'story']);
    const page = render(session, { ...read.state, step: 'one', errors: {} });
    assertInert(page, 'values');
    assert.equal(attr(page.byId('name'), 'value'), HOSTILE);
    assert.equal(page.byId('story').childNodes.map((n) => ('value' in n ? n.value : '')).join(''), read.state.answers.story);
    assert.ok(has(page.byId('pick:option-0'), 'checked'));
  });

  it('actions the page does not offer do nothing but keep the answers', () => {
    const state = { ...jobSeeker.start(), step: 'education' };
    for (const action of ['add:languages', 'add:iin', 'add:__proto__', 'remove:education[0]', 'remove:education[-1]', 'change:nowhere', 'language:de', 'delete', '']) {
      const read = readPagePost(jobSeeker, state, new URLSearchParams({ action }));
      assert.deepEqual(read.action, { kind: 'none', value: action }, action);
      assert.equal(read.state.step, 'education');
      assert.deepEqual(read.state.answers, {}, action);
    }
  });

  it('URLs the caller gives are used as given, but never a script URL', () => {
    assert.equal(checkedHref('/forms/x?lang=kk#iin'), '/forms/x?lang=kk#iin');
    assert.equal(checkedHref('https://example.kz/a'), 'https://example.kz/a');
    assert.equal(checkedHref('?lang=ru'), '?lang=ru');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      assert.throws(() => checkedHref(bad), TypeError, bad);
    }
    const state = jobSeeker.start();
    assert.throws(() => renderFormPage(jobSeeker, state, { ...pageOptions(jobSeeker, state), back: 'javascript:history.back()' }), TypeError);
    assert.throws(() => renderFormPage(jobSeeker, state, { ...pageOptions(jobSeeker, state), action: 'javascript:x' }), TypeError);
  });
});
