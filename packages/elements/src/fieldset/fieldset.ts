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
 * @cssproperty --sf-color-text - Text colour (default #0b0c0c).
 * @cssproperty --sf-font-family - Font family (default the system UI font).
 * @cssproperty --sf-font-size - Base font size (default 1.1875rem).
 * @cssproperty --sf-line-height - Line height of text (default 1.32).
 * @cssproperty --sf-focus-width - Width of the focus outline (default 3px).
 * @cssproperty --sf-color-focus - Focus outline colour (default #1d70b8).
 * @cssproperty --sf-color-hint - Hint text colour (default #484949).
 * @cssproperty --sf-space-field - Space below the fieldset (default 1.875rem).
 * @cssproperty --sf-space-s - Pulls the hint up towards the legend (default 0.6rem).
 * @cssproperty --sf-space-m - Below the legend and the hint (default 0.9rem).
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
