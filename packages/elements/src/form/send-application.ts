import { msg } from '@lit/localize';
import { CHECK_ANSWERS, errorsState, pageWithErrors, validateSubmission } from '@service-forms/core';
import { announce } from '../internal/live-region.js';
import { SfSubmitErrorEvent, SfSubmitEvent, SfSubmittedEvent } from '../events/form-events.js';
import { envelopeFor, refusalItems } from './submission.js';
import { messagesReady } from './form-wording.js';
import type { SfForm } from './form.js';

/**
 * Sends the application (issue 24): every answer checked again, then handed to the adapter
 * once; the confirmation, or the errors with the answers kept. Part of the end's chunk
 * (`form-ending.ts`), beside check answers and the confirmation: the entry a page waits for
 * needs none of it before the last Continue. `sf-form` awaits the chunk before it calls this,
 * and sends nothing a second time while it does (`EndingController.sending`). Resolves to
 * `'no-adapter'` when there is nowhere to send it: the caller says the form cannot be sent yet,
 * as it does when the chunk itself could not be fetched.
 */
export async function sendApplication(host: SfForm): Promise<'no-adapter' | void> {
  const form = host.form!;
  const result = validateSubmission(form, host.session.answers);
  if (!result.ok) {
    await messagesReady();
    // Answers changed so that an earlier page no longer holds: back to the first one in error.
    const first = pageWithErrors(form, host.session, result.errors);
    if (first && first.id !== host.session.step) await host.flow.goTo(first.id);
    host.pageFailed?.(result.errors);
    host.session = errorsState(host.session, result.errors);
    return host.errors.show(result.errors.map((error) => host.controls.summaryItem(error)));
  }
  if (!host.adapter) {
    console.error('<sf-form>: no adapter is set: assign form.adapter before the person submits.');
    return 'no-adapter';
  }
  host.status = 'submitting';
  const envelope = envelopeFor(form, result.data, host.wording.locale, host.takenOver?.submissionId);
  host.dispatchEvent(new SfSubmitEvent(envelope));
  const outcome = await host.delivery.submit(envelope);
  if (outcome.ok) {
    // Sent, or kept by the outbox: the draft has done its job.
    host.draft?.discard();
    if (host.draftStore) void host.draftStore.clear(form.id).catch(() => undefined);
    host.delivery.delivered(outcome, envelope);
    host.status = 'submitted';
    host.errors.clear();
    host.documentTitle.clearError();
    if (outcome.queued) announce(msg('Your application is saved on this device. It will be sent when you are back online.'));
    else host.dispatchEvent(new SfSubmittedEvent(outcome.receipt, envelope));
    await host.updateComplete;
    if (host.documentTitle.base) host.documentTitle.show(() => (outcome.queued ? msg('Application saved on this device') : msg('Application submitted')));
    host.renderRoot.querySelector<HTMLElement>('.panel h2')?.focus();
  } else {
    host.status = 'ready';
    host.dispatchEvent(new SfSubmitErrorEvent(outcome.error, envelope));
    const first = outcome.error.kind === 'field-errors' ? pageWithErrors(form, host.session, outcome.error.errors) : undefined;
    if (first && host.session.step === CHECK_ANSWERS) {
      host.session = { ...host.session, returnToCheck: true };
      await host.flow.goTo(first.id);
    }
    await messagesReady();
    // The receiver's field errors show on their controls (rendered: field-renderers.ts) as well as in the summary.
    if (outcome.error.kind === 'field-errors') host.refusals = outcome.error.errors;
    await host.errors.show(() => refusalItems(outcome.error, (error) => host.controls.summaryItem(error)));
  }
}
