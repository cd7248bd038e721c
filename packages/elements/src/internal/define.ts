/** Where this copy of the SDK was loaded from: the bundle's URL, or this module's. */
const SOURCE = import.meta.url;
/** Marks each class this copy defines with its source, so a later copy can name the winner. */
const SOURCE_KEY = Symbol.for('service-forms.source');

/** Tags another copy had defined when this copy came to define them. */
const taken: string[] = [];

/**
 * Defines a custom element unless the tag is taken (a second copy of the bundle on the page,
 * an older version say): a second `define` would throw and stop the rest of the bundle. The
 * copy that defines first is used for every element, also the lazily loaded ones, so a page
 * never mixes elements of two versions; the other copy defines nothing and says once, in the
 * console, which copy is used.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [SOURCE_KEY]?: string }) | undefined;
  if (existing === constructor) return;
  if (!existing) {
    if (taken.length > 0) return;
    Object.defineProperty(constructor, SOURCE_KEY, { value: SOURCE });
    customElements.define(tag, constructor);
    return;
  }
  taken.push(tag);
  if (taken.length > 1) return;
  const winner = existing[SOURCE_KEY] ?? 'another script';
  // Once, after this module's other definitions have run, so the message lists them all.
  queueMicrotask(() => {
    console.warn(
      `Service Forms: two copies on this page. The one from ${winner} is used: it defined <${taken.join('>, <')}> first. ` +
        `This one, from ${SOURCE}, defines nothing.`,
    );
  });
}
