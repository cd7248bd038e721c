import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../internal/define.js';
import { fieldsetStyles } from './fieldset.styles.js';

/**
 * Groups fields under a legend, such as the parts of an address. The fields stay in the light
 * DOM (slotted), so they keep their form and their own shadow roots; the group's name is the
 * legend and its description the hint.
 *
 * ```html
 * <sf-fieldset legend="Registered address" hint="As on your identity card">
 *   <sf-text-field name="street" label="Street and house"></sf-text-field>
 *   <sf-text-field name="settlement" label="Town or village"></sf-text-field>
 * </sf-fieldset>
 * ```
 *
 * @tag sf-fieldset
 * @slot - The grouped fields.
 * @csspart fieldset - The native `<fieldset>`.
 * @csspart legend - The `<legend>`.
 * @csspart hint - The hint text.
 */
export class SfFieldset extends LitElement {
  static override styles = fieldsetStyles;

  /** The legend: what the fields have in common. */
  @property() legend = '';
  /** Hint text under the legend. */
  @property() hint = '';

  protected override render() {
    return html`<fieldset part="fieldset" aria-describedby=${this.hint ? 'hint' : nothing}>
      <legend part="legend">${this.legend}</legend>
      ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
      <slot></slot>
    </fieldset>`;
  }
}

defineElement('sf-fieldset', SfFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'sf-fieldset': SfFieldset;
  }
}
