import { css } from 'lit';
import { buttonStyles, hostStyles } from '../internal/shared-styles.js';

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
    ${buttonStyles}
  `,
];
