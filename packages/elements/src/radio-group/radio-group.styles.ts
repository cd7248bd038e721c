import { css } from 'lit';

export const radioGroupStyles = css`
  .options {
    display: grid;
    gap: var(--sf-space-s, 0.6rem);
  }
`;
