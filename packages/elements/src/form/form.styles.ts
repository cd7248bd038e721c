import { css } from 'lit';
import { buttonStyles, hostStyles } from '../internal/shared-styles.js';

export const formStyles = css`
  ${hostStyles}
  :host {
    max-width: var(--sf-form-max-width, 40rem);
  }
  /* The controls inside take their text spacing from the form (itself from the page, where a
     reader's text-spacing style sets it, WCAG 1.4.12) instead of resetting it on their :host:
     a rule from this, the outer tree, wins over theirs. */
  [data-sf-field],
  sf-fieldset,
  sf-repeatable,
  sf-error-summary,
  sf-language-switch {
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  h2 {
    margin: 0 0 var(--sf-space-l, 1.5rem);
    font-size: 2rem;
    line-height: 1.1;
  }
  .caption {
    margin: 0 0 var(--sf-space-xs, 0.3rem);
    color: var(--sf-color-hint, #484949);
    font-size: 1.2rem;
  }
  .progress {
    margin: 0 0 var(--sf-space-xs, 0.3rem);
    color: var(--sf-color-hint, #484949);
  }
  .back {
    display: inline-block;
    min-height: 1.5rem;
    margin-block-end: 1rem;
    color: var(--sf-color-text, #0b0c0c);
  }
  .back::before {
    content: '‹ ';
  }
  .draft,
  .notice {
    margin-block-end: 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--sf-color-info, #1d70b8);
    border-radius: var(--sf-radius, 0);
    background: var(--sf-color-info-background, #f3f2f1);
  }
  .draft p {
    margin: 0 0 var(--sf-space-xs, 0.3rem);
  }
  .notice p {
    margin: 0;
  }
  .draft-files {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--sf-space-xs, 0.3rem);
  }
  .draft-files input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--sf-color-text, #0b0c0c);
  }
  .link-button {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--sf-color-link, #1d70b8);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  ${buttonStyles}
`;
