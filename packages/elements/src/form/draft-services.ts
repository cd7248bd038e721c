/**
 * What `sf-form` loads for drafts (a chunk of its own in the bundle): the IndexedDB draft store
 * and the pause before a save.
 */
export { IndexedDbDraftStore, debounce } from '@service-forms/adapters';
