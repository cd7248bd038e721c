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

/** Fired by `sf-form` when its definition is malformed or cannot be loaded. */
export class SfDefinitionErrorEvent extends Event {
  constructor(readonly problems: DefinitionProblem[]) {
    super('sf-definition-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sf-submit': SfSubmitEvent;
    'sf-submitted': SfSubmittedEvent;
    'sf-submit-error': SfSubmitErrorEvent;
    'sf-definition-error': SfDefinitionErrorEvent;
  }
}
