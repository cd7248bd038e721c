import type { FieldDefinition, FieldType } from '@service-forms/core';

/**
 * Elements that most forms do not use are not in the main bundle: each is a chunk of its own,
 * loaded when a form needs it (docs/decisions/0003-lazy-elements.md). On a 3G link a form of
 * text fields and radios should not wait for a file uploader it does not have.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'sf-select': () => import('../select/select.js'),
  'sf-checkbox-group': () => import('../checkbox-group/checkbox-group.js'),
  'sf-textarea': () => import('../textarea/textarea.js'),
  'sf-number-field': () => import('../number-field/number-field.js'),
  'sf-file-upload': () => import('../file-upload/file-upload.js'),
  'sf-repeatable': () => import('../repeatable/repeatable.js'),
  'sf-language-switch': () => import('../language-switch/language-switch.js'),
  'sf-feedback': () => import('../feedback/feedback.js'),
  // Not needed before the first failed Continue: sf-form fetches it as a form opens.
  'sf-error-summary': () => import('../error-summary/error-summary.js'),
};

/** The tags that load on demand. */
export const LAZY_TAGS: readonly string[] = Object.keys(loaders);

const TAG_FOR_TYPE: Partial<Record<FieldType, string>> = {
  select: 'sf-select',
  checkboxes: 'sf-checkbox-group',
  textarea: 'sf-textarea',
  number: 'sf-number-field',
  money: 'sf-number-field',
  file: 'sf-file-upload',
  repeatable: 'sf-repeatable',
};

/** Lazily loaded tags that these fields (and the fields nested in them) render, not defined yet. */
export function lazyTagsFor(fields: readonly FieldDefinition[]): Set<string> {
  return new Set([...lazyTagsForUnchecked(fields)].filter((tag) => !customElements.get(tag)));
}

/**
 * The lazily loaded tags a definition that has not been checked yet seems to need: every
 * `"type"` anywhere in it, and the language switch when it declares several locales, defined
 * or not (`loadElements` skips those defined). Never throws; a malformed definition gives what
 * it gives (the checker reports it).
 */
export function lazyTagsForUnchecked(definition: unknown): Set<string> {
  const tags = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 64) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const { type } = value as { type?: unknown };
    const tag = typeof type === 'string' ? TAG_FOR_TYPE[type as FieldType] : undefined;
    if (tag && Object.hasOwn(TAG_FOR_TYPE, type as string)) tags.add(tag);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(definition, 0);
  const { locales } = (definition ?? {}) as { locales?: unknown };
  if (Array.isArray(locales) && locales.length > 1) tags.add('sf-language-switch');
  return tags;
}

/** Loads and defines the given tags; resolves when all are defined. */
export async function loadElements(tags: Iterable<string>): Promise<void> {
  await Promise.all([...tags].map((tag) => (customElements.get(tag) ? undefined : loaders[tag]?.())));
}

/**
 * Plain HTML: loads each lazily loaded element as it appears in the document (at start and
 * whenever nodes are added). Elements inside other shadow roots are not seen; `sf-form` loads
 * what its definitions need itself.
 */
export function autoloadElements(root: Document = document): MutationObserver {
  const scan = (node: ParentNode) => {
    const wanted = LAZY_TAGS.filter((tag) => !customElements.get(tag) && ((node as Element).localName === tag || node.querySelector(tag)));
    if (wanted.length > 0) void loadElements(wanted);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  scan(root);
  return observer;
}
