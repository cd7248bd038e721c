import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHECK_ANSWERS, FormSession, type FormDefinition, type FormSessionState } from '@service-forms/core';
import { servedState, type EnhanceOptions, type ServedState } from './page-views-from-session.js';
import { renderFormPage } from './render.js';
import { attr, parseDocument, type Element } from './testing/parse.js';
import { children, EXAMPLE_FORMS, pageOptions } from './testing/pages.js';

// A page that <sf-form> takes over when the bundle arrives (issue 15, decision 0012): the module
// script in <head>, <sf-form> after the skip link around the page as it is without enhance, and
// the application so far in its `served` attribute, exactly (an attribute survives any text),
// files left out.

const form = (name: string) => EXAMPLE_FORMS.find(([file]) => file === name)![1];
const jobSeeker = new FormSession(form('job-seeker'));
const ENHANCE: EnhanceOptions = { script: '/dist/service-forms.js', src: '/forms/job-seeker-registration', endpoint: '/api/submissions', submissionId: '0f0e3a52-6c1b-4d7e-9a51-2f6f1d9c1a01' };

function state(session: FormSession, step: string, answers: Record<string, unknown>, extra: Partial<FormSessionState> = {}): FormSessionState {
  return { ...session.start({ answers, locale: 'kk' }), step, ...extra };
}

describe('a page taken over by <sf-form> (enhance)', () => {
  it('loads the bundle as a module in <head> and wraps the page after the skip link in <sf-form>, its structure as without enhance', () => {
    const at = state(jobSeeker, 'contact', { iin: '900115300013' }, { history: ['about-you'] });
    const options = pageOptions(jobSeeker, at);
    const page = parseDocument(renderFormPage(jobSeeker, at, { ...options, enhance: ENHANCE }));
    const scripts = page.all('script');
    assert.deepEqual(scripts.map((script) => [attr(script, 'type'), attr(script, 'src')]), [['module', '/dist/service-forms.js']]);
    assert.equal(page.all('head')[0]!.childNodes.includes(scripts[0]!), true, 'in <head>');
    const [body] = page.all('body');
    const [skip, sfForm] = children(body!);
    assert.equal(attr(skip!, 'class'), 'sf-skip-link');
    assert.equal(sfForm!.tagName, 'sf-form');
    assert.equal(attr(sfForm!, 'src'), '/forms/job-seeker-registration');
    assert.equal(attr(sfForm!, 'endpoint'), '/api/submissions');
    // Inside it, the body of the same page without enhance, element for element.
    const plain = parseDocument(renderFormPage(jobSeeker, at, options));
    const shape = (el: Element): unknown => [el.tagName, attr(el, 'class') ?? null, attr(el, 'id') ?? null, children(el).map(shape)];
    assert.deepEqual(children(sfForm!).map(shape), children(plain.all('body')[0]!).slice(1).map(shape));
    assert.deepEqual(
      children(sfForm!).map((el) => [el.tagName, attr(el, 'class')]),
      [['header', 'sf-header'], ['div', 'sf-width-container']],
    );
    const [main] = page.all('main');
    assert.deepEqual(children(main!).map((el) => attr(el, 'class')), ['sf-progress', 'sf-caption', 'sf-heading', 'sf-form']);
    const served = JSON.parse(attr(sfForm!, 'served')!) as ServedState;
    assert.deepEqual(served, {
      formId: 'job-seeker-registration',
      formVersion: at.formVersion,
      submissionId: ENHANCE.submissionId,
      locale: 'kk',
      step: 'contact',
      history: ['about-you'],
      returnToCheck: false,
      answers: { iin: '900115300013' },
    });
  });

  it('keeps any text exactly (quotes, <, &, </script>, line breaks) through the attribute', () => {
    const tricky = 'Ә"л\'ия </script><b>&amp; & \u2028\n';
    const at = state(jobSeeker, CHECK_ANSWERS, { fullName: tricky });
    const html = renderFormPage(jobSeeker, at, { ...pageOptions(jobSeeker, at), enhance: ENHANCE });
    assert.equal(html.includes('</script><b>'), false);
    const sfForm = parseDocument(html).all('sf-form')[0]!;
    assert.equal((JSON.parse(attr(sfForm, 'served')!) as ServedState).answers.fullName, tricky);
    assert.equal((JSON.parse(attr(sfForm, 'served')!) as ServedState).step, CHECK_ANSWERS);
  });

  it('leaves files out and says there were some; none: no `files`', () => {
    const withFiles = EXAMPLE_FORMS.map(([, definition]) => definition).find((definition) =>
      definition.pages.some((page) => page.fields.some((field) => field.type === 'file')),
    ) as FormDefinition;
    const session = new FormSession(withFiles);
    const fileField = withFiles.pages.flatMap((page) => page.fields).find((field) => field.type === 'file')!;
    const held = servedState(session, state(session, withFiles.pages[0]!.id, { [fileField.name]: [{ name: 'diploma.pdf', size: 1200, type: 'application/pdf' }] }), 'id-1');
    assert.equal(held.files, true);
    assert.equal(Object.hasOwn(held.answers, fileField.name), false);
    const none = servedState(session, state(session, withFiles.pages[0]!.id, { [fileField.name]: [] }), 'id-2');
    assert.equal(Object.hasOwn(none, 'files'), false);
  });

  it('without enhance: no script, no <sf-form>', () => {
    const at = state(jobSeeker, 'contact', {});
    const page = parseDocument(renderFormPage(jobSeeker, at, pageOptions(jobSeeker, at)));
    assert.equal(page.all('script').length, 0);
    assert.equal(page.all('sf-form').length, 0);
  });
});
