import { css } from 'lit';

export const fieldsetStyles = css`
  :host {
    display: block;
    margin-block-end: var(--sf-space-field, 1.875rem);
    color: var(--sf-color-text, #0b0c0c);
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--sf-font-size, 1.1875rem);
    line-height: 1.32;
  }
  :host([hidden]) {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.9rem;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .hint {
    margin-block: -0.6rem 0.9rem;
    color: var(--sf-color-hint, #484949);
  }
`;
