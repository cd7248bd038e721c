import { css } from 'lit';

export const radioGroupStyles = css`
  .options {
    display: grid;
    gap: 0.6rem;
  }
  .option {
    display: grid;
    grid-template-columns: 2.5rem 1fr;
    align-items: center;
    column-gap: 0.6rem;
  }
  .option input {
    width: 2.5rem;
    height: 2.5rem;
    margin: 0;
    accent-color: var(--sf-color-text, #0b0c0c);
    cursor: pointer;
  }
  .option label {
    padding-block: 0.4rem;
    cursor: pointer;
  }
  .option .hint {
    grid-column: 2;
    margin: 0;
  }
  .option input:focus-visible {
    outline: 3px solid var(--sf-color-focus, #1d70b8);
    outline-offset: 2px;
  }
`;
