import { css } from 'lit';

export const radioGroupStyles = css`
  .options {
    display: grid;
    gap: 0.6rem;
  }
  .option input:focus-visible {
    outline: 3px solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
`;
