/**
 * What `sf-form` loads on demand (one chunk of its own in the bundle, fetched while the
 * definition and its checker download): the fetch adapter behind the offline outbox, for
 * `endpoint`, and drafts (the IndexedDB draft store with the pause before a save, and the
 * controller that restores, saves and clears them). One chunk rather than two: on a 400 ms
 * round trip a second request costs more than the 3 KB it saves. `openServices` is what sf-form
 * calls once the chunk is here.
 */
export { FetchAdapter, OutboxAdapter } from '@service-forms/adapters';
export { DraftController } from './draft-controller.js';
export { openServices } from './open-services.js';
