import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { getAnswer, type Answers } from '@service-forms/core';
import { buildServer, type ServerOptions } from '../app.js';
import { DefinitionStore } from '../definitions.js';
import { SESSION_COOKIE } from '../html-session.js';
import { SqliteStorage } from '../storage/sqlite.js';
import type { Storage } from '../storage/storage.js';
import { HTML_FLOW_CSP } from '../html-flow/routes.js';
import { logCapture } from './server.js';
import { attr, descendants, has, parseDocument, text, type Element, type Parsed } from '../../../html/src/testing/parse.js';

/*
 * Test helpers for the HTML flow: a server on the example forms, and a browser without script
 * over Fastify's inject: it keeps cookies (by path), follows 303s, and posts a page's form as a
 * browser does (its controls' names and values, the pressed button, multipart when the form
 * says so, an empty part for an empty file input).
 */

export const EXAMPLE_FORMS_DIR = fileURLToPath(new URL('../../../../examples/forms/', import.meta.url));
export const ORIGIN = 'http://127.0.0.1:8080';

/** An example form's id by its file's name (`job-seeker` → `job-seeker-registration`). */
export function exampleFormId(fileName: string): string {
  return (JSON.parse(readFileSync(join(EXAMPLE_FORMS_DIR, `${fileName}.json`), 'utf8')) as { id: string }).id;
}

/** A server on the five example forms (SQLite in memory unless `storage`), the real date, logs captured. */
export async function flowServer(options: Partial<ServerOptions> = {}): Promise<{ app: FastifyInstance; storage: Storage; logs: () => string }> {
  const definitions = await DefinitionStore.load(EXAMPLE_FORMS_DIR);
  const storage = options.storage ?? new SqliteStorage(':memory:');
  const { stream, logs } = logCapture();
  const app = await buildServer({
    storage,
    definitions,
    limits: { ratePerMinute: false },
    log: { level: 'info', stream },
    ...options,
    htmlFlow: { purgeIntervalMs: 0, ...(options.htmlFlow || {}) },
  });
  return { app, storage, logs };
}

/** A page as the browser got it. */
export interface Page {
  status: number;
  /** The path it was finally answered at (after redirects), without the fragment. */
  url: string;
  /** The fragment of the last redirect (`education.1:heading`), if any. */
  fragment: string | undefined;
  response: LightMyRequestResponse;
  html: string;
  doc: Parsed;
  /** Every 303 followed on the way, by location. */
  redirects: string[];
}

/** What a control gets: raw values by name, from answers kept as the elements keep them. */
export type Values = (name: string) => unknown;

/** Values from answers: `dob.day` reads the date's part, `members[1].iin` the item's answer. */
export const fromAnswers =
  (answers: Answers): Values =>
  (name) =>
    getAnswer(answers, name);

export class Browser {
  /** Cookies by name and path. */
  private readonly jar = new Map<string, { name: string; value: string; path: string }>();
  /** Headers every request carries (a browser's Origin on POSTs is added per request). */
  headers: Record<string, string> = { 'accept-language': 'en', 'accept-encoding': 'identity', host: '127.0.0.1:8080' };

  constructor(readonly app: FastifyInstance) {}

  cookieHeader(url: string): string | undefined {
    const path = url.split(/[?#]/)[0]!;
    const sent = [...this.jar.values()].filter((cookie) => path === cookie.path || path.startsWith(`${cookie.path}/`));
    return sent.length ? sent.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') : undefined;
  }

  /** The session id the browser holds for a form (its cookie's value). */
  sessionId(formId: string): string | undefined {
    return this.jar.get(`${SESSION_COOKIE}\0/apply/${formId}`)?.value;
  }

  setCookie(name: string, value: string, path: string): void {
    this.jar.set(`${name}\0${path}`, { name, value, path });
  }

  private keep(response: LightMyRequestResponse): void {
    const header = response.headers['set-cookie'];
    for (const line of Array.isArray(header) ? header : header ? [header] : []) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      const key = `${name}\0${path}`;
      if (attributes.some((a) => /^max-age=0$/i.test(a)) || value === '') this.jar.delete(key);
      else this.jar.set(key, { name, value, path });
    }
  }

  /** One request, cookies sent and kept; no redirect followed. */
  async request(method: 'GET' | 'POST', url: string, { payload, headers = {} }: { payload?: string | Buffer; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const cookie = this.cookieHeader(url);
    const response = await this.app.inject({
      method,
      url,
      headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...(method === 'POST' ? { origin: ORIGIN } : {}), ...headers },
      ...(payload !== undefined ? { payload } : {}),
    });
    this.keep(response);
    return response;
  }

  /** Follows 303s (at most 10) to the page. */
  async follow(first: LightMyRequestResponse, firstUrl: string): Promise<Page> {
    let response = first;
    let url = firstUrl.split('#')[0]!;
    let fragment: string | undefined;
    const redirects: string[] = [];
    for (let i = 0; response.statusCode === 303; i++) {
      assert.ok(i < 10, `too many redirects from ${firstUrl}`);
      const location = String(response.headers.location);
      assert.ok(location.startsWith('/'), `a redirect to ${location}`);
      redirects.push(location);
      const [path, hash] = location.split('#');
      fragment = hash ?? fragment;
      url = path!;
      response = await this.request('GET', url);
    }
    const html = response.body;
    return { status: response.statusCode, url, fragment, response, html, doc: parseDocument(html), redirects };
  }

  async get(url: string): Promise<Page> {
    return this.follow(await this.request('GET', url), url);
  }

  /**
   * Posts the page's form as a browser would after the person typed: each control's value from
   * `values` (raw: a radio or select gets whatever is given, as a tampered client could send),
   * else the page's own; the pressed button by its value; multipart when the form says so.
   */
  async submit(page: Page, values: Values = () => undefined, submitter = 'continue', edit?: (entries: Entry[]) => Entry[]): Promise<Page> {
    const form = pageForm(page.doc);
    const action = attr(form, 'action')!;
    let entries = formEntries(form, values, submitter);
    if (edit) entries = edit(entries);
    const multipart = attr(form, 'enctype') === 'multipart/form-data';
    const encoded = multipart ? await multipartBody(entries) : { payload: urlencoded(entries), contentType: 'application/x-www-form-urlencoded' };
    const response = await this.request('POST', action, { payload: encoded.payload, headers: { 'content-type': encoded.contentType } });
    return this.follow(response, action);
  }
}

/** One entry of a form's data set: text, or a file (none chosen: an empty one with no name). */
export type Entry = { name: string; value: string } | { name: string; file: File | undefined };

export function pageForm(doc: Parsed): Element {
  const forms = doc.all('form');
  assert.equal(forms.length, 1, `${forms.length} forms on the page`);
  return forms[0]!;
}

const isFile = (value: unknown): value is File => typeof File !== 'undefined' && value instanceof File;

/** The form's entries, in tree order: see {@link Browser.submit}. */
export function formEntries(form: Element, values: Values, submitter: string): Entry[] {
  const entries: Entry[] = [];
  const done = new Set<string>();
  const controls = descendants(form);
  const pressed = controls.find((el) => (el.tagName === 'button' || attr(el, 'type') === 'submit') && attr(el, 'value') === submitter && !has(el, 'aria-hidden'));
  assert.ok(pressed, `no submit button ${submitter}`);
  const asText = (value: unknown): string[] | undefined => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'number') return [String(value)];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    return undefined;
  };
  for (const el of controls) {
    const name = attr(el, 'name');
    if (!name || has(el, 'disabled')) continue;
    if (el.tagName === 'button' || attr(el, 'type') === 'submit') {
      if (el === pressed) entries.push({ name, value: attr(el, 'value') ?? '' });
      continue;
    }
    const type = el.tagName === 'input' ? (attr(el, 'type') ?? 'text') : el.tagName;
    const wanted = name === '_csrf' ? undefined : values(name);
    if (type === 'file') {
      const files = Array.isArray(wanted) ? wanted.filter(isFile) : isFile(wanted) ? [wanted] : [];
      if (files.length === 0) entries.push({ name, file: undefined });
      for (const file of files) entries.push({ name, file });
      continue;
    }
    if (type === 'radio' || type === 'checkbox') {
      if (done.has(name)) continue;
      const group = controls.filter((c) => attr(c, 'name') === name);
      if (type === 'checkbox' && group.length === 1 && typeof wanted === 'boolean') {
        if (wanted) entries.push({ name, value: attr(el, 'value') ?? 'on' });
        done.add(name);
        continue;
      }
      const chosen = asText(wanted);
      done.add(name);
      if (chosen) for (const value of chosen) entries.push({ name, value });
      else for (const box of group) if (has(box, 'checked')) entries.push({ name, value: attr(box, 'value') ?? 'on' });
      continue;
    }
    if (type === 'select') {
      const options = descendants(el).filter((o) => o.tagName === 'option');
      const selected = options.find((o) => has(o, 'selected')) ?? options[0];
      entries.push({ name, value: asText(wanted)?.[0] ?? attr(selected!, 'value') ?? '' });
      continue;
    }
    if (type === 'textarea') {
      entries.push({ name, value: (asText(wanted)?.[0] ?? text(el)).replace(/\r\n|\r|\n/g, '\r\n') });
      continue;
    }
    entries.push({ name, value: (asText(wanted)?.[0] ?? attr(el, 'value') ?? '').replace(/[\r\n]/g, '') });
  }
  return entries;
}

export function urlencoded(entries: readonly Entry[]): string {
  const body = new URLSearchParams();
  for (const entry of entries) if ('value' in entry) body.append(entry.name, entry.value);
  return body.toString();
}

export async function multipartBody(entries: readonly Entry[]): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const entry of entries) {
    if ('value' in entry) form.append(entry.name, entry.value);
    else if (entry.file) form.append(entry.name, entry.file, entry.file.name);
    else form.append(entry.name, new File([], '', { type: 'application/octet-stream' }));
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

// ---------------------------------------------------------------- reading pages

export const textOf = (el: Element): string => text(el).replace(/\s+/g, ' ').trim();
export const titleOf = (doc: Parsed): string => textOf(doc.all('title')[0]!);
export const h1Of = (doc: Parsed): string => textOf(doc.all('h1')[0]!);
/** The step of a page's URL (`/apply/job-seeker/about` → `about`). */
export const stepOf = (page: Page): string => decodeURIComponent(page.url.split('/')[3] ?? '');

/** The first element in `<main>`. */
export function firstInMain(doc: Parsed): Element {
  const main = doc.all('main')[0]!;
  return main.childNodes.find((node): node is Element => 'tagName' in node)!;
}

/** The error summary: the list of links (text, target id) at the top of `<main>`, or undefined. */
export function errorSummary(doc: Parsed): { text: string; target: string }[] | undefined {
  const first = firstInMain(doc);
  const links = descendants(first).filter((el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('#'));
  const heading = descendants(first).find((el) => /^h[1-6]$/.test(el.tagName));
  if (!heading || links.length === 0 || heading === doc.all('h1')[0]) return undefined;
  return links.map((link) => ({ text: textOf(link), target: attr(link, 'href')!.slice(1) }));
}

/** The values of the page's Add buttons' repeatables (`add:members` → `members`). */
export function addButtons(doc: Parsed): string[] {
  return doc.elements.filter((el) => el.tagName === 'button' && (attr(el, 'value') ?? '').startsWith('add:')).map((el) => attr(el, 'value')!.slice(4));
}

/** How many items of a repeatable the page shows (from its controls' names). */
export function itemsOn(doc: Parsed, path: string): number {
  let count = 0;
  const prefix = `${path}[`;
  for (const el of doc.elements) {
    const name = attr(el, 'name') ?? '';
    if (!name.startsWith(prefix)) continue;
    const index = Number(/^\[(\d+)\]/.exec(name.slice(path.length))?.[1]);
    if (Number.isInteger(index)) count = Math.max(count, index + 1);
  }
  return count;
}

// ---------------------------------------------------------------- going through a form

/** The step a page is (from its form's action, else its URL). */
export function pageStep(page: Page): string {
  const forms = page.doc.all('form');
  const action = forms.length === 1 ? attr(forms[0]!, 'action') : undefined;
  return decodeURIComponent((action ?? page.url).split('?')[0]!.split('/')[3] ?? '');
}

export type Outcome = { kind: 'sent'; page: Page; visited: string[] } | { kind: 'errors'; page: Page; step: string; visited: string[] };

/**
 * Goes through a form as a person without script would, typing `answers`: each page's Add
 * pressed until its repeatables hold as many items as the answers, then Continue; on check
 * answers, Accept and send. Stops at the confirmation, or at the first page that shows errors.
 * `onPage` may look at (and replace) each page before it is sent.
 */
export async function goThrough(
  browser: Browser,
  formId: string,
  locale: string,
  answers: Answers,
  onPage?: (page: Page, step: string, index: number) => Promise<Page | void>,
  values: Values = fromAnswers(answers),
): Promise<Outcome> {
  let page = await browser.get(`/apply/${formId}?lang=${locale}`);
  const visited: string[] = [];
  for (let i = 0; ; i++) {
    assert.ok(i < 60, `${formId}: a loop through ${visited.join(', ')}`);
    if (page.url.endsWith('/session/confirmation')) return { kind: 'sent', page, visited };
    assert.equal(page.status, 200, `${formId} at ${page.url}: ${titleOf(page.doc)}`);
    const step = pageStep(page);
    if (errorSummary(page.doc)) return { kind: 'errors', page, step, visited };
    visited.push(step);
    page = (await onPage?.(page, step, visited.length - 1)) ?? page;
    if (page.url.endsWith('/session/confirmation')) return { kind: 'sent', page, visited };
    for (;;) {
      const path = addButtons(page.doc).find((p) => ((getAnswer(answers, p) as unknown[] | undefined)?.length ?? 0) > itemsOn(page.doc, p));
      if (!path) break;
      const before = itemsOn(page.doc, path);
      page = await browser.submit(page, values, `add:${path}`);
      assert.equal(itemsOn(page.doc, path), before + 1, `${formId}: Add ${path}`);
      assert.equal(page.fragment, `${path.replace(/\[(\d+)\]/g, '.$1')}.${before}:heading`, 'Add redirects to the new item');
    }
    page = await browser.submit(page, values, 'continue');
  }
}

/** What every page of the flow is: a whole document, no script, no inline style, the flow's headers. */
export function checkFlowPage(page: Page, where: string): void {
  const headers = page.response.headers;
  assert.equal(headers['content-security-policy'], HTML_FLOW_CSP, where);
  assert.equal(headers['cache-control'], 'no-store', where);
  assert.match(String(headers['content-type']), /^text\/html; charset=utf-8/, where);
  assert.ok(page.html.startsWith('<!doctype html>'), where);
  assert.equal(page.doc.all('script').length, 0, where);
  assert.equal(page.doc.all('style').length, 0, where);
  for (const el of page.doc.elements) for (const { name } of el.attrs) assert.ok(name !== 'style' && !name.startsWith('on'), `${where}: ${el.tagName} has ${name}`);
  assert.ok(page.doc.all('link').some((link) => attr(link, 'rel') === 'stylesheet' && attr(link, 'href') === '/assets/service-forms.css'), `${where}: the stylesheet`);
  for (const form of page.doc.all('form')) {
    assert.equal(attr(form, 'method'), 'post', where);
    const [first] = descendants(form).filter((el) => el.tagName === 'input');
    assert.equal(attr(first!, 'name'), '_csrf', `${where}: the CSRF token first`);
    assert.equal(attr(first!, 'type'), 'hidden', where);
  }
}
