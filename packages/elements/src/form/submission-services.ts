/**
 * What `sf-form` loads only when a page asks for it (a chunk of its own in the bundle): the
 * fetch adapter behind the offline outbox, for `endpoint`.
 */
export { FetchAdapter, OutboxAdapter, OutboxSentEvent } from '@service-forms/adapters';
