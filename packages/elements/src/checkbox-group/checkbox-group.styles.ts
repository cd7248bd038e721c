import { css } from 'lit';

/** Options one under another, spaced so each box-and-label target stands apart. */
export const checkboxGroupStyles = css`
  .options {
    display: grid;
    gap: var(--sf-space-s, 0.6rem);
  }
`;
