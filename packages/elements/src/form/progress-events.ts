import { fieldAtPath, type FieldDefinition, type FieldError, type FormDefinition } from '@service-forms/core';
import type { SfPageChangeEvent } from '../events/form-events.js';
import type { SfForm } from './form.js';

/**
 * Progress events (issue 16; the wire format is docs/analytics.md, checked by the reference
 * server's `analytics/wire.ts`): a chunk `sf-form` loads once its first page shows, only when
 * it sends events (`events-endpoint` or `endpoint` set; not `analytics="off"`, not
 * `<html data-analytics="off">`, not Global Privacy Control). It hears of pages shown
 * (`sf-page-change`), a page that failed its checks (`pageFailed`), a receipt (`sf-submitted`)
 * and the page being left before sending (`pagehide`). An event holds the form, its version,
 * the page, the language, a random id of this attempt (in memory only), the time, for a failed
 * page each field's answer path and error code, and the region field's option value: never an
 * answer typed, never a value, never an identifier.
 */

/** One event, exactly the keys of the wire format, in its order. */
export interface ProgressEvent {
  type: 'page-reached' | 'page-failed' | 'submitted' | 'abandoned';
  formId: string;
  formVersion: string;
  step: string;
  locale: string;
  attempt: string;
  at: string;
  errors?: { field: string; code: string }[];
  region?: string;
}

/** The server's limits: events in a batch, bytes of a batch, errors of one failed page. */
const MAX_EVENTS = 50;
const MAX_BYTES = 16 * 1024;
const MAX_ERRORS = 50;

const trackers = new WeakMap<SfForm, Tracker>();

/**
 * Starts an attempt on a form that has just opened (again: "Clear my answers" starts a new
 * attempt): a new id, and its page reached.
 */
export function track(host: SfForm): void {
  let tracker = trackers.get(host);
  if (!tracker) trackers.set(host, (tracker = new Tracker(host)));
  tracker.begin();
}

/** Whether a form's events are being kept (tests wait for it before they act). */
export const tracking = (host: SfForm): boolean => trackers.has(host);

/** `events` in the folder of `endpoint` (as the fetch adapter's `feedback`): `/api/submissions` → `/api/events`. */
function eventsUrl(host: SfForm): string | undefined {
  if (host.eventsEndpoint) return host.eventsEndpoint;
  const path = host.endpoint?.split(/[?#]/)[0];
  return path === undefined ? undefined : `${path.slice(0, path.lastIndexOf('/') + 1)}events`;
}

class Tracker {
  private attempt = '';
  /** Events waiting for the next batch. */
  private queue: ProgressEvent[] = [];
  private abandoned = false;
  private region?: { form: FormDefinition; field: FieldDefinition | undefined };

  constructor(private readonly host: SfForm) {
    host.addEventListener('sf-page-change', (event: SfPageChangeEvent) => this.add('page-reached', event.step));
    host.pageFailed = (errors) => this.add('page-failed', host.session.step, errors);
    host.addEventListener('sf-submitted', () => {
      this.add('submitted', host.session.step);
      // The end of the attempt: sent now, not when the person closes the confirmation.
      this.flush();
    });
    addEventListener('pagehide', () => {
      // Left with answers unsent (not while sending, not after): once per attempt.
      if (host.isConnected && host.status === 'ready' && !this.abandoned) {
        this.abandoned = true;
        this.add('abandoned', host.session.step);
      }
      this.flush();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
  }

  begin(): void {
    this.attempt = crypto.randomUUID();
    this.abandoned = false;
    this.add('page-reached', this.host.session.step);
  }

  private add(type: ProgressEvent['type'], step: string, errors?: readonly FieldError[]): void {
    const form = this.host.form;
    if (!form || !step) return;
    const event: ProgressEvent = { type, formId: form.id, formVersion: form.version, step, locale: this.host.wording.locale, attempt: this.attempt, at: new Date().toISOString() };
    if (errors?.length) event.errors = errors.slice(0, MAX_ERRORS).map(({ field, code }) => ({ field, code }));
    // The region field's answer, only when it is one of its options (never free text).
    const name = form.analytics?.region;
    const answer = name && this.host.session.answers[name];
    const field = name ? this.regionField(form, name) : undefined;
    if (field && 'options' in field && field.options.some((option) => option.value === answer)) event.region = answer as string;
    if (this.queue.push(event) >= MAX_EVENTS) this.flush();
  }

  /** The definition's region field, looked up once per definition. */
  private regionField(form: FormDefinition, name: string): FieldDefinition | undefined {
    if (this.region?.form !== form) this.region = { form, field: fieldAtPath(form.pages.flatMap((page) => page.fields), name) };
    return this.region.field;
  }

  /** Everything waiting, in batches of at most 50 events and 16 KiB: a beacon each, else a `keepalive` fetch. */
  private flush(): void {
    const url = eventsUrl(this.host);
    if (!url) this.queue = [];
    while (url && this.queue.length > 0) {
      let count = Math.min(this.queue.length, MAX_EVENTS);
      let body = JSON.stringify({ events: this.queue.slice(0, count) });
      while (count > 1 && new Blob([body]).size > MAX_BYTES) body = JSON.stringify({ events: this.queue.slice(0, --count) });
      this.queue.splice(0, count);
      // A string is sent as text/plain: a simple request, no preflight, also while the page unloads.
      let queued = false;
      try {
        queued = navigator.sendBeacon(url, body);
      } catch {
        // An address the beacon refuses: the fetch below refuses it too, quietly.
      }
      if (!queued) fetch(url, { method: 'POST', body, keepalive: true }).catch(() => undefined);
    }
  }
}
