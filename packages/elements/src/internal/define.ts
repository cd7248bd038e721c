/**
 * Defines a custom element unless the tag is taken (a second copy of the bundle on the page,
 * say): a second `define` would throw and stop the rest of the bundle. The first copy wins.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor) {
    console.warn(`Service Forms: <${tag}> was already defined by another copy of the SDK; that definition is used.`);
  }
}
