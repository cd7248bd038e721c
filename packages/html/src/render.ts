/*
 * `@service-forms/html/render`, Node only: templates to HTML strings with @lit-labs/ssr (no
 * DOM), and whole pages from a FormSession state (docs/html-renderer.md). Importing it defines
 * @lit-labs/ssr's globals in the process; the package's index never imports it, so the
 * templates and views stay usable in browsers.
 */
export * from './render-string.js';
export * from './render-page.js';
