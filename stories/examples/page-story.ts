import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';

/**
 * Stories of one example form, one per page: the form opens on that page with good answers
 * restored from a draft (what a person coming back to it sees), then "Check your answers" and the
 * confirmation. The first page opens empty, as a person first sees it.
 */

type Lang = 'en' | 'kk' | 'ru';
type Text = Record<Lang, string>;
export interface ExampleDefinition {
  id: string;
  version: string;
  title: Text;
  pages: { id: string; title: Text }[];
}

export interface PageArgs {
  /** The page the form opens on (a page id, or `check-answers`). */
  step: string;
  /** Restored from a draft; none on the first page. */
  answers: Record<string, unknown> | undefined;
}

const langOf = (globals: Record<string, unknown>): Lang => (globals.locale === 'kk' || globals.locale === 'ru' ? globals.locale : 'en');
const inner = (canvasElement: HTMLElement) => canvasElement.querySelector<SfForm>('sf-form')!.shadowRoot!;
const heading = (canvasElement: HTMLElement) => inner(canvasElement).querySelector('h2[data-page-heading]')?.textContent?.trim();

/** The default export of a form's stories file. */
export function exampleMeta(definition: ExampleDefinition): Omit<Meta<PageArgs>, 'title'> {
  return {
    component: 'sf-form',
    argTypes: {
      step: { control: 'select', options: [...definition.pages.map((page) => page.id), 'check-answers'], description: 'The page the form opens on.' },
      answers: { control: 'object', description: 'Answers restored from a draft.' },
    },
    // A fresh draft store and adapter per render: nothing one visit typed or sent leaks into the next.
    render: (args) => {
      const store = new MemoryDraftStore();
      if (args.answers) void store.save(definition.id, definition.version, args.answers, { step: args.step, files: true });
      return html`<sf-form no-history .definition=${definition} .draftStore=${store} .adapter=${new MemoryAdapter({ delayMs: 200 })}></sf-form>`;
    },
  };
}

/** The form opened on `pageId` (with `answers` restored unless it is the first page). */
export function pageStory(definition: ExampleDefinition, pageId: string, answers: () => Record<string, unknown>): StoryObj<PageArgs> {
  const page = definition.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`${definition.id} has no page "${pageId}"`);
  const first = definition.pages[0]!.id === pageId;
  return {
    args: { step: pageId, answers: first ? undefined : answers() },
    play: async ({ canvasElement, globals }) => {
      await waitFor(() => expect(heading(canvasElement)).toBe(page.title[langOf(globals)]), { timeout: 5000 });
      await expect(inner(canvasElement).querySelector('[part="author-error"]')).toBeNull();
    },
  };
}

/** "Check your answers" with every answer and its Change link. */
export function checkAnswersStory(answers: () => Record<string, unknown>): StoryObj<PageArgs> {
  return {
    args: { step: 'check-answers', answers: answers() },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(inner(canvasElement).querySelector('.summary-list')).not.toBeNull(), { timeout: 5000 });
      await expect(inner(canvasElement).querySelectorAll('.summary-row').length).toBeGreaterThan(0);
    },
  };
}

/** Sent from "Check your answers": the confirmation with the reference number. */
export function sentStory(answers: () => Record<string, unknown>): StoryObj<PageArgs> {
  return {
    args: { step: 'check-answers', answers: answers() },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(inner(canvasElement).querySelector('.summary-list')).not.toBeNull(), { timeout: 5000 });
      await userEvent.click(inner(canvasElement).querySelector('button[type="submit"]')!);
      await waitFor(() => expect(inner(canvasElement).querySelector('.reference')?.textContent).toBe('MEM-0001'), { timeout: 5000 });
    },
  };
}
