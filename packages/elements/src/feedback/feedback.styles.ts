import { css } from 'lit';
import { hostStyles } from '../internal/shared-styles.js';

/** The question under a confirmation: a rule above it, the fields' own styles, GOV.UK's green button. */
export const feedbackStyles = [
  hostStyles,
  css`
    :host {
      margin-block: var(--sf-space-l, 1.5rem);
      padding-block-start: var(--sf-space-m, 0.9rem);
      border-block-start: 1px solid var(--sf-color-border-light, #8a8b8c);
    }
    .title {
      margin: 0 0 var(--sf-space-m, 0.9rem);
      font-size: 1.3em;
      font-weight: 700;
      line-height: 1.25;
    }
    h3.title {
      font-size: 1.1em;
    }
    .thanks p {
      margin: 0;
    }
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
    /* Forced colours drop the button's fill and shadow: its transparent border is drawn instead. */
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
      }
    }
  `,
];
