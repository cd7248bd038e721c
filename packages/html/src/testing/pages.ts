import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { assertDefinition, FormSession, message, type FormDefinition, type FormSessionState } from '@service-forms/core';
import { fieldId } from '../ids.js';
import type { FormPageOptions } from '../page-views-from-session.js';
import { attr, parseDocument, squash, text, type Element, type Parsed } from './parse.js';

/** Test helpers for whole pages: the example forms, the caller's URLs, and checks every page must pass. */

const FORMS_DIR = new URL('../../../../examples/forms/', import.meta.url);

/** The five example forms, by file name (`job-seeker`). */
export const EXAMPLE_FORMS: [string, FormDefinition][] = readdirSync(FORMS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => [file.replace(/\.json$/, ''), assertDefinition(JSON.parse(readFileSync(new URL(file, FORMS_DIR), 'utf8')))]);

export const CSRF = { name: '_csrf', value: 'csrf-token-1' };

/** The URLs a server would give, made up here as the caller's (the renderer builds none). */
export function pageOptions(session: FormSession, state: FormSessionState): FormPageOptions {
  const base = `/forms/${session.definition.id}`;
  const back = session.previousStep(state);
  return {
    action: `${base}/${state.step}`,
    csrf: CSRF,
    stylesheet: '/assets/pages.css',
    languageHref: (locale) => `${base}/${state.step}?lang=${locale}`,
    changeHref: (step, field) => `${base}/change/${step}#${fieldId(field)}`,
    ...(back ? { back: `${base}/back` } : {}),
  };
}

/** The element children of an element. */
export const children = (el: Element): Element[] => el.childNodes.filter((node): node is Element => 'tagName' in node);

const IDREF_ATTRIBUTES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'];

/**
 * What every page must be: a whole document in the locale, its title, no inline style or
 * script or handler, unique ids and every id reference resolved, the skip link first and its
 * target `<main>` with one `<h1>`, and the language switch in the catalogue's words.
 */
export function checkPage(html: string, locale: string, where: string): Parsed {
  assert.ok(html.startsWith('<!doctype html>'), where);
  const page = parseDocument(html);
  const [root] = page.all('html');
  assert.equal(attr(root!, 'lang'), locale, where);
  assert.equal(page.all('title').length, 1, where);
  assert.ok(page.all('meta').some((meta) => attr(meta, 'charset') === 'utf-8'), where);
  assert.ok(page.all('meta').some((meta) => attr(meta, 'name') === 'viewport'), where);
  assert.equal(page.all('script').length, 0, where);
  assert.equal(page.all('style').length, 0, where);
  for (const el of page.elements) {
    for (const { name } of el.attrs) assert.ok(name !== 'style' && !name.startsWith('on'), `${where}: ${el.tagName} has ${name}`);
  }
  const ids = page.elements.map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined);
  assert.equal(new Set(ids).size, ids.length, `${where}: duplicate ids ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  const known = new Set(ids);
  for (const el of page.elements) {
    for (const name of IDREF_ATTRIBUTES) {
      for (const ref of (attr(el, name) ?? '').split(' ').filter(Boolean)) assert.ok(known.has(ref), `${where}: ${name}=${ref} points nowhere`);
    }
    const href = attr(el, 'href');
    if (el.tagName === 'a' && href?.startsWith('#')) assert.ok(known.has(href.slice(1)), `${where}: href ${href} points nowhere`);
  }
  const [body] = page.all('body');
  const skip = children(body!)[0]!;
  assert.equal(attr(skip, 'class'), 'sf-skip-link', where);
  const mains = page.all('main');
  assert.equal(mains.length, 1, where);
  assert.equal(attr(skip, 'href'), `#${attr(mains[0]!, 'id')}`, where);
  assert.equal(page.all('h1').length, 1, where);
  const nav = page.all('nav')[0];
  if (nav) {
    assert.equal(attr(nav, 'aria-label'), message(locale, 'language'), where);
    const current = page.elements.filter((el) => attr(el, 'aria-current') === 'true');
    assert.equal(current.length, 1, where);
    assert.equal(attr(current[0]!, 'lang'), locale, where);
    for (const link of page.all('a').filter((a) => attr(a, 'hreflang'))) assert.equal(attr(link, 'lang'), attr(link, 'hreflang'), where);
  }
  return page;
}

/** The first element inside `<main>`. */
export const firstInMain = (page: Parsed): Element => children(page.all('main')[0]!)[0]!;

/** The document's title. */
export const titleOf = (page: Parsed): string => text(page.all('title')[0]!);

/** The elements with a class. */
export const withClass = (page: Parsed, name: string): Element[] => page.elements.filter((el) => (attr(el, 'class') ?? '').split(' ').includes(name));

/** An element's text, runs of white space made one. */
export const textOf = (el: Element): string => squash(text(el));
