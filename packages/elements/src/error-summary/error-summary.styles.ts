import { css } from 'lit';
import { hostStyles } from '../internal/shared-styles.js';

export const errorSummaryStyles = css`
  ${hostStyles}
  :host {
    margin-block-end: var(--sf-space-field, 1.875rem);
  }
  .summary {
    padding: 1rem;
    border: 5px solid var(--sf-color-error, #c4301a);
    border-radius: var(--sf-radius, 0);
  }
  /* Focused by script when it appears (GOV.UK): a ring even without a keyboard. */
  .summary:focus {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  h2 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: var(--sf-space-s, 0.6rem);
  }
  a {
    display: inline-block;
    min-height: 1.5rem;
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .summary:focus {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
