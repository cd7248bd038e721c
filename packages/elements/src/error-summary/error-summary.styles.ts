import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
    margin-block-end: var(--sf-space-field, 1.875rem);
    color: var(--sf-color-text, #0b0c0c);
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--sf-font-size, 1.1875rem);
  }
  :host([hidden]) {
    display: none;
  }
  .summary {
    padding: 1rem;
    border: 5px solid var(--sf-color-error, #c4301a);
  }
  .summary:focus {
    outline: 3px solid var(--sf-color-focus, #1d70b8);
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
    margin-block-start: 0.6rem;
  }
  a {
    display: inline-block;
    min-height: 1.5rem;
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
  a:focus-visible {
    outline: 3px solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .summary {
      border-color: Mark;
    }
    a {
      color: LinkText;
    }
  }
`;
