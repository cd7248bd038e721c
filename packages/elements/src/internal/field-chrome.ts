import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/**
 * What a field shows under its label or legend, written once (issue 24): the hint and the
 * inline error, each only when there is one. Their ids, `hint` and `error`, are what the inner
 * control's `aria-describedby` lists (FormControl's `describedBy()`); their parts, `hint` and
 * `error`, are what themes style and sf-form exports (FIELD_PARTS in form/field-renderers.ts).
 * The error starts with a visually hidden "Error:", so a screen reader says what it is.
 *
 * The label or legend before it stays in each control's template: it is a different element
 * (`<label for="control">` or a fieldset's `<legend>`), and passing it in measured larger in the
 * entry bundle, as did using this in sf-checkbox (its hint follows the box's label, its error
 * comes first) and sf-fieldset (a hint only). Decision 0010, step 4a.
 */
export const fieldChrome = (hint: string, error: string) =>
  html`${hint ? html`<div id="hint" class="hint" part="hint">${hint}</div>` : nothing}${error
    ? html`<p id="error" class="error" part="error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</p>`
    : nothing}`;
