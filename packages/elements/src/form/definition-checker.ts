/**
 * The definition checker (core's zod schema of the format, and zod itself) is the largest part
 * of the SDK that a form needs only once, when it opens. It is loaded apart from the main
 * bundle, alongside the definition itself (docs/decisions/0003-lazy-elements.md).
 */
export { parseDefinition } from '@service-forms/core';
