import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/**
 * Bindings in Lit's own notation: `.name` a property, `?name` a boolean attribute, any other
 * key an attribute (removed while its value is `undefined` or `null`).
 */
export type Bindings = Record<string, unknown>;

/**
 * Sets an element's attributes and properties from one object, as a template's own bindings
 * would (`<sf-text-field ${bind({ name, '.value': value })}>`): sf-form's controls share a dozen
 * of them (field-renderers.ts `bindField`), written once rather than in every control's template.
 *
 * Like Lit's bindings, each is written on the first render and then only when its value is not
 * the one given last time, so what a control set itself since (a value typed, an error it
 * shows) stays until sf-form has something new to say. Unlike Lit's property bindings, an
 * object given again (the same answer, options or messages) is not written again either.
 */
class Bind extends Directive {
  /** What each binding was given last render (made on the first, so the class needs no constructor). */
  private last: Bindings | undefined;

  render(_bindings: Bindings): unknown {
    return noChange;
  }

  override update(part: ElementPart, [bindings]: [Bindings]): unknown {
    const element = part.element as Element & Bindings;
    const last = (this.last ??= {});
    for (const key in bindings) {
      const value = bindings[key];
      if (last[key] === value) continue;
      last[key] = value;
      const name = key.slice(1);
      if (key[0] === '.') element[name] = value;
      else if (key[0] === '?') element.toggleAttribute(name, !!value);
      else if (value == null) element.removeAttribute(key);
      else element.setAttribute(key, value as string);
    }
    return noChange;
  }
}

export const bind = directive(Bind);
