import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { jobSeekerAnswers } from '../../stories/examples/sample-answers.js';
import { resetPage } from '../helpers/journey.js';
import { openFormAt, settled } from './visual-helpers.js';
import { fetchExamples, fieldGallery as gallery, GALLERY_TYPES, type Json } from '../helpers/field-gallery.js';

/**
 * Issue 17: screenshots compared with committed references (test/visual/README.md): check
 * answers, the confirmation, a page with errors, and one page per field type, in en, kk and ru,
 * at 375 and 1280 px. A layout that breaks changes far more than the tolerance.
 */

const LOCALES = ['en', 'kk', 'ru'] as const;
const WIDTHS = [375, 1280] as const;
const TYPES = GALLERY_TYPES;
let examples: Json[] = [];

async function open(definition: Json, step: string, answers: Json, locale: string, width: number): Promise<SfForm> {
  // Each picture's form alone on the page: the forms of earlier pictures above it would move it
  // by fractions of a pixel as they grow (a confirmation with its feedback question), and every
  // edge would be drawn a little differently.
  fixtureCleanup();
  await setViewport({ width, height: 800 });
  return openFormAt(definition, step, answers, locale);
}

/** Waits for fonts and every control inside to render, then compares a screenshot. */
async function compare(form: SfForm, name: string): Promise<void> {
  await settled(form);
  await visualDiff(form, name);
}

describe('screenshots compared with references (issue 17)', function () {
  this.timeout(60000);
  before(async () => {
    document.body.style.margin = '8px';
    examples = await fetchExamples();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetPage();
  });

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`check answers, the confirmation and a page with errors, ${locale} at ${width} px`, async () => {
        const form = await open(examples[0]!, 'check-answers', jobSeekerAnswers(), locale, width);
        await waitUntil(() => form.shadowRoot!.querySelector('.summary-row'), 'check answers');
        await compare(form, `check-answers-${locale}-${width}`);

        form.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await waitUntil(() => form.shadowRoot!.querySelector('.panel'), 'the confirmation');
        expect(form.shadowRoot!.querySelector('.reference')!.textContent!.trim()).to.equal('MEM-0001');
        // The satisfaction question under it is a chunk of its own: in the picture once it is here.
        await waitUntil(() => form.shadowRoot!.querySelector('sf-feedback')?.shadowRoot?.querySelector('sf-textarea')?.shadowRoot?.querySelector('textarea'), 'the feedback question');
        await compare(form, `confirmation-${locale}-${width}`);

        const failed = await open(examples[0]!, 'about-you', {}, locale, width);
        failed.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await waitUntil(() => failed.shadowRoot!.querySelector('sf-error-summary'), 'the error summary');
        await compare(failed, `error-page-${locale}-${width}`);
      });

      it(`one page per field type, ${locale} at ${width} px`, async () => {
        const galleryForm = gallery(examples);
        for (const type of TYPES) {
          const form = await open(galleryForm, type, {}, locale, width);
          expect(form.shadowRoot!.querySelectorAll('[data-sf-field], sf-fieldset, sf-repeatable').length, type).to.be.greaterThan(0);
          await compare(form, `field-${type}-${locale}-${width}`);
        }
      });
    }
  }
});
