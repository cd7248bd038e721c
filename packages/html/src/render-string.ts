import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { textareaControl } from './templates.js';

/*
 * Node only: a template to an HTML string with @lit-labs/ssr, no DOM. SSR writes hydration
 * markers (`<!--lit-part …-->` around each template, `<!--lit-node N-->` before each element
 * with a binding, `<?>` for an empty part); nothing hydrates the pages (sf-form takes a served
 * page over by reading it, decision 0012), so they are dropped unless asked for
 * (`{ hydratable: true }`): a fifth of a page's bytes raw, about 300 bytes brotli on the
 * largest example page (decision 0008, "The hydration markers").
 */

/** What SSR adds for hydration, and nothing else: every text and attribute value is escaped, so no answer can spell one. */
const HYDRATION_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/** How `renderToString` writes. */
export interface RenderOptions {
  /** Keep SSR's hydration markers, for a page the browser will hydrate with `@lit-labs/ssr-client`. Default false. */
  hydratable?: boolean;
}

/** The strings of the textarea control's template: the same object for every call. */
const TEXTAREA_STRINGS = textareaControl({ kind: 'textarea', name: 'x', label: '', value: '' }).strings;
const TEXTAREA_VALUE_INDEX = TEXTAREA_STRINGS.findIndex((text) => text.endsWith(' .value='));

const isTemplateResult = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value && 'values' in value;

/** The text of every textarea control in the tree, in document order (the order SSR writes them). */
function textareaTexts(value: unknown, out: string[] = []): string[] {
  if (isTemplateResult(value)) {
    if (value.strings === TEXTAREA_STRINGS) out.push(String(value.values[TEXTAREA_VALUE_INDEX] ?? ''));
    for (const inner of value.values) textareaTexts(inner, out);
  } else if (Array.isArray(value)) {
    for (const inner of value) textareaTexts(inner, out);
  }
  return out;
}

/** Text as the content of a `<textarea>` (an escapable raw text element). */
function textareaContent(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // The parser drops one line break right after `<textarea>`: keep a text's own first one.
  return /^[\r\n]/.test(text) ? `\n${escaped}` : escaped;
}

/** Where SSR wrote a textarea control: empty, since it writes neither `.value` nor inner bindings. */
const EMPTY_TEXTAREA = /(<textarea\b[^>]*>)(<\/textarea>)/g;

/**
 * Renders a template (or a list of them) to HTML, without hydration markers unless
 * `hydratable`. Every text and attribute value is escaped by lit; a textarea's text is escaped
 * here, the one place this package writes markup by hand.
 */
export function renderToString(template: TemplateResult | readonly TemplateResult[], { hydratable = false }: RenderOptions = {}): string {
  const texts = textareaTexts(template);
  const rendered = collectResultSync(render(template));
  const out = hydratable ? rendered : rendered.replace(HYDRATION_MARKERS, '');
  let i = 0;
  const filled = out.replace(EMPTY_TEXTAREA, (_match, open: string, close: string) => `${open}${textareaContent(texts[i++] ?? '')}${close}`);
  if (i !== texts.length) throw new Error(`renderToString: ${texts.length} textarea texts for ${i} textareas`);
  return filled;
}
