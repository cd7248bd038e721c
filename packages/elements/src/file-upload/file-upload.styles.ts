import { css } from 'lit';

export const fileUploadStyles = css`
  .file-input {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    padding: var(--sf-space-xs, 0.3rem) 0;
    color: inherit;
    font: inherit;
  }
  .file-input::file-selector-button {
    min-height: 2.5rem;
    margin-inline-end: 0.75rem;
    padding: var(--sf-space-xs, 0.3rem) 0.9rem;
    border: 2px solid var(--sf-color-border, #0b0c0c);
    border-radius: var(--sf-radius, 0);
    background: var(--sf-color-secondary-button, #f3f2f1);
    color: var(--sf-color-text, #0b0c0c);
    font: inherit;
    cursor: pointer;
  }
  .file-input[aria-invalid='true']::file-selector-button {
    border-color: var(--sf-color-error, #c4301a);
    border-width: 4px;
  }
  .file-input:disabled,
  .file-input:disabled::file-selector-button {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .files {
    margin: var(--sf-space-m, 0.9rem) 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--sf-space-xs, 0.3rem) 1rem;
    padding-block: 0.4rem;
    border-block-end: 1px solid var(--sf-color-border-light, #8a8b8c);
  }
  .file--refused .file-text {
    color: var(--sf-color-error, #c4301a);
    font-weight: 700;
  }
  .file-text {
    /* Long file names wrap rather than push the page sideways at 320 px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  .file-size {
    white-space: nowrap;
  }
  .remove {
    /* At least 24×24 CSS px (WCAG 2.5.8); comfortably more for a thumb. */
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: var(--sf-space-xs, 0.3rem) 0.5rem;
    border: 0;
    background: none;
    color: var(--sf-color-link, #1d70b8);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .remove:hover {
    text-decoration-thickness: 3px;
  }
  .remove:focus-visible {
    outline-offset: 0;
  }
  .remove:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .file-input::file-selector-button,
    .file-input[aria-invalid='true']::file-selector-button {
      border-color: ButtonText;
    }
    .remove {
      color: LinkText;
    }
  }
`;
