import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import {
  formatDate,
  type FormDefinition,
  type SubmissionAdapter,
  type SubmissionEnvelope,
  type SubmissionOutcome,
  type SubmissionReceipt,
} from '@service-forms/core';
import type { OutboxAdapter, OutboxSentEvent } from '@service-forms/adapters';
import { announce } from '../internal/live-region.js';

/** An application kept on this device on an earlier visit: still waiting, or now sent. */
type Earlier = { waitingSince: string } | { reference: string };

export interface DeliveryHost extends ReactiveControllerHost {
  adapter: SubmissionAdapter | undefined;
}

/**
 * Where a submission goes and what came of it: the adapter's outcome (a receipt, or kept on
 * this device by an offline outbox), and the outbox's later news (an application kept on this
 * visit, or an earlier one, has been sent). It has no part in the host's lifecycle, so it only
 * asks the host to render when its state changes.
 */
export class DeliveryController {
  receipt: SubmissionReceipt | undefined;
  /** When an offline outbox kept the application on this device instead of sending it. */
  queuedAt: string | undefined;
  /** The submission this page kept in the outbox, told apart from ones kept on earlier visits. */
  private queuedId: string | undefined;
  private earlier: Earlier | undefined;

  /** `form`: the definition shown now, if any. */
  constructor(
    private readonly host: DeliveryHost,
    private readonly form: () => FormDefinition | undefined,
  ) {}

  /** `endpoint`: the outbox (over the fetch adapter) is the adapter; one kept on an earlier visit shows a notice. */
  useOutbox(form: FormDefinition, outbox: OutboxAdapter): void {
    outbox.addEventListener('sent', (event) => this.onSentLater(event as OutboxSentEvent));
    this.host.adapter = outbox;
    void outbox.entries().then((entries) => {
      const waiting = entries.find((entry) => entry.envelope.formId === form.id && !entry.failed);
      if (waiting && this.form() === form && !this.earlier) this.update({ earlier: { waitingSince: waiting.envelope.createdAt } });
    }, () => undefined);
  }

  /** Hands the envelope to the adapter; what it throws is a fatal error, never lost. */
  async submit(envelope: SubmissionEnvelope): Promise<SubmissionOutcome> {
    try {
      return await this.host.adapter!.submit(envelope, { signal: new AbortController().signal });
    } catch (error) {
      return { ok: false, error: { kind: 'fatal', message: String(error) } };
    }
  }

  /** The adapter took the application: sent (a receipt) or kept on this device. */
  delivered(outcome: Extract<SubmissionOutcome, { ok: true }>, envelope: SubmissionEnvelope): void {
    if (outcome.queued) this.update({ receipt: undefined, queuedAt: outcome.queuedAt, queuedId: envelope.submissionId });
    else this.update({ receipt: outcome.receipt });
  }

  /** The notice about an application kept on this device on an earlier visit. */
  renderNotice(locale: string) {
    const earlier = this.earlier;
    if (!earlier) return nothing;
    return html`<div class="notice" part="outbox-notice">
      <p>
        ${'reference' in earlier
          ? msg(str`The application you saved on this device earlier has been sent. Your reference number is ${earlier.reference}.`)
          : msg(str`An application you saved on this device on ${formatDate(earlier.waitingSince.slice(0, 10), locale, 'long')} has not been sent yet. It will be sent automatically when you are back online: do not fill in the form again for it.`)}
      </p>
    </div>`;
  }

  private update(changes: { receipt?: SubmissionReceipt | undefined; queuedAt?: string | undefined; queuedId?: string; earlier?: Earlier }): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** An application the outbox kept on this device has been sent: show its reference. */
  private onSentLater({ receipt, envelope }: OutboxSentEvent): void {
    if (envelope.formId !== this.form()?.id) return;
    if (!this.queuedAt || envelope.submissionId !== this.queuedId) {
      // Kept on an earlier visit (this page was closed before it went): say so above the form.
      this.update({ earlier: { reference: receipt.reference } });
      announce(msg(str`The application you saved on this device earlier has been sent. Your reference number is ${receipt.reference}.`));
      return;
    }
    this.update({ queuedAt: undefined, receipt });
    announce(msg(str`Your application has been sent. Your reference number is ${receipt.reference}.`));
  }
}
