import { css } from 'lit';

/**
 * One choice of a radio group, a checkbox group or a single checkbox: a 40px box beside its
 * label, the box and the label one target (a label click chooses it), well over the 24×24 CSS
 * px of WCAG 2.5.8. A group's options (choice-options.ts) stand one under another, spaced so
 * each target stands apart; a single checkbox has no `.options`.
 */
export const choiceStyles = css`
  .options {
    display: grid;
    gap: var(--sf-space-s, 0.6rem);
  }
  .option {
    display: grid;
    grid-template-columns: 2.5rem 1fr;
    align-items: center;
    column-gap: var(--sf-space-s, 0.6rem);
  }
  /* Native boxes and rings: forced colours draw them (border, tick, dot) in system colours. */
  .option input {
    width: calc(2.5rem - 4px);
    height: calc(2.5rem - 4px);
    margin: 2px;
    accent-color: var(--sf-color-text, #0b0c0c);
    cursor: pointer;
    /* GOV.UK's ring: 2px in the text colour around the browser's lighter native border (inside
       the 40px, hence the margin), so an empty box or ring is as easy to see as a chosen one.
       Forced colours drop the shadow and draw the native border in system colours. */
    border-radius: 2px;
    box-shadow: 0 0 0 2px var(--sf-color-text, #0b0c0c);
  }
  .option input[type='radio'] {
    border-radius: 50%;
  }
  /* No shadow in forced colours: the native box takes the whole 40px. */
  @media (forced-colors: active) {
    .option input {
      width: 2.5rem;
      height: 2.5rem;
      margin: 0;
    }
  }
  .option label {
    padding-block: 0.4rem;
    cursor: pointer;
  }
  .option .hint {
    grid-column: 2;
    margin: 0;
  }
  .option input:disabled,
  .option input:disabled + label {
    cursor: not-allowed;
  }
`;
