import { css } from 'lit';

export const repeatableStyles = css`
  .item {
    margin-block-end: var(--sf-space-l, 1.5rem);
    padding-block-end: 1rem;
    border-block-end: 1px solid var(--sf-color-border-light, #8a8b8c);
  }
  .item-heading {
    margin: 0 0 1rem;
    font-size: 1.3rem;
  }
  .button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--sf-color-border, #0b0c0c);
    border-radius: var(--sf-radius, 0);
    background: var(--sf-color-secondary-button, #f3f2f1);
    color: var(--sf-color-text, #0b0c0c);
    font: inherit;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
