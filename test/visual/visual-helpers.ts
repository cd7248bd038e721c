import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Draft, type DraftStore } from '@service-forms/adapters';
import type { SfForm } from '@service-forms/elements';

/** WCAG 1.4.12 text spacing, as a reader's style sheet sets it (sf-form passes it to its fields). */
export const TEXT_SPACING = 'line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em;';

/**
 * A draft store that always restores the same answers at the same step, saved at a fixed time,
 * so that a screenshot does not change with the day it is taken.
 */
export function fixedDraft(formId: string, answers: Record<string, unknown>, step = 'check-answers'): DraftStore {
  const draft: Draft = { formId, formVersion: '1.0.0', answers, step, savedAt: '2026-01-15T09:00:00.000Z' };
  return {
    load: async (id: string) => (id === formId ? structuredClone(draft) : undefined),
    save: async () => true,
    clear: async () => undefined,
    clearAll: async () => undefined,
  };
}

/** The boxes of an element's visible text (text in `.visually-hidden` left out), one per line. */
export function textBoxes(element: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
  }
  return boxes;
}

/** Pairs of boxes from different groups that overlap (by more than half a pixel), described. */
export function overlapping(groups: DOMRect[][]): string[] {
  const found: string[] = [];
  const d = (r: DOMRect) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      for (const a of groups[i]!) {
        for (const b of groups[j]!) {
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) found.push(`cell ${i} ${d(a)} overlaps cell ${j} ${d(b)}`);
        }
      }
    }
  }
  return found;
}

/** An element's text as seen on screen: text in `.visually-hidden` left out, spaces collapsed. */
export function visibleText(element: Element): string {
  let text = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.visually-hidden')) text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * sf-form showing `step` of `definition` with `answers` (restored by a fixed draft), in
 * `locale`, with an inline `style` if given. A definition sf-form refuses throws its problems.
 */
export async function openFormAt(definition: Record<string, unknown>, step: string, answers: Record<string, unknown>, locale: string, style = ''): Promise<SfForm> {
  const form = await fixture<SfForm>(
    html`<sf-form no-history style=${style} locale=${locale} .definition=${definition} .draftStore=${fixedDraft(String(definition.id), answers, step)} .adapter=${new MemoryAdapter()}></sf-form>`,
  );
  await waitUntil(
    () => form.shadowRoot!.querySelector('h2[data-page-heading]') || form.shadowRoot!.querySelector('[part="author-error"]'),
    'the form shows a page',
  );
  const problems = form.shadowRoot!.querySelector('[part="author-error"]')?.textContent?.replace(/\s+/g, ' ');
  if (problems) throw new Error(problems);
  await form.updateComplete;
  return form;
}

/** Waits for fonts and every element inside the form to finish rendering, then two frames. */
export async function settled(form: SfForm): Promise<void> {
  await document.fonts.ready;
  for (const control of form.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>('*')) await control.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Presses the form's Continue and waits for its error summary and every control to settle. */
export async function continueToErrors(form: SfForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await waitUntil(() => form.shadowRoot!.querySelector('sf-error-summary'), 'the error summary');
  await settled(form);
}
