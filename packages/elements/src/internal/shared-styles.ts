import { css } from 'lit';

/**
 * What every element's shadow root starts with: the host's typography, the focus ring, and the
 * forced-colours and reduced-motion rules. Colours, fonts, spacing, the focus-ring width and the
 * corner radius come from `--sf-*` custom properties (docs/theming.md); the fallbacks are the
 * default theme, checked for WCAG contrast by test/e2e/theme-contrast.test.mjs.
 */
export const hostStyles = css`
  :host {
    display: block;
    /* Inherited text properties are set here so a page's own (body { text-transform: uppercase })
       never leak in. Colour and font are held even against a page rule aimed at the element
       itself (a reset such as * { all: revert } beside body { font-size: 10px }): theme them
       through the properties. Spacing is not held, so a reader's text-spacing style still
       reaches the text (WCAG 1.4.12). */
    color: var(--sf-color-text, #0b0c0c) !important;
    font-family: var(--sf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif) !important;
    font-size: var(--sf-font-size, 1.1875rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    text-transform: none !important;
    line-height: var(--sf-line-height, 1.32);
    letter-spacing: normal;
    text-align: start;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: var(--sf-focus-width, 3px) solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Styles every field shares, after `hostStyles`. */
export const fieldStyles = css`
  ${hostStyles}
  :host {
    margin-block-end: var(--sf-space-field, 1.875rem);
  }
  .label,
  .legend {
    display: block;
    margin-block-end: var(--sf-space-xs, 0.3rem);
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
    margin-block-end: var(--sf-space-m, 0.9rem);
    color: var(--sf-color-hint, #484949);
  }
  .error {
    display: block;
    margin: 0 0 var(--sf-space-m, 0.9rem);
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
  .field--error {
    padding-inline-start: var(--sf-space-m, 0.9rem);
    border-inline-start: 5px solid var(--sf-color-error, #c4301a);
  }
  .input {
    box-sizing: border-box;
    width: 100%;
    max-width: var(--sf-input-max-width, 100%);
    min-height: 2.5rem;
    padding: var(--sf-space-xs, 0.3rem);
    border: 2px solid var(--sf-color-border, #0b0c0c);
    border-radius: var(--sf-radius, 0);
    background: var(--sf-color-background, #ffffff);
    color: inherit;
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--sf-color-error, #c4301a);
    border-width: 4px;
  }
  .input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Fields revealed under a chosen radio or checkbox option (conditional reveal). */
  .reveal {
    grid-column: 1 / -1;
    margin: var(--sf-space-s, 0.6rem) 0 var(--sf-space-s, 0.6rem) 1.2rem;
    padding-inline-start: var(--sf-space-l, 1.5rem);
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
  /* Forced colours replace the theme's colours; an error keeps its wider border in the text colour
     (Mark, say, is not in every forced palette and can vanish against Canvas). */
  @media (forced-colors: active) {
    .input,
    .input[aria-invalid='true'],
    .field--error {
      border-color: CanvasText;
    }
  }
`;

/**
 * The green button (Continue, Send) and the sending status under it: sf-form's and
 * sf-feedback's, one copy.
 */
export const buttonStyles = css`
  .button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--sf-radius, 0);
    box-shadow: 0 2px 0 var(--sf-color-button-shadow, #002d18);
    background: var(--sf-color-button, #00703c);
    color: var(--sf-color-button-text, #ffffff);
    font: inherit;
    font-weight: 400;
    cursor: pointer;
  }
  .button:hover {
    background: var(--sf-color-button-hover, #005a30);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .status {
    margin-block: 1rem 0;
  }
  /* Forced colours drop the button's fill and shadow: its transparent border is drawn instead.
     Other colours (borders, links) are forced to the reader's palette by the browser. */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
