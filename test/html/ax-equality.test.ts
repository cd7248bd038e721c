import { expect } from '@open-wc/testing';
import '@service-forms/elements';
import { assertDefinition, FormSession, type Answers, type FormSessionState } from '@service-forms/core';
import {
  jobSeekerAnswers,
  labourContractAnswers,
  largeFamilyBenefitAnswers,
  serviceFeedbackAnswers,
  socialAssistanceAnswers,
} from '../../stories/examples/sample-answers.js';
import { axNode } from '../helpers/a11y.js';
import { resetPage } from '../helpers/journey.js';
import { loadHtmlStylesheet, removeHtmlPages, renderHtmlPage } from '../helpers/html-page.js';
import { fetchExamples, fieldGallery, GALLERY_TYPES, type Json } from '../helpers/field-gallery.js';
import { continueToErrors, openFormAt, settled } from '../visual/visual-helpers.js';

/**
 * Issue 22: a field of the plain-HTML pages (`@service-forms/html`, rendered here by lit into
 * the light DOM with its stylesheet) exposes to assistive technology what the same field
 * exposes as an element inside `<sf-form>`: for every control and group, in tree order, its
 * role, accessible name, description, invalid and required states, checked state and value,
 * read from Chromium's accessibility tree. Every field type (the field gallery of the
 * screenshots), in en, kk and ru, empty, after Continue with nothing typed, and answered.
 *
 * The one difference is by design: without script a conditional reveal is always shown
 * (GOV.UK), so the HTML has the controls of an unchosen option's reveal, which the element
 * hides; they are left out of the comparison and counted.
 */

const LOCALES = ['en', 'kk', 'ru'] as const;
const ERROR_PREFIX = { en: 'Error:', kk: 'Қате:', ru: 'Ошибка:' };
const CONTROLS = 'input:not([type="hidden"]), select, textarea, fieldset, [role="group"], button';

/**
 * Controls and groups under `root` in the flat tree's order (a screen reader's reading order):
 * a host's shadow tree instead of its children, a slot's assigned elements in its place.
 */
function deepControls(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const children = node instanceof HTMLSlotElement ? node.assignedElements({ flatten: true }) : [...node.children];
    for (const child of children) {
      if (child.matches(CONTROLS)) found.push(child);
      visit(child.shadowRoot ?? child);
    }
  };
  visit(root);
  return found;
}

/** In the HTML: inside the reveal of an option that is not chosen (shown only without script). */
const inUnchosenReveal = (control: Element): boolean => {
  const reveal = control.closest('.sf-reveal');
  const input = reveal?.parentElement?.querySelector(':scope > input');
  return Boolean(reveal && input instanceof HTMLInputElement && !input.checked);
};

/** One line per control the accessibility tree exposes (ignored nodes left out). */
async function exposed(controls: Element[]): Promise<string[]> {
  const lines: string[] = [];
  for (const control of controls) {
    const node = await axNode(control);
    if (node.ignored) continue;
    const checked = node.checked === undefined ? '' : ` checked=${node.checked}`;
    // A money box groups digits as it shows them again: with a no-break space in the element,
    // as typed in the HTML. A screen reader reads both alike, so spaces count as one kind.
    const value = node.value ? ` value="${node.value.replace(/[\u00a0\u202f]/g, ' ')}"` : '';
    lines.push(`${node.role} "${node.name}" described "${node.description}" invalid=${node.invalid} required=${node.required}${checked}${value}`);
  }
  return lines;
}

/** Answers of the example forms, by field name (the gallery's names less their type prefix). */
function sampleAnswer(galleryName: string, type: string): unknown {
  const merged: Record<string, unknown> = {
    ...serviceFeedbackAnswers(),
    ...largeFamilyBenefitAnswers(),
    ...socialAssistanceAnswers(),
    ...labourContractAnswers(),
    ...jobSeekerAnswers(),
  };
  const original = galleryName.slice(type.length);
  return merged[original.charAt(0).toLowerCase() + original.slice(1)];
}

let gallery: Json;
let session: FormSession;

/** The gallery page `type` as sf-form shows it, with `answers`; `submit` presses Continue. */
async function elementControls(type: string, locale: string, answers: Answers, submit: boolean): Promise<Element[]> {
  const form = await openFormAt(gallery, type, answers, locale);
  await settled(form);
  if (submit) await continueToErrors(form);
  return deepControls(form.shadowRoot!.querySelector('form')!);
}

/** The same page as the HTML flow renders it, in the light DOM with the stylesheet. */
function htmlControls(state: FormSessionState): { controls: Element[]; hidden: number } {
  const all = deepControls(renderHtmlPage(session, state).querySelector('main form')!);
  const controls = all.filter((control) => !inUnchosenReveal(control));
  return { controls, hidden: all.length - controls.length };
}

describe('the plain-HTML fields expose what the elements expose (issue 22)', function () {
  this.timeout(60000);
  before(async () => {
    await loadHtmlStylesheet();
    gallery = fieldGallery(await fetchExamples());
    session = new FormSession(assertDefinition(gallery));
  });
  afterEach(async () => {
    removeHtmlPages();
    await resetPage();
  });

  for (const locale of LOCALES) {
    it(`every field type, empty and after Continue with nothing typed, ${locale}`, async () => {
      let failedPages = 0;
      for (const type of GALLERY_TYPES) {
        const start: FormSessionState = { ...session.start({ locale }), step: type };
        const { controls, hidden } = htmlControls(start);
        expect(await exposed(controls), `${type}, empty`).to.deep.equal(await exposed(await elementControls(type, locale, {}, false)));
        if (type === 'radios') expect(hidden, 'the radios reveal shown without script').to.be.greaterThan(0);
        else expect(hidden, type).to.equal(0);
        await resetPage();

        const failed = session.continue(start).state;
        if (failed.step !== type) continue; // nothing required on this page: both go on
        failedPages++;
        expect(Object.keys(failed.errors).length, type).to.be.greaterThan(0);
        const html = await exposed(htmlControls(failed).controls);
        expect(html.some((line) => line.includes(`${ERROR_PREFIX[locale]} `)), `${type}: an error in a description`).to.equal(true);
        expect(html, `${type}, after Continue`).to.deep.equal(await exposed(await elementControls(type, locale, {}, true)));
        await resetPage();
      }
      expect(failedPages, 'pages that refuse an empty Continue').to.be.greaterThan(9);
    });

    it(`every field type answered, a chosen reveal included, ${locale}`, async () => {
      let compared = 0;
      for (const type of GALLERY_TYPES) {
        const page = (gallery.pages as { id: string; fields: Json[] }[]).find((p) => p.id === type)!;
        const field = page.fields[0]!;
        const name = String(field.name);
        let answer = sampleAnswer(name, type);
        if (type === 'radios') {
          // The option that reveals more questions, so both show them.
          answer = (field.options as { value: string; reveals?: unknown[] }[]).find((option) => option.reveals?.length)!.value;
        }
        if (type === 'checkbox') answer = true;
        if (answer === undefined || type === 'file' || type === 'fieldset' || type === 'repeatable') continue;
        const answers = { [name]: answer } as Answers;
        const state: FormSessionState = { ...session.start({ locale }), step: type, answers };
        const html = await exposed(htmlControls(state).controls);
        expect(html.some((line) => / value="[^"]+"| checked=true/.test(line)), `${type}: the answer shows`).to.equal(true);
        expect(html, `${type}, answered`).to.deep.equal(await exposed(await elementControls(type, locale, answers, false)));
        compared++;
        await resetPage();
      }
      expect(compared, 'field types compared answered').to.be.greaterThan(7);
    });
  }
});
