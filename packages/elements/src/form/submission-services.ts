/**
 * What `sf-form` loads only when a page asks for it (a chunk of its own in the bundle): the
 * fetch adapter behind the offline outbox for `endpoint`, and the draft store for `drafts`.
 */
export { FetchAdapter, OutboxAdapter, OutboxSentEvent, IndexedDbDraftStore, debounce } from '@service-forms/adapters';
