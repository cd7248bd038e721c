import { render } from 'lit';
import type { FormSession, FormSessionState } from '@service-forms/core';
import { formPageView, pageBodyTemplate } from '@service-forms/html';

/**
 * The plain-HTML pages of `@service-forms/html` in a browser test: the same page templates the
 * server renders to strings, rendered by lit into the light DOM, with the one stylesheet.
 */

/** Adds `@service-forms/html`'s stylesheet to the test page (once) and waits for it. */
export async function loadHtmlStylesheet(): Promise<void> {
  if (document.querySelector('link[data-sf-html-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/packages/html/src/styles/service-forms.css';
  link.dataset.sfHtmlStyles = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('the HTML stylesheet did not load'));
  });
  document.head.append(link);
  await loaded;
}

/**
 * Renders the page `state` is on (a question page or check answers) as the HTML flow would, in
 * a `<div class="sf-page">` at the end of the body; any page rendered before is removed first.
 */
export function renderHtmlPage(session: FormSession, state: FormSessionState): HTMLElement {
  removeHtmlPages();
  const host = document.createElement('div');
  host.className = 'sf-page';
  host.lang = state.locale;
  document.body.append(host);
  const base = `/apply/${session.definition.id}`;
  const view = formPageView(session, state, {
    action: `${base}/${state.step}`,
    csrf: { name: '_csrf', value: 'test' },
    languageHref: (locale) => `${base}/${state.step}?lang=${locale}`,
    changeHref: (step) => `${base}/change/${step}`,
  });
  render(pageBodyTemplate(view), host);
  return host;
}

/** Removes the pages renderHtmlPage made. */
export function removeHtmlPages(): void {
  for (const host of document.querySelectorAll('body > .sf-page')) host.remove();
}
