import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '@service-forms/elements';
import { assertDefinition, FormSession, type Answers, type FormSessionState } from '@service-forms/core';
import { resetPage } from '../helpers/journey.js';
import { fetchExamples, fieldGallery, GALLERY_TYPES, type Json } from '../helpers/field-gallery.js';
import { loadHtmlStylesheet, removeHtmlPages, renderHtmlPage } from '../helpers/html-page.js';
import { continueToErrors, openFormAt, settled } from './visual-helpers.js';

/**
 * Issue 22: each field of the plain-HTML pages (`@service-forms/html` with its stylesheet,
 * rendered by lit into the light DOM) is screenshotted beside the same field as sf-form shows
 * it, at 375 and 1280 px, in en, kk and ru, empty and with its error, and compared pixel by
 * pixel (test/plugins/region-diff-plugin.mjs: pixelmatch, colour threshold 0.1, anti-aliasing
 * ignored, as for the reference screenshots). Both are drawn by the same browser with the same
 * fonts, at the same width and the same fraction of a pixel, so most fields match exactly.
 *
 * The tolerance: at most 1.5% of a field's pixels differ, and its height by at most one line of
 * text (28 px). What is left is by design: a textarea's count says "You can enter up to 500
 * characters" in the HTML and counts down with script ("You have 500 characters remaining"),
 * which wraps differently at 375 px. The radios are compared with their revealing option
 * chosen (without script the reveal always shows) and not in their error state (nothing chosen,
 * so only the HTML shows the reveal; the AX test covers it).
 */

const MAX_RATIO = 0.015;
const MAX_HEIGHT_DIFFERENCE = 28;
const LOCALES = ['en', 'kk', 'ru'] as const;
const WIDTHS = [375, 1280] as const;

interface Diff {
  width: number;
  height: number;
  a: { width: number; height: number };
  b: { width: number; height: number };
  differing: number;
  ratio: number;
}

const rectOf = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: x + window.scrollX, y: y + window.scrollY, width, height };
};

let session: FormSession;

/**
 * The answers a page is compared with: none, but for the radios, whose revealing option is
 * chosen (without script a reveal is always shown; the element shows it once chosen).
 */
function answersFor(type: string): Answers {
  if (type !== 'radios') return {};
  const field = (gallery.pages as { id: string; fields: Json[] }[]).find((page) => page.id === type)!.fields[0]!;
  const revealing = (field.options as { value: string; reveals?: unknown[] }[]).find((option) => option.reveals?.length)!;
  return { [String(field.name)]: revealing.value };
}
let gallery: Json;

describe('the plain-HTML fields look like the elements (issue 22)', function () {
  this.timeout(120000);
  before(async () => {
    document.body.style.margin = '8px';
    await loadHtmlStylesheet();
    gallery = fieldGallery(await fetchExamples());
    session = new FormSession(assertDefinition(gallery));
  });
  afterEach(async () => {
    removeHtmlPages();
    await setViewport({ width: 800, height: 600 });
    await resetPage();
  });

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`every field type, empty and with its error, ${locale} at ${width} px`, async () => {
        await setViewport({ width, height: 1200 });
        const over: string[] = [];
        let compared = 0;
        for (const type of GALLERY_TYPES) {
          for (const failed of [false, true]) {
            // The radios' error shows with nothing chosen, when only the HTML shows the reveal.
            if (failed && type === 'radios') continue;
            const start: FormSessionState = { ...session.start({ locale }), step: type, answers: answersFor(type) };
            const state = failed ? session.continue({ ...start, answers: {} }).state : start;
            if (state.step !== type) continue;
            // The HTML first, for the width of its form: the element gets the same width.
            const page = renderHtmlPage(session, state);
            // The element at the HTML form's left edge (a fraction of a pixel changes how text is
            // drawn) and of its width.
            const { left, width: formWidth } = page.querySelector('main form')!.getBoundingClientRect();
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const htmlField = page.querySelector('main form')!.querySelector(':scope > .sf-field, :scope > fieldset')!;
            const htmlRect = rectOf(htmlField);
            await executeServerCommand('region-shot', { key: 'html', rect: htmlRect });
            removeHtmlPages();

            const form = await openFormAt(gallery, type, failed ? {} : start.answers, locale, `display: block; margin-inline-start: ${left - 8}px; width: ${formWidth}px`);
            await settled(form);
            if (failed) await continueToErrors(form);
            const field = form.shadowRoot!.querySelector('form [data-sf-field], form sf-fieldset, form sf-repeatable')!;
            // The same fraction of a pixel down as the HTML field, so that text is drawn alike.
            const fraction = (n: number) => n - Math.floor(n);
            form.style.marginBlockStart = `${fraction(fraction(htmlRect.y) - fraction(rectOf(field).y) + 1)}px`;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            await executeServerCommand('region-shot', { key: 'elements', rect: rectOf(field) });
            await resetPage();
            const name = `html-vs-elements-${type}${failed ? '-error' : ''}-${locale}-${width}`;
            const diff = await executeServerCommand<Diff, unknown>('region-diff', { a: 'elements', b: 'html', name, keepOver: MAX_RATIO });
            compared++;
            expect(diff.a.width, `${name}: the element's width`).to.be.greaterThan(100);
            if (diff.ratio > MAX_RATIO || Math.abs(diff.a.height - diff.b.height) > MAX_HEIGHT_DIFFERENCE || diff.a.width !== diff.b.width) {
              over.push(`${name}: element ${diff.a.width}×${diff.a.height}, HTML ${diff.b.width}×${diff.b.height}, ${(diff.ratio * 100).toFixed(2)}% of pixels differ`);
            }
          }
        }
        expect(compared, 'fields compared').to.be.greaterThan(20);
        expect(over, 'fields over the tolerance (images in test/visual/screenshots/failed/)').to.deep.equal([]);
      });
    }
  }
});
