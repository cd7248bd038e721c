import { css } from 'lit';

/** A short box (GOV.UK: the width hints at the expected length), the ₸ sign boxed beside it. */
export const numberFieldStyles = css`
  .wrapper {
    display: flex;
    align-items: stretch;
    max-width: 100%;
  }
  .input {
    max-width: 10em;
    min-width: 0;
  }
  :host([format='money']) .input {
    max-width: 12em;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .suffix {
    display: flex;
    flex: none;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-width: 2.5rem;
    padding: 0 0.4rem;
    border: 2px solid var(--sf-color-border, #0b0c0c);
    border-inline-start: 0;
    border-start-end-radius: var(--sf-radius, 0);
    border-end-end-radius: var(--sf-radius, 0);
    background: var(--sf-color-suffix-background, #f3f2f1);
  }
  .suffix::before {
    content: attr(data-symbol);
  }
  .input:disabled + .suffix {
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .suffix {
      border-color: CanvasText;
    }
  }
`;
