import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHECK_ANSWERS,
  FormSession,
  formatDate,
  formatMoney,
  getAnswer,
  localize,
  message,
  wordAnswer,
  type FormSessionState,
} from '@service-forms/core';
import { FORMS } from '../../../test/journeys/agreement-cases.js';
import { renderConfirmationPage, renderFormPage } from './render.js';
import { readPagePost, type PagePost } from './read-post.js';
import { formBody, pageForm, submitButtons, type Fill } from './testing/browser.js';
import { fillFrom, nothingTyped } from './testing/page-states.js';
import { attr, descendants, has, type Parsed } from './testing/parse.js';
import { checkPage, CSRF, EXAMPLE_FORMS, firstInMain, pageOptions, textOf, titleOf, withClass } from './testing/pages.js';

// Each example form in each of its languages, done entirely as a browser without script would:
// the page rendered, its form's data set posted (testing/browser.ts), read back with
// readPagePost, and the next page rendered from the state it returns.

const test = { timeout: 60_000 };

/** The answers a person types: each form's first good case of the client/server agreement. */
const GOOD = new Map(FORMS.map(([name, cases]) => [name, cases.find((c) => 'accepted' in c.expected)!.answers]));

class Journey {
  readonly session: FormSession;
  state: FormSessionState;
  html = '';
  page!: Parsed;

  constructor(
    readonly name: string,
    form: FormSession['definition'],
    readonly locale: string,
  ) {
    this.session = new FormSession(form);
    this.state = this.session.start({ locale });
    this.render();
  }

  get where() {
    return `${this.name} (${this.locale}) at ${this.state.step}`;
  }

  render(): Parsed {
    this.html = renderFormPage(this.session, this.state, pageOptions(this.session, this.state));
    this.page = checkPage(this.html, this.state.locale, this.where);
    return this.page;
  }

  /** Posts the page's form as a browser would, reads it back, renders the page the state is on. */
  post(fill: Fill, submitter = 'continue'): PagePost {
    return this.postBody(formBody(this.page, fill, submitter));
  }

  postBody(body: URLSearchParams): PagePost {
    assert.equal(body.get(CSRF.name), CSRF.value, this.where);
    const result = readPagePost(this.session, this.state, body, { csrfName: CSRF.name, step: this.state.step });
    assert.deepEqual(result.ignored, [], `${this.where}: the page posts only its own names`);
    this.state = result.state;
    this.render();
    return result;
  }

  items(path: string): number {
    const items = getAnswer(this.state.answers, path);
    return Array.isArray(items) ? items.length : 0;
  }

  /** The repeatables the page shows, by their Add buttons' values. */
  repeatables(): string[] {
    return submitButtons(pageForm(this.page))
      .map((button) => attr(button, 'value') ?? '')
      .filter((value) => value.startsWith('add:'))
      .map((value) => value.slice(4));
  }
}

/** The summary is first in main, the title says "Error:", each link reaches an element. */
function assertErrorPage(journey: Journey) {
  const { page, locale, where } = journey;
  const summary = firstInMain(page);
  assert.equal(attr(summary, 'class'), 'sf-error-summary', `${where}: the error summary comes first in main`);
  assert.equal(textOf(withClass(page, 'sf-error-summary-title')[0]!), message(locale, 'there-is-a-problem'), where);
  assert.ok(titleOf(page).startsWith(`${message(locale, 'error-prefix')} `), `${where}: ${titleOf(page)}`);
  const links = descendants(withClass(page, 'sf-error-summary-list')[0]!).filter((el) => el.tagName === 'a');
  assert.equal(links.length, Object.keys(journey.state.errors).length, `${where}: one link per error of the page`);
  for (const link of links) {
    const target = page.byId(attr(link, 'href')!.slice(1));
    assert.ok(['input', 'select', 'textarea', 'button'].includes(target.tagName), `${where}: ${attr(link, 'href')} is a ${target.tagName}`);
  }
}

describe('whole pages: each example form, each language, through renderFormPage and readPagePost', () => {
  for (const [name, form] of EXAMPLE_FORMS) {
    const good = GOOD.get(name)!;
    for (const locale of form.locales) {
      it(`${name} (${locale})`, test, () => {
        assert.ok(good, name);
        const journey = new Journey(name, form, locale);
        const fill = fillFrom(good);

        // The first page, empty: no error, no "Error:"; then Continue with nothing.
        assert.equal(withClass(journey.page, 'sf-error-summary').length, 0);
        assert.ok(!titleOf(journey.page).startsWith(message(locale, 'error-prefix')));
        const empty = journey.post(nothingTyped);
        assert.deepEqual(empty.action, { kind: 'continue', outcome: 'errors' }, journey.where);
        assertErrorPage(journey);

        // One answer typed, the rest still missing: what was typed is shown back exactly.
        const firstName = [...new Set(journey.page.elements.filter((el) => ['input', 'select', 'textarea'].includes(el.tagName)).map((el) => attr(el, 'name')))].find(
          (n) => n && n !== CSRF.name && fill(n) !== undefined,
        )!;
        const kept = journey.post((n) => (n === firstName ? fill(n) : nothingTyped(n)));
        if (kept.action.kind === 'continue' && kept.action.outcome === 'errors') {
          assertErrorPage(journey);
          const controls = journey.page.named(firstName);
          const typed = fill(firstName);
          const shown = controls.length > 1 ? attr(controls.find((c) => has(c, 'checked'))!, 'value') : controls[0]!.tagName === 'select' ? typed : attr(controls[0]!, 'value');
          assert.equal(shown, typed, `${journey.where}: ${firstName} kept`);
        }

        // Page by page to check answers, adding the items each repeatable needs; on the
        // second page, a language switch posted with the answers, and back.
        const visited: string[] = [];
        while (journey.state.step !== CHECK_ANSWERS) {
          const step = journey.state.step;
          assert.ok(!visited.includes(step) || visited.length < 30, `${journey.where}: a loop`);
          visited.push(step);
          for (const path of journey.repeatables()) {
            const wanted = (getAnswer(good, path) as unknown[] | undefined)?.length ?? 0;
            while (journey.items(path) < wanted) {
              const before = journey.items(path);
              const added = journey.post(fill, `add:${path}`);
              assert.equal(added.action.kind, 'add');
              assert.equal(journey.items(path), before + 1, journey.where);
              assert.equal(journey.state.step, step, 'Add stays on the page');
            }
          }
          if (visited.length === 2) {
            // The switch is links (GET); a server may also post the page with `language:<locale>`
            // (a button of its own) so that what is typed on the page is kept too.
            const other = form.locales.find((l) => l !== locale)!;
            const body = formBody(journey.page, fill);
            body.set('action', `language:${other}`);
            const switched = journey.postBody(body);
            assert.deepEqual(switched.action, { kind: 'language', locale: other });
            assert.equal(attr(journey.page.all('html')[0]!, 'lang'), other);
            const again = formBody(journey.page);
            again.set('action', `language:${locale}`);
            const back = journey.postBody(again);
            assert.deepEqual(back.action, { kind: 'language', locale });
            // Every answer typed before the switch is still on the page.
            for (const el of journey.page.elements.filter((e) => e.tagName === 'input' && attr(e, 'type') === 'text')) {
              const typed = fill(attr(el, 'name')!);
              if (typeof typed === 'string') assert.equal(attr(el, 'value'), typed, `${journey.where}: ${attr(el, 'name')} kept across languages`);
            }
          }
          const result = journey.post(fill);
          assert.deepEqual(result.action, { kind: 'continue', outcome: 'next' }, `${journey.where}: ${JSON.stringify(journey.state.errors)}`);
          assert.notEqual(journey.state.step, step);
        }

        assert.equal(visited.length, journey.session.pages(journey.state).length, 'every page that applies, once');

        // Check answers: every row with its answer worded and a Change link; nothing missing.
        const { page, session } = journey;
        assert.equal(textOf(page.all('h1')[0]!), message(locale, 'check-answers-heading'));
        const rows = session.checkAnswers(journey.state).flatMap((section) => section.rows.map((row) => ({ ...row, step: section.step })));
        const shown = withClass(page, 'sf-summary-row');
        assert.equal(shown.length, rows.length);
        const options = pageOptions(session, journey.state);
        rows.forEach((row, i) => {
          const [key, value, actions] = shown[i]!.childNodes.filter((n) => 'tagName' in n) as Parsed['elements'];
          assert.equal(textOf(key!), row.question);
          const worded = wordAnswer(row.answer, locale);
          if (worded.kind === 'text') assert.equal(textOf(value!), worded.text.replace(/\s+/g, ' ').trim());
          else for (const item of worded.items) assert.ok(textOf(value!).includes(item.label));
          const link = actions!.childNodes.find((n) => 'tagName' in n) as Parsed['elements'][number];
          assert.equal(attr(link, 'href'), options.changeHref(row.change.step, row.change.field));
          assert.equal(textOf(link), `${message(locale, 'change')} ${row.question}`);
          if (fill(row.path) !== undefined && fill(row.path) !== '') assert.notEqual(worded.kind === 'text' && worded.text, message(locale, 'not-answered'), `${row.path} answered`);
        });
        if (name === 'job-seeker') {
          // kk, ru and en dates and amounts, as core formats them.
          const answer = (path: string) => textOf(shown[rows.findIndex((row) => row.path === path)]!.childNodes.filter((n) => 'tagName' in n)[1] as Parsed['elements'][number]);
          assert.equal(answer('dateOfBirth'), formatDate('1990-01-15', locale).replace(/\s+/g, ' '));
          assert.equal(answer('desiredSalary'), formatMoney(250000, locale).replace(/\s+/g, ' '));
        }

        // The language links: each other language's URL from the caller; following one (the
        // server's setLocale) shows every answer again, in that language.
        for (const other of form.locales.filter((l) => l !== locale)) {
          const link = page.all('a').find((a) => attr(a, 'hreflang') === other)!;
          assert.equal(attr(link, 'href'), options.languageHref!(other));
          const switched = checkPage(renderFormPage(session, session.setLocale(journey.state, other), options), other, `${name} check answers in ${other}`);
          assert.equal(withClass(switched, 'sf-summary-row').length, rows.length);
          assert.equal(textOf(switched.all('h1')[0]!), message(other, 'check-answers-heading'));
        }

        // Change: the page with its answers, then straight back to check answers.
        const change = rows[0]!;
        journey.state = session.change(journey.state, change.change.step);
        journey.render();
        assert.equal(journey.state.step, change.change.step);
        assert.equal(textOf(journey.page.all('a').find((a) => attr(a, 'class') === 'sf-back-link')!), message(locale, 'back'));
        const returned = journey.post(() => undefined);
        assert.deepEqual(returned.action, { kind: 'continue', outcome: 'next' });
        assert.equal(journey.state.step, CHECK_ANSWERS);

        // Accept and send: the envelope can be made; the confirmation shows the reference.
        const sent = journey.post(() => undefined);
        assert.deepEqual(sent.action, { kind: 'continue', outcome: 'send' }, JSON.stringify(journey.state.errors));
        assert.equal(session.envelope(journey.state).ok, true);
        const reference = `SF-2026-${locale.toUpperCase()}-0042`;
        const confirmation = checkPage(renderConfirmationPage(session, journey.state, { reference, stylesheet: '/assets/pages.css' }), locale, `${name} confirmation`);
        assert.equal(textOf(withClass(confirmation, 'sf-reference')[0]!), reference);
        assert.equal(textOf(confirmation.all('h1')[0]!), message(locale, 'confirmation-heading'));
        assert.ok(titleOf(confirmation).startsWith(message(locale, 'confirmation-heading')));
      });
    }
  }
});

describe('add another without script', () => {
  it('Add and Remove are posted with the answers; an item removed takes only its own', test, () => {
    const [, form] = EXAMPLE_FORMS.find(([name]) => name === 'job-seeker')!;
    const journey = new Journey('job-seeker', form, 'ru');
    journey.state = { ...journey.state, step: 'education' };
    journey.render();
    assert.equal(journey.items('education'), 0);
    // The Add button says "Add …" with no item, "Add another …" after.
    const add = () => journey.page.byId('education:add');
    const education = form.pages.find((p) => p.id === 'education')!.fields.find((f) => f.name === 'education')!;
    const itemLabel = localize(education.type === 'repeatable' ? education.itemLabel : undefined, 'ru');
    const mid = itemLabel[0]!.toLowerCase() + itemLabel.slice(1);
    assert.equal(textOf(add()), message('ru', 'add-item', { mid }));
    journey.post(() => undefined, 'add:education');
    journey.post((n) => (n === 'education[0].institution' ? 'КазНУ' : undefined), 'add:education');
    assert.equal(journey.items('education'), 2);
    assert.equal(textOf(add()), message('ru', 'add-another', { mid }));
    assert.equal(textOf(journey.page.all('button').find((b) => attr(b, 'value') === 'remove:education[1]')!), `${message('ru', 'remove')} ${mid} 2`);
    const added = journey.post((n) => (n === 'education[1].institution' ? 'Колледж' : undefined), 'add:education');
    assert.deepEqual(added.action, { kind: 'add', path: 'education', targetId: 'education.2:heading' });
    assert.ok(journey.page.byId('education.2:heading'), 'the new item heading is there for the redirect fragment');
    // Remove the first: the second's answer moves up; nothing else is lost.
    const removed = journey.post(() => undefined, 'remove:education[0]');
    assert.deepEqual(removed.action, { kind: 'remove', path: 'education', index: 0, targetId: 'education.0:heading' });
    assert.equal(journey.items('education'), 2);
    assert.equal(getAnswer(journey.state.answers, 'education[0].institution'), 'Колледж');
    assert.equal(attr(journey.page.byId('education.0.institution'), 'value'), 'Колледж');
    // The minimum is kept: no Remove under it, and a forged one does nothing.
    const [, family] = EXAMPLE_FORMS.find(([name]) => name === 'large-family-benefit')!;
    const children = new Journey('large-family-benefit', family, 'kk');
    children.state = { ...children.state, step: 'children', answers: { children: [{}, {}, {}, {}] } };
    children.render();
    assert.equal(children.page.elements.filter((el) => (attr(el, 'value') ?? '').startsWith('remove:')).length, 0);
    const forged = readPagePost(children.session, children.state, new URLSearchParams({ action: 'remove:children[0]' }));
    assert.equal(forged.action.kind, 'none');
    assert.equal((getAnswer(forged.state.answers, 'children') as unknown[]).length, 4);
  });
});
