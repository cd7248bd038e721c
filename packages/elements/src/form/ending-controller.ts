import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { lazyChunk } from '../lazy/lazy-chunk.js';
import { renderLoading, renderSentWithoutEnding } from './form-templates.js';
import type { SfForm } from './form.js';

/** The end of the form (check answers, the send, the confirmations): a chunk, once per page. */
const loadEnding = lazyChunk(() => import('./form-ending.js'));

/**
 * The end of sf-form's form: "Check your answers", sending the application and the
 * confirmations, all in a chunk of their own (`form-ending.ts`) that the form fetches while the
 * person reads its first page. Until it is here, check answers says it is loading and fetches
 * it (again), a confirmation says the essentials in the element's own words, and Submit sends
 * nothing. Uses no other controller's module.
 */
export class EndingController {
  /** The chunk, once here. */
  chunk: typeof import('./form-ending.js') | undefined;
  /**
   * The send under way (`send-application.ts`): once, however often Submit is pressed while it
   * runs. If the chunk cannot be fetched, nothing is sent, the answers stay, and the next press
   * fetches it again.
   */
  sending: Promise<void> | undefined;

  constructor(private readonly host: SfForm) {}

  /** Fetches the chunk (once per page; again after a failure); the host renders with it once here. */
  ensure(): Promise<unknown> {
    return loadEnding().then((chunk) => {
      if (!this.chunk) {
        this.chunk = chunk;
        this.host.requestUpdate();
      }
    });
  }

  /** Sends the application, or says why it cannot be sent yet. */
  send(): Promise<void> {
    const host = this.host;
    // Without the chunk, or with no adapter to send through: nothing is sent, the answers stay.
    return (this.sending ??= this.ensure()
      .then(
        () => this.chunk!.sendApplication(host),
        () => 'no-chunk' as const,
      )
      .then((unsent) => (unsent ? host.errors.show([{ message: msg('This form cannot be sent yet. Please try again later.') }]) : undefined))
      .finally(() => (this.sending = undefined)));
  }

  /** "Check your answers", or a loading message while its chunk is fetched. */
  renderCheckAnswers(): TemplateResult {
    if (this.chunk) return this.chunk.renderCheckAnswers(this.host);
    void this.ensure().catch(() => (this.host.status = 'load-error'));
    return renderLoading();
  }

  /** The confirmation: sent with its reference, or kept on this device. */
  renderSubmitted(): TemplateResult {
    const host = this.host;
    const { queuedAt, receipt } = host.delivery;
    if (this.chunk) return queuedAt ? this.chunk.renderQueued() : this.chunk.renderConfirmation(receipt?.reference, host.wording, host.session.answers, host.adapter);
    void this.ensure().catch(() => undefined);
    return renderSentWithoutEnding(!!queuedAt, receipt?.reference);
  }
}
