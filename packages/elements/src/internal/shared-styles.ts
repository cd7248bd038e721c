import { css } from 'lit';

/**
 * Styles every field shares. Colours come from custom properties with defaults that meet
 * WCAG contrast on white; focus uses `outline`, which survives forced-colours mode.
 */
export const fieldStyles = css`
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
  .label,
  .legend {
    display: block;
    margin-block-end: 0.3rem;
    font-weight: 700;
  }
  .legend {
    padding: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .hint {
    display: block;
    margin-block-end: 0.9rem;
    color: var(--sf-color-hint, #484949);
  }
  .error {
    display: block;
    margin: 0 0 0.9rem;
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
  .field--error {
    padding-inline-start: 0.9rem;
    border-inline-start: 5px solid var(--sf-color-error, #c4301a);
  }
  .input {
    box-sizing: border-box;
    width: 100%;
    max-width: var(--sf-input-max-width, 100%);
    min-height: 2.5rem;
    padding: 0.3rem;
    border: 2px solid var(--sf-color-border, #0b0c0c);
    border-radius: 0;
    background: var(--sf-color-background, #ffffff);
    color: inherit;
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--sf-color-error, #c4301a);
    border-width: 4px;
  }
  .input:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Fields revealed under a chosen radio or checkbox option (conditional reveal). */
  .reveal {
    grid-column: 1 / -1;
    margin: 0.6rem 0 0.6rem 1.2rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 4px solid var(--sf-color-border-light, #8a8b8c);
  }
  .reveal[hidden] {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    .input[aria-invalid='true'],
    .field--error {
      border-color: Mark;
    }
    .input:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
