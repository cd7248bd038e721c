import { css } from 'lit';
import { hostStyles } from '../internal/shared-styles.js';

export const languageSwitchStyles = css`
  ${hostStyles}
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Buttons that read as links; at least 44 px tall and 24 px wide (WCAG 2.5.8 asks for 24). */
  button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    margin: 0;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--sf-color-link, #1d70b8);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  button:hover {
    text-decoration-thickness: 3px;
  }
  /* The current language: plain bold text, no longer a link. */
  button[aria-current='true'] {
    color: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: default;
  }
  button:focus-visible {
    outline-offset: 0;
  }
  @media (forced-colors: active) {
    button {
      color: LinkText;
    }
    button[aria-current='true'] {
      color: CanvasText;
    }
  }
`;
