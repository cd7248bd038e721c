/**
 * The single-file bundle's entry (`dist/service-forms.js`): defines every `sf-` element and
 * exports what an embedding page needs without a build step.
 */
export * from './index.js';
export { MemoryAdapter, type MemoryAdapterOptions } from '@service-forms/adapters';
export { parseDefinition, validatePage, validateField, checkIin } from '@service-forms/core';
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
