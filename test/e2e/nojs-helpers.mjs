// What the JavaScript-off journeys through the example forms share (html-flow-nojs-forms.test.mjs,
// html-flow-nojs-languages.test.mjs): one demo server and one Chromium per file, the stored row
// read from the SQLite file, valid IINs and dates relative to today, the files uploaded, a form's
// words from its definition, and the keyboard-only moves.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import { chromium } from 'playwright-core';
import { startDemo } from './demo-server.mjs';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

export const { message, identifierCheckDigit } = await tsImport('../../packages/core/src/index.ts', import.meta.url);

/** An example form's definition, by its file name in examples/forms. */
export const definition = (file) => JSON.parse(readFileSync(new URL(`../../examples/forms/${file}.json`, import.meta.url), 'utf8'));

/** A valid IIN for someone born `years` years and about four months ago (an age of exactly `years`). */
export function iinAged(years, sex = 'female', serial = 1234) {
  const born = new Date();
  born.setUTCMonth(born.getUTCMonth() - 4);
  born.setUTCFullYear(born.getUTCFullYear() - years);
  const year = born.getUTCFullYear();
  const century = (year >= 2000 ? 5 : 3) + (sex === 'female' ? 1 : 0);
  const yymmdd = `${String(year % 100).padStart(2, '0')}${String(born.getUTCMonth() + 1).padStart(2, '0')}${String(Math.min(born.getUTCDate(), 28)).padStart(2, '0')}`;
  for (let s = serial; ; s++) {
    const first11 = `${yymmdd}${century}${String(s).padStart(4, '0')}`;
    const check = identifierCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** `days` from today as the three parts a date field asks for, and as stored (`YYYY-MM-DD`). */
export function dayFromToday(days, years = 0) {
  const date = new Date();
  date.setUTCHours(12, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
    iso: date.toISOString().slice(0, 10),
  };
}

/** A small PDF (its first bytes are what the server checks) and a PNG, as Playwright uploads them. */
export const PDF = { name: 'consent.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };
export const PNG = {
  name: 'certificate.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
};

/** A file as the stored row's submission_files holds it. */
export const storedFile = (field, file, position = 0) => ({
  position,
  field,
  name: file.name,
  type: file.mimeType,
  size: file.buffer.length,
  sha256: createHash('sha256').update(file.buffer).digest('hex'),
  content: file.buffer,
});

/**
 * Whether the pages are served as the bundle would take them over (`HTML_ENHANCE_SCRIPT`,
 * issue 15; the demo's default): html-flow-nojs-enhanced.test.mjs runs the JavaScript-off
 * journeys so, and the files themselves without it, since with JavaScript off (or before the
 * take-over) an enhanced page must be the page without enhance: the same landmarks, order and
 * error summary first in `<main>`.
 */
export const ENHANCED = process.env.SF_E2E_NOJS_ENHANCE === '1';

/**
 * The demo server (SQLite in a temporary directory; `env` adds settings; the HTML pages enhanced
 * when ENHANCED, else not, unless `env` says) and one Chromium, started before the enclosing
 * describe's tests and stopped after them. Call inside `describe`.
 */
export function demoAndBrowser(prefix, env = {}) {
  env = { HTML_ENHANCE_SCRIPT: ENHANCED ? '/dist/service-forms.js' : '', ...env };
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const database = join(dir, 'submissions.db');
  const harness = { origin: '', browser: undefined, database };
  let demo;
  before(async () => {
    demo = startDemo({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: database, DATABASE_URL: '', LOG_LEVEL: 'silent', FORMS_DIR: '', RATE_LIMIT_PER_MINUTE: '100000', ...env });
    harness.origin = (await demo.url).replace(/\/$/, '');
    harness.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await harness.browser?.close();
    await demo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A JavaScript-off page on the form's address in `locale`; the console errors it logs are collected. */
  harness.open = async (formId, locale) => {
    const context = await harness.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (entry) => entry.type() === 'error' && problems.push(`${entry.text()} ${entry.location()?.url ?? ''}`.trim()));
    await page.goto(`${harness.origin}/apply/${formId}?lang=${locale}`);
    assert.equal(await page.getAttribute('html', 'lang'), locale);
    assert.equal(await page.locator('sf-form.sf-served').count(), ENHANCED ? 1 : 0, ENHANCED ? 'served for <sf-form> to take over' : 'no <sf-form>');
    return { context, page, problems };
  };

  /** Runs a journey; on failure, says where it was and what the page held. */
  harness.journey = async (formId, locale, steps) => {
    const { context, page, problems } = await harness.open(formId, locale);
    try {
      await steps(page);
      assert.deepEqual(problems, []);
    } catch (error) {
      const main = await page.locator('main').ariaSnapshot().catch(() => '(no main)');
      error.message += `\n  at ${page.url()}\n${main}`;
      throw error;
    } finally {
      await context.close();
    }
  };

  /** The one stored submission of a form in a language: its reference, answers and files. */
  harness.stored = (formId, locale) => {
    const db = new Database(database, { readonly: true });
    try {
      const rows = db.prepare('SELECT submission_id, reference, locale, answers FROM submissions WHERE form_id = ? AND locale = ?').all(formId, locale);
      assert.equal(rows.length, 1, `one submission of ${formId} in ${locale}`);
      const files = db
        .prepare('SELECT position, field, name, type, size, sha256, content FROM submission_files WHERE submission_id = ? ORDER BY position')
        .all(rows[0].submission_id);
      return { reference: rows[0].reference, answers: JSON.parse(rows[0].answers), files };
    } finally {
      db.close();
    }
  };
  return harness;
}

/** The confirmation page in `locale`; resolves with the reference it shows. */
export async function confirmation(page, locale) {
  await page.waitForURL(/\/session\/confirmation/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message(locale, 'confirmation-heading'));
  const main = await page.locator('main').textContent();
  const reference = /[A-Z0-9]+(?:-[A-Z0-9]+)+/.exec(main.slice(main.indexOf(message(locale, 'reference-label'))))?.[0];
  assert.ok(reference, main);
  return reference;
}

/**
 * A form's words in one language, from its definition: a field's label by name, an option's by
 * `name=value`, a page's title by `page:id`. A field in a repeatable's items is also there by its
 * path without the index (`education.level`, `education.level=bachelor`): two repeatables may
 * both have a `level`.
 */
export function wordsOf(file, locale) {
  const form = definition(file);
  const words = new Map();
  const walk = (field, prefix = '') => {
    for (const name of new Set([field.name, `${prefix}${field.name}`])) {
      words.set(name, field.label[locale]);
      for (const option of field.options ?? []) words.set(`${name}=${option.value}`, option.label[locale]);
    }
    for (const option of field.options ?? []) option.reveals?.forEach((reveal) => walk(reveal, prefix));
    field.fields?.forEach((child) => walk(child, field.type === 'repeatable' ? `${prefix}${field.name}.` : prefix));
  };
  for (const page of form.pages) {
    words.set(`page:${page.id}`, page.title[locale]);
    page.fields.forEach((field) => walk(field));
  }
  return (key) => {
    assert.ok(words.has(key), `${file} has ${key}`);
    return words.get(key);
  };
}

// ---- The keyboard alone ---------------------------------------------------------------------

/** Presses Tab until `target` has focus (at most `max` times). */
export async function tabTo(page, target, max = 60) {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target}`);
}

/** Tabs into the radio group of `radio`, then moves to it with the arrow keys and checks it (Space). */
export async function chooseRadio(page, radio) {
  const name = await radio.getAttribute('name');
  for (let i = 0; ; i++) {
    assert.ok(i < 60, `Tab did not reach the radios ${name}`);
    await page.keyboard.press('Tab');
    if (await page.evaluate((n) => document.activeElement?.type === 'radio' && document.activeElement.name === n, name)) break;
  }
  for (let i = 0; !(await radio.evaluate((element) => element === document.activeElement)); i++) {
    assert.ok(i < 10, `the arrow keys did not reach ${radio}`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  assert.equal(await radio.isChecked(), true);
}

/** Tabs to a select and chooses `label` with the arrow keys. */
export async function chooseOption(page, select, label) {
  await tabTo(page, select);
  for (let i = 0; (await select.evaluate((s) => s.selectedOptions[0]?.textContent.trim())) !== label; i++) {
    assert.ok(i < 30, `the arrow keys did not reach "${label}"`);
    await page.keyboard.press('ArrowDown');
  }
}

export async function tabAndType(page, target, text) {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

export async function tabAndPress(page, target, key) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
