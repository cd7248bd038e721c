import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter } from '@service-forms/adapters';
import { jobSeekerAnswers, socialAssistanceAnswers } from '../../stories/examples/sample-answers.js';
import { axNode } from '../helpers/a11y.js';
import { fixedDraft, textBoxes, overlapping, visibleText, TEXT_SPACING } from './visual-helpers.js';
import { resetPage } from '../helpers/journey.js';

/**
 * Issue 17: "Check your answers" laid out as GOV.UK's summary list (key, value, action; stacked
 * under 40em). Read as geometry, not pixels: in every row, no text box of the question, the
 * answer and the Change link overlaps another, and a word breaks across lines only when it is
 * wider than its cell. At 320, 375 and 1280 px, in en, kk and ru, with WCAG 1.4.12 text spacing.
 */

const FORMS = [
  { src: '/examples/forms/job-seeker.json', id: 'job-seeker-registration', answers: jobSeekerAnswers },
  { src: '/examples/forms/social-assistance.json', id: 'targeted-social-assistance', answers: socialAssistanceAnswers },
];
const CHANGE = { en: 'Change', kk: 'Өзгерту', ru: 'Изменить' } as const;

async function openCheckAnswers(src: string, id: string, answers: Record<string, unknown>, locale: 'en' | 'kk' | 'ru', spacing: boolean): Promise<SfForm> {
  const form = await fixture<SfForm>(
    html`<div style=${spacing ? TEXT_SPACING : ''}>
      <sf-form no-history src=${src} locale=${locale} .draftStore=${fixedDraft(id, answers)} .adapter=${new MemoryAdapter()}></sf-form>
    </div>`,
  ).then((wrapper) => wrapper.querySelector<SfForm>('sf-form')!);
  await waitUntil(() => form.shadowRoot!.querySelectorAll('.summary-row').length > 5, `${id} opens on check answers`);
  await form.updateComplete;
  return form;
}

/** Every word of a cell on one line, unless the word alone is wider than the cell. */
function brokenWords(cell: HTMLElement): string[] {
  const broken: string[] = [];
  const width = cell.getBoundingClientRect().width;
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    const text = node.textContent ?? '';
    // A word, or the part of one up to a hyphen (where a line may break, as in a file name).
    for (const match of text.matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && wordWidth < width) broken.push(match[0]);
    }
  }
  return broken;
}

describe('check answers: the summary list layout (issue 17)', function () {
  this.timeout(60000);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetPage();
  });

  for (const width of [320, 375, 1280]) {
    for (const locale of ['en', 'kk', 'ru'] as const) {
      it(`at ${width} px in ${locale}, with text spacing: nothing in a row overlaps and no word that fits is broken`, async () => {
        await setViewport({ width, height: 900 });
        for (const { src, id, answers } of FORMS) {
          const form = await openCheckAnswers(src, id, answers(), locale, true);
          const rows = [...form.shadowRoot!.querySelectorAll<HTMLElement>('.summary-row')];
          for (const row of rows) {
            const key = row.querySelector<HTMLElement>('dt')!;
            const value = row.querySelector<HTMLElement>('dd:not(.summary-action)')!;
            const action = row.querySelector<HTMLElement>('.summary-action')!;
            const what = `${id} "${key.textContent!.trim()}"`;
            const cells = [textBoxes(key), textBoxes(value), textBoxes(action)];
            expect(overlapping(cells), `${what}: overlapping text`).to.deep.equal([]);
            expect(brokenWords(value), `${what}: words broken in the answer`).to.deep.equal([]);
            expect(brokenWords(key), `${what}: words broken in the question`).to.deep.equal([]);
            // Nothing runs out of the form's box sideways.
            const box = form.getBoundingClientRect();
            for (const rect of cells.flat()) expect(rect.right, `${what}: text inside the form`).to.be.at.most(box.right + 0.5);
          }
        }
      });
    }
  }

  for (const locale of ['en', 'kk', 'ru'] as const) {
    it(`in ${locale}, the Change link reads "${CHANGE[locale]}" and is named "${CHANGE[locale]} <question>"`, async () => {
      await setViewport({ width: 1280, height: 900 });
      const form = await openCheckAnswers(FORMS[0]!.src, FORMS[0]!.id, FORMS[0]!.answers(), locale, false);
      const row = form.shadowRoot!.querySelector<HTMLElement>('.summary-row')!;
      const link = row.querySelector<HTMLAnchorElement>('.summary-action a')!;
      const question = row.querySelector('dt')!.textContent!.trim();
      expect(textBoxes(link).length, 'the visible text is one box').to.equal(1);
      expect(visibleText(link)).to.equal(CHANGE[locale]);
      expect((await axNode(link)).name).to.equal(`${CHANGE[locale]} ${question}`);
    });
  }

  it('a year shows without grouping, money grouped per locale', async () => {
    await setViewport({ width: 1280, height: 900 });
    const expected = {
      en: { year: '2010', salary: '250,000 ₸' },
      kk: { year: '2010', salary: '250 000 ₸' },
      ru: { year: '2010', salary: '250 000 ₸' },
    };
    for (const locale of ['en', 'kk', 'ru'] as const) {
      const form = await openCheckAnswers(FORMS[0]!.src, FORMS[0]!.id, FORMS[0]!.answers(), locale, false);
      const education = [...form.shadowRoot!.querySelectorAll<HTMLElement>('.summary-row')].find((row) => row.querySelector('.summary-item'))!;
      const years = [...education.querySelectorAll('.summary-item dd')].map((dd) => dd.textContent!.trim()).filter((text) => /^\d[\d\s,]*$/.test(text));
      expect(years, locale).to.deep.equal([expected[locale].year, '2007']);
      const texts = [...form.shadowRoot!.querySelectorAll<HTMLElement>('.summary-row dd:not(.summary-action)')].map((dd) => dd.textContent!.replace(/\u00a0/g, ' ').trim());
      expect(texts, locale).to.include(expected[locale].salary);
    }
  });
});
