import { css } from 'lit';

/** A native select styled like the text inputs; as wide as its options, never wider than the field. */
export const selectStyles = css`
  .select {
    width: auto;
    min-width: min(11.5em, 100%);
    max-width: 100%;
    cursor: pointer;
  }
  `;
