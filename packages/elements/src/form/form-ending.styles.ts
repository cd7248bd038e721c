import { css } from 'lit';

/**
 * The styles of the end of a form (check answers, the confirmations), in the same chunk as
 * form-ending.ts: `sf-form` adopts them into its shadow root when it loads that chunk, before
 * it renders the end, so the entry a first page waits for does not carry them.
 */
export const endingStyles = css`
  .check-heading {
    margin: 1.5rem 0 0.75rem;
    font-size: 1.3rem;
  }
  /* GOV.UK's summary list: question, answer and Change side by side, stacked
     under 40em. Columns are fixed shares, never sized by their content, so a long answer or a
     long Russian or Kazakh question cannot squeeze another column to one letter; a word breaks
     only when it is wider than its whole column. */
  .summary-list {
    margin: 0 0 var(--sf-space-l, 1.5rem);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 4fr) minmax(0, 5fr) auto;
    gap: var(--sf-space-xs, 0.3rem) 1.25rem;
    padding-block: var(--sf-space-s, 0.6rem);
    border-block-end: 1px solid var(--sf-color-border-light, #8a8b8c);
  }
  .summary-row dt,
  .summary-row dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .summary-row dt {
    font-weight: 700;
  }
  .summary-action {
    text-align: end;
  }
  .summary-action a {
    display: inline-block;
    min-height: 1.5rem;
    color: var(--sf-color-link, #1d70b8);
  }
  .summary-item dl {
    margin: var(--sf-space-xs, 0.3rem) 0 var(--sf-space-s, 0.6rem);
  }
  .summary-item dd {
    margin-inline-start: 0;
  }
  @media (max-width: 40em) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .summary-action {
      text-align: start;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .panel {
    padding: var(--sf-space-l, 1.5rem);
    margin-block-end: var(--sf-space-l, 1.5rem);
    border: 5px solid transparent;
    border-radius: var(--sf-radius, 0);
    background: var(--sf-color-success, #00703c);
    color: var(--sf-color-success-text, #ffffff);
    text-align: center;
  }
  .panel--queued {
    background: var(--sf-color-info, #1d70b8);
  }
  .panel h2 {
    margin-block-end: 1rem;
  }
  .reference {
    display: block;
    margin-block-start: 0.5rem;
    font-size: 1.75rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
