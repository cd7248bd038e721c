// The confirmation's satisfaction question without script (issue 16): sf-feedback's words from
// core's catalogue in each language, GOV.UK's markup (a fieldset and legend, five radios, the
// comment with its hint and limit, the CSRF input first), the error pattern after a post with
// problems (the summary first, inline errors, "Error: " in the title, what was typed kept), the
// thanks once it was answered; and the post read back with the server's rules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_RATINGS, FormSession, localize, message, type FormDefinition } from '@service-forms/core';
import { readFeedbackPost, type FeedbackPost } from './feedback.js';
import { renderConfirmationPage, renderFeedbackThanksPage } from './render.js';
import { attr, descendants, has, text, type Element, type Parsed } from './testing/parse.js';
import { checkPage, children, CSRF, EXAMPLE_FORMS, firstInMain, textOf, titleOf, withClass } from './testing/pages.js';

const form = (name: string): FormDefinition => EXAMPLE_FORMS.find(([file]) => file === name)![1];
const jobSeeker = new FormSession(form('job-seeker'));
const LOCALES = ['en', 'kk', 'ru'] as const;
const ACTION = '/apply/job-seeker-registration/session/feedback?lang=kk';

function confirmation(locale: string, feedback: Parameters<typeof renderConfirmationPage>[2]['feedback'], session = jobSeeker): Parsed {
  const state = session.start({ locale });
  return checkPage(renderConfirmationPage(session, state, { reference: 'SF-7K3Q-9M4X', ...(feedback ? { feedback } : {}) }), locale, `confirmation (${locale})`);
}

const byId = (page: Parsed, id: string): Element => {
  const found = page.elements.filter((el) => attr(el, 'id') === id);
  assert.equal(found.length, 1, `one #${id}`);
  return found[0]!;
};
const describedBy = (page: Parsed, el: Element) => (attr(el, 'aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => textOf(byId(page, id)));
const section = (page: Parsed) => withClass(page, 'sf-feedback');

describe('the confirmation asks the satisfaction question in each language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the heading, the radios in a fieldset, the comment, Send feedback, in a form of its own`, () => {
      const page = confirmation(locale, { action: ACTION, csrf: CSRF });
      const formTitle = localize(jobSeeker.definition.title, locale);
      assert.equal(titleOf(page), `${message(locale, 'confirmation-heading')} – ${formTitle}`, 'no error prefix');
      assert.equal(withClass(page, 'sf-error-summary').length, 0);
      assert.equal(attr(firstInMain(page), 'class'), 'sf-panel');

      // The section, named by its heading, after the confirmation's own text.
      const [question] = section(page);
      assert.ok(question);
      assert.equal(question.tagName, 'section');
      const heading = byId(page, attr(question, 'aria-labelledby')!);
      assert.equal(heading.tagName, 'h2');
      assert.equal(textOf(heading), message(locale, 'feedback-heading'));
      assert.equal(children(page.all('main')[0]!).at(-1), question, 'last in main');

      // One form: post, urlencoded, to the caller's action, the CSRF token first.
      const forms = page.all('form');
      assert.equal(forms.length, 1);
      const [post] = forms;
      assert.equal(attr(post!, 'method'), 'post');
      assert.equal(attr(post!, 'action'), ACTION);
      assert.equal(attr(post!, 'enctype'), undefined);
      const controls = descendants(post!).filter((el) => ['input', 'textarea', 'button', 'select'].includes(el.tagName));
      assert.deepEqual(
        controls.map((el) => [el.tagName, attr(el, 'type'), attr(el, 'name'), attr(el, 'value')]),
        [
          ['input', 'hidden', CSRF.name, CSRF.value],
          ...FEEDBACK_RATINGS.map((rating) => ['input', 'radio', 'rating', rating]),
          ['textarea', undefined, 'comment', undefined],
          ['button', 'submit', 'action', 'send-feedback'],
        ],
      );

      // The radios: a fieldset whose legend is the question, each labelled, none chosen.
      const fieldset = descendants(post!).find((el) => el.tagName === 'fieldset')!;
      assert.equal(textOf(descendants(fieldset).find((el) => el.tagName === 'legend')!), message(locale, 'feedback-question'));
      const radios = controls.filter((el) => attr(el, 'type') === 'radio');
      assert.deepEqual(
        radios.map((radio) => textOf(page.all('label').find((label) => attr(label, 'for') === attr(radio, 'id'))!)),
        FEEDBACK_RATINGS.map((rating) => message(locale, `feedback-${rating}`)),
      );
      assert.ok(radios.every((radio) => !has(radio, 'checked') && !has(radio, 'aria-invalid')));

      // The comment: its label, then the warning and the limit in its description; no maxlength (GOV.UK: say it, let them paste).
      const textarea = controls.find((el) => el.tagName === 'textarea')!;
      assert.equal(textOf(page.all('label').find((label) => attr(label, 'for') === attr(textarea, 'id'))!), message(locale, 'feedback-comment'));
      assert.deepEqual(describedBy(page, textarea), [message(locale, 'feedback-comment-hint'), message(locale, 'chars-limit', { max: FEEDBACK_COMMENT_MAX })]);
      assert.equal(has(textarea, 'maxlength'), false);
      assert.equal(has(textarea, 'aria-invalid'), false);
      assert.equal(text(textarea), '');
      assert.equal(textOf(controls.at(-1)!), message(locale, 'feedback-send'));
      if (locale === 'en') {
        assert.equal(textOf(heading), 'Tell us what you think of this service');
        assert.deepEqual(describedBy(page, textarea), [
          'Do not include personal information, such as your name, IIN, phone number or email address.',
          'You can enter up to 1200 characters',
        ]);
      }
    });
  }

  it('after a post with problems: the summary first in main, linking to the first radio and the box; inline errors; Error: in the title; what was typed kept', () => {
    for (const locale of LOCALES) {
      const typed = 'Line one\n<b>two</b> & "three"\n'.padEnd(FEEDBACK_COMMENT_MAX + 5, 'ж');
      const post: Pick<FeedbackPost, 'rating' | 'comment' | 'problems'> = { rating: undefined, comment: typed, problems: ['no-rating', 'too-long'] };
      const page = confirmation(locale, { action: ACTION, csrf: CSRF, post });
      const prefix = message(locale, 'error-prefix');
      assert.equal(titleOf(page), `${prefix} ${message(locale, 'confirmation-heading')} – ${localize(jobSeeker.definition.title, locale)}`);
      const summary = firstInMain(page);
      assert.equal(attr(summary, 'class'), 'sf-error-summary');
      const sentences = [message(locale, 'feedback-no-rating'), message(locale, 'feedback-too-long', { max: FEEDBACK_COMMENT_MAX })];
      assert.deepEqual(
        descendants(summary)
          .filter((el) => el.tagName === 'a')
          .map((a) => [attr(a, 'href'), textOf(a)]),
        [
          ['#rating:option-0', sentences[0]],
          ['#comment', sentences[1]],
        ],
      );
      const radios = page.all('input').filter((el) => attr(el, 'type') === 'radio');
      assert.equal(attr(radios[0]!, 'id'), 'rating:option-0');
      assert.ok(radios.every((radio) => attr(radio, 'aria-invalid') === 'true'));
      const fieldset = page.all('fieldset')[0]!;
      assert.deepEqual(describedBy(page, fieldset), [`${prefix} ${sentences[0]}`]);
      const textarea = page.all('textarea')[0]!;
      assert.equal(attr(textarea, 'id'), 'comment');
      assert.equal(attr(textarea, 'aria-invalid'), 'true');
      assert.deepEqual(describedBy(page, textarea), [message(locale, 'feedback-comment-hint'), message(locale, 'chars-limit', { max: FEEDBACK_COMMENT_MAX }), `${prefix} ${sentences[1]}`]);
      assert.equal(text(textarea), typed, 'the comment exactly as typed, escaped');
    }
  });

  it('a rating chosen and a comment too long: the rating stays chosen, one error', () => {
    const page = confirmation('ru', { action: ACTION, csrf: CSRF, post: { rating: 'dissatisfied', comment: 'x'.repeat(1201), problems: ['too-long'] } });
    const chosen = page.all('input').filter((el) => has(el, 'checked'));
    assert.deepEqual(chosen.map((el) => attr(el, 'value')), ['dissatisfied']);
    assert.deepEqual(descendants(firstInMain(page)).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href')), ['#comment']);
    assert.ok(page.all('input').filter((el) => attr(el, 'type') === 'radio').every((radio) => !has(radio, 'aria-invalid')));
  });

  it('once answered: the thanks in its place, no form', () => {
    for (const locale of LOCALES) {
      const page = confirmation(locale, { action: ACTION, csrf: CSRF, given: true });
      assert.equal(page.all('form').length, 0);
      const [thanks] = section(page);
      assert.equal(textOf(byId(page, attr(thanks!, 'aria-labelledby')!)), message(locale, 'feedback-thanks'));
      assert.equal(textOf(descendants(thanks!).find((el) => el.tagName === 'p')!), message(locale, 'feedback-thanks-body'));
    }
  });

  it('not asked when the definition says "feedback": false, nor when the caller gives no form for it', () => {
    const off = new FormSession({ ...jobSeeker.definition, feedback: false });
    const page = confirmation('kk', { action: ACTION, csrf: CSRF }, off);
    assert.equal(page.all('form').length, 0);
    assert.equal(section(page).length, 0);
    assert.equal(section(confirmation('kk', undefined)).length, 0);
  });
});

describe('the thanks page', () => {
  it('says thank you as its heading and title, in each language, with Back to the confirmation', () => {
    for (const locale of LOCALES) {
      const html = renderFeedbackThanksPage(jobSeeker, jobSeeker.start({ locale }), { back: '/apply/x/session/confirmation', languageHref: (l) => `/apply/x/session/feedback?lang=${l}` });
      const page = checkPage(html, locale, `thanks (${locale})`);
      assert.equal(titleOf(page), `${message(locale, 'feedback-thanks')} – ${localize(jobSeeker.definition.title, locale)}`);
      assert.equal(textOf(page.all('h1')[0]!), message(locale, 'feedback-thanks'));
      assert.deepEqual(withClass(page, 'sf-body').map(textOf), [message(locale, 'feedback-thanks-body')]);
      const back = withClass(page, 'sf-back-link')[0]!;
      assert.equal(attr(back, 'href'), '/apply/x/session/confirmation');
      assert.equal(textOf(back), message(locale, 'back'));
      assert.equal(page.all('form').length, 0);
    }
  });
});

describe('readFeedbackPost', () => {
  const read = (entries: [string, string][]) => readFeedbackPost(new URLSearchParams(entries), { csrfName: CSRF.name });

  it('reads a rating and a comment (line breaks as the element sends them), with the CSRF field and the button', () => {
    assert.deepEqual(read([[CSRF.name, 'x'], ['rating', 'very-satisfied'], ['comment', ' Жақсы.\r\nРақмет! '], ['action', 'send-feedback']]), {
      rating: 'very-satisfied',
      comment: ' Жақсы.\nРақмет! ',
      problems: [],
      ignored: [],
    });
    assert.deepEqual(read([['rating', 'neither']]), { rating: 'neither', comment: '', problems: [], ignored: [] });
  });

  it('no rating, one not of the five, or two: no-rating', () => {
    for (const entries of [[], [['rating', '']], [['rating', 'satisfied ']], [['rating', '5']], [['rating', 'satisfied'], ['rating', 'neither']]] as [string, string][][]) {
      assert.deepEqual(read(entries).problems, ['no-rating'], JSON.stringify(entries));
      assert.equal(read(entries).rating, undefined);
    }
  });

  it('counts the comment as the server does: code points after trimming, at most 1200', () => {
    const emoji = '😀'.repeat(FEEDBACK_COMMENT_MAX);
    assert.deepEqual(read([['rating', 'satisfied'], ['comment', `\r\n  ${emoji}  \r\n`]]).problems, [], '1200 code points (2400 UTF-16 units) and spaces around');
    assert.deepEqual(read([['rating', 'satisfied'], ['comment', `${emoji}a`]]).problems, ['too-long']);
    assert.deepEqual(read([['comment', 'a'.repeat(1201)]]).problems, ['no-rating', 'too-long']);
  });

  it('lists names the question does not have, and a second comment', () => {
    assert.deepEqual(read([['rating', 'satisfied'], ['iin', '900115300014'], ['comment', 'a'], ['comment', 'b'], ['iin', '1']]).ignored, ['iin', 'comment']);
  });
});
