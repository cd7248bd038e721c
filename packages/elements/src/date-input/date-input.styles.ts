import { css } from 'lit';

export const dateInputStyles = css`
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: 1.2rem;
  }
  .part {
    display: flex;
    flex-direction: column;
  }
  .part label {
    margin-block-end: var(--sf-space-xs, 0.3rem);
  }
  .part .input {
    width: 3.5em;
  }
  .part--year .input {
    width: 5em;
  }
`;
