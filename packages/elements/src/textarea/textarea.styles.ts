import { css } from 'lit';

export const textareaStyles = css`
  .textarea {
    display: block;
    min-height: 5rem;
    resize: vertical;
  }
  .count {
    margin: var(--sf-space-xs, 0.3rem) 0 0;
    color: var(--sf-color-hint, #484949);
  }
  /* Over the limit: the error colour and weight, never colour alone (the words say "too many"). */
  .count--over {
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
`;
