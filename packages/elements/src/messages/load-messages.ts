import { lazyChunk } from '../lazy/lazy-chunk.js';

/**
 * The error messages' wording (error-messages.ts, with the file size and type formatters it
 * uses) is a chunk of its own: no message is needed before the person first presses Continue,
 * so the entry a page waits for does not carry it. `sf-form` fetches it when the form opens; a
 * control on its own fetches it when its validation is first shown or first found invalid, and
 * renders again once it is here. `errorMessage` is still exported from the package as before.
 */
let wording: typeof import('./error-messages.js') | undefined;

/** `errorMessage` once the chunk is here, else undefined (the caller asks `loadMessages()`). */
export const loadedMessages = (): typeof wording => wording;

/** Fetches the chunk once per page; a failed fetch is forgotten, so the next call tries again. */
export const loadMessages = lazyChunk(() => import('./error-messages.js').then((chunk) => (wording = chunk)));
