import { css } from 'lit';
import { hostStyles } from '../internal/shared-styles.js';

export const fieldsetStyles = css`
  ${hostStyles}
  :host {
    margin-block-end: var(--sf-space-field, 1.875rem);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--sf-space-m, 0.9rem);
    font-size: 1.5rem;
    font-weight: 700;
  }
  .hint {
    margin-block: calc(-1 * var(--sf-space-s, 0.6rem)) var(--sf-space-m, 0.9rem);
    color: var(--sf-color-hint, #484949);
  }
`;
