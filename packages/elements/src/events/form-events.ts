import type { DefinitionProblem, SubmissionEnvelope, SubmissionError, SubmissionReceipt } from '@service-forms/core';

/** Fired by `sf-form` when a valid submission is handed to the adapter. */
export class SfSubmitEvent extends Event {
  constructor(readonly envelope: SubmissionEnvelope) {
    super('sf-submit', { bubbles: true, composed: true });
  }
}

/** Fired by `sf-form` when the adapter returned a receipt. */
export class SfSubmittedEvent extends Event {
  constructor(
    readonly receipt: SubmissionReceipt,
    readonly envelope: SubmissionEnvelope,
  ) {
    super('sf-submitted', { bubbles: true, composed: true });
  }
}

/** Fired by `sf-form` when the adapter refused or could not deliver a submission. */
export class SfSubmitErrorEvent extends Event {
  constructor(
    readonly error: SubmissionError,
    readonly envelope: SubmissionEnvelope,
  ) {
    super('sf-submit-error', { bubbles: true, composed: true });
  }
}

/** Fired by `sf-form` when it shows another page (or "check-answers"). */
export class SfPageChangeEvent extends Event {
  constructor(
    /** The page id, or `check-answers`. */
    readonly step: string,
    /** 1-based position among the pages that apply (check answers comes after the last). */
    readonly position: number,
    /** How many pages apply to the answers so far. */
    readonly total: number,
  ) {
    super('sf-page-change', { bubbles: true, composed: true });
  }
}

/** Fired by `sf-form` when its definition is malformed or cannot be loaded. */
export class SfDefinitionErrorEvent extends Event {
  constructor(readonly problems: DefinitionProblem[]) {
    super('sf-definition-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-page-change': SfPageChangeEvent;
    'sf-submit': SfSubmitEvent;
    'sf-submitted': SfSubmittedEvent;
    'sf-submit-error': SfSubmitErrorEvent;
    'sf-definition-error': SfDefinitionErrorEvent;
  }
}
