/**
 * The bundle's entry (`dist/service-forms.js`): one script tag defines every `sf-` element.
 * The elements most forms use are in this file; the others (select, checkbox group, textarea,
 * number, file upload, repeatable, language switch, feedback, error summary) are chunks beside it, loaded when a form or the page uses
 * them (docs/decisions/0003-lazy-elements.md). Their classes are not exported here: wait for
 * `customElements.whenDefined('sf-file-upload')` instead.
 */
import { autoloadElements } from './lazy/element-loader.js';
import { followDocumentLanguage } from './localization/localization.js';
import { lazyChunk } from './lazy/lazy-chunk.js';

export { FormControl } from './internal/form-control.js';
export { announce } from './internal/live-region.js';
export { getLocale, setLocale, resolveLocale, followDocumentLanguage, type Locale } from './localization/localization.js';
export { SfTextField } from './text-field/text-field.js';
export { SfRadioGroup } from './radio-group/radio-group.js';
export { SfDateInput } from './date-input/date-input.js';
export { SfCheckbox } from './checkbox/checkbox.js';
export { SfFieldset } from './fieldset/fieldset.js';
export { SfForm } from './form/form.js';
export { loadElements, LAZY_TAGS } from './lazy/element-loader.js';
export * from './events/form-events.js';
export { MemoryAdapter } from '@service-forms/adapters';
export type { FetchAdapterOptions } from '@service-forms/adapters';
export type { EndpointOptions } from './form/form.js';

/**
 * The fetch adapter and the offline outbox (`FetchAdapter`, `OutboxAdapter` from
 * `@service-forms/adapters`), for a script-tag page that builds its own adapter. They are not in
 * the entry: this fetches the chunk `sf-form` loads for `endpoint` (once per page; a failed load
 * is tried anew on the next call).
 *
 * @example
 * const { FetchAdapter, OutboxAdapter } = await loadAdapters();
 * form.adapter = new OutboxAdapter(new FetchAdapter({ endpoint: '/api/submissions' }));
 */
export const loadAdapters: () => Promise<Pick<typeof import('@service-forms/adapters'), 'FetchAdapter' | 'OutboxAdapter'>> = lazyChunk(
  () => import('./form/form-services.js'),
);
// The definition checker (parseDefinition, with zod) is a chunk of its own: import it from the
// npm package, or let sf-form load it.
export { validatePage, validateField, validateSubmission, checkIin } from '@service-forms/core';
export type {
  FormDefinition,
  FieldDefinition,
  FieldError,
  SubmissionAdapter,
  SubmissionEnvelope,
  SubmissionReceipt,
  SubmissionResult,
  SubmissionError,
} from '@service-forms/core';

// Hand-written `<sf-file-upload>` and friends in the page load as they appear, and speak the
// page's language (`<html lang>`).
if (typeof document !== 'undefined') {
  autoloadElements(document);
  followDocumentLanguage(document);
}
