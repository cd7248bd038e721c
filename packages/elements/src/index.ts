export { FormControl } from './internal/form-control.js';
export { defineElement } from './internal/define.js';
export { errorMessage, type CustomMessages, type MessageContext } from './messages/error-messages.js';
export { SfTextField, type TextFieldFormat } from './text-field/text-field.js';
export { SfRadioGroup, type RadioOption } from './radio-group/radio-group.js';
export { SfDateInput } from './date-input/date-input.js';
export { SfErrorSummary, type SummaryItem } from './error-summary/error-summary.js';
export { SfForm } from './form/form.js';
export * from './events/form-events.js';
