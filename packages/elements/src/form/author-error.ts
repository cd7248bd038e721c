import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import type { DefinitionProblem } from '@service-forms/core';

/**
 * What `sf-form` shows in place of a form whose definition could not be used: every bad path,
 * for the form's author. A chunk of its own, loaded only then: no person filling a form needs it.
 */
export function renderAuthorError(problems: readonly DefinitionProblem[]) {
  return html`<div class="author-error" part="author-error" role="alert">
    <h2>${msg('This form cannot be shown')}</h2>
    <p>${msg(str`The form definition has ${problems.length} problem(s). For the form's author:`)}</p>
    <ul>
      ${problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
    </ul>
  </div>`;
}

/** Its styles, adopted by `sf-form` when this chunk is loaded. */
export const authorErrorStyles = css`
  .author-error {
    padding: 1rem;
    border: 5px solid var(--sf-color-error, #c4301a);
    border-radius: var(--sf-radius, 0);
  }
  .author-error code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
