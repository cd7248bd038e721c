import { html as serverHtml } from '@lit-labs/ssr';
import { nothing } from 'lit';
import { checkedHref, pageBodyTemplate } from './page-templates.js';
import type { PageView } from './page-views.js';

/*
 * Node only: the whole document around a page's body. A lit template cannot hold `<!doctype>`,
 * `<html>`, `<head>` or `<body>` (the browser's template parser drops them), and a binding in
 * `<title>` (a raw-text element) throws in a hydratable one; @lit-labs/ssr's server-only
 * template parses a whole document and still escapes every value. It is the one server-only
 * template of the package (the lint allows it in this file alone): the document is never
 * hydrated, while the body it holds is a normal, hydratable template (page-templates.ts).
 * Decision 0008, "The page".
 */

/** `<!doctype html>`, `<html lang>`, charset, viewport, title, the stylesheet, and the body. */
export function documentTemplate(view: PageView) {
  return serverHtml`<!doctype html>
<html lang=${view.lang}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
${view.stylesheet === undefined ? nothing : serverHtml`<link rel="stylesheet" href=${checkedHref(view.stylesheet)}>`}
${view.enhance === undefined ? nothing : serverHtml`<script type="module" src=${checkedHref(view.enhance.script)}></script>`}
</head>
<body class="sf-page">${pageBodyTemplate(view)}</body>
</html>
`;
}
