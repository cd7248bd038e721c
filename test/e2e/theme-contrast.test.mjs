// The theme's custom properties, read from where they are declared: every `var(--sf-…, default)`
// in the elements' styles. Each property has one default everywhere, docs/theming.md lists each
// one with that default, and the colour pairs the elements draw meet WCAG 2.2 contrast: AA for
// the default theme (text 4.5:1, borders and focus 3:1), text 7:1 for themes/high-contrast.css.
// Last, the high-contrast theme on a page with the built bundle (after `npm run build`): its
// values reach into the shadow roots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';

const root = new URL('../../', import.meta.url);
const SOURCES = new URL('packages/elements/src/', root);

/** `var(--sf-name, default)` with a default that may hold commas and quotes, not parentheses. */
const VAR = /var\(\s*(--sf-[a-z0-9-]+)\s*,\s*([^()]*?)\s*\)/g;

async function declaredDefaults() {
  const files = (await readdir(SOURCES, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  const defaults = new Map();
  for (const file of files) {
    const text = await readFile(new URL(file, SOURCES), 'utf8');
    for (const [, name, value] of text.matchAll(VAR)) {
      const seen = defaults.get(name) ?? new Map();
      seen.set(value, [...(seen.get(value) ?? []), file]);
      defaults.set(name, seen);
    }
  }
  return defaults;
}

/** Relative luminance of #rrggbb (WCAG 2.2). */
function luminance(hex) {
  assert.match(hex, /^#[0-9a-f]{6}$/i, `${hex} is a #rrggbb colour`);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// What the elements draw on what: [foreground, background, kind, where].
const PAIRS = [
  ['text', 'background', 'text', 'labels, legends, answers, typed text'],
  ['hint', 'background', 'text', 'hints, "Step 2 of 5", the character count'],
  ['link', 'background', 'text', 'links, Remove, the language switch'],
  ['error', 'background', 'text', 'error messages and the error summary links'],
  ['button-text', 'button', 'text', 'the submit button'],
  ['button-text', 'button-hover', 'text', 'the submit button under the pointer'],
  ['text', 'secondary-button', 'text', 'Add another, Remove, Choose file'],
  ['text', 'suffix-background', 'text', 'the ₸ sign'],
  ['text', 'info-background', 'text', 'the draft and outbox notes'],
  ['link', 'info-background', 'text', 'Clear my answers, in the draft note'],
  ['success-text', 'success', 'text', 'the confirmation panel'],
  ['success-text', 'info', 'text', 'the panel of an application kept on this device'],
  ['focus', 'background', 'ui', 'the focus ring'],
  ['border', 'background', 'ui', 'input, select and button borders'],
  ['error', 'background', 'ui', 'the border of a field in error and of the error summary'],
  ['button', 'background', 'ui', 'the submit button against the page'],
  ['text', 'background', 'ui', 'the tick and dot of checkboxes and radios (accent-color)'],
];

function failures(colours, minimum) {
  return PAIRS.map(([fg, bg, kind, where]) => ({ pair: `${fg} on ${bg}`, where, ratio: contrast(colours[fg], colours[bg]), needed: minimum[kind] })).filter(
    (result) => result.ratio < result.needed,
  );
}

describe('theme', () => {
  it('every property has one default, in every file that uses it', async () => {
    const defaults = await declaredDefaults();
    const conflicting = [...defaults].filter(([, values]) => values.size > 1).map(([name, values]) => `${name}: ${[...values].map(([value, files]) => `${value} in ${files.join(', ')}`).join(' / ')}`);
    assert.deepEqual(conflicting, []);
    assert.deepEqual(
      [...defaults.keys()].sort(),
      [
        '--sf-color-background',
        '--sf-color-border',
        '--sf-color-border-light',
        '--sf-color-button',
        '--sf-color-button-hover',
        '--sf-color-button-shadow',
        '--sf-color-button-text',
        '--sf-color-error',
        '--sf-color-focus',
        '--sf-color-hint',
        '--sf-color-info',
        '--sf-color-info-background',
        '--sf-color-link',
        '--sf-color-secondary-button',
        '--sf-color-success',
        '--sf-color-success-text',
        '--sf-color-suffix-background',
        '--sf-color-text',
        '--sf-focus-width',
        '--sf-font-family',
        '--sf-font-size',
        '--sf-form-max-width',
        '--sf-input-max-width',
        '--sf-line-height',
        '--sf-radius',
        '--sf-space-field',
        '--sf-space-l',
        '--sf-space-m',
        '--sf-space-s',
        '--sf-space-xs',
      ],
    );
  });

  it('docs/theming.md lists every property with its default, and no other', async () => {
    const defaults = await declaredDefaults();
    const docs = await readFile(new URL('docs/theming.md', root), 'utf8');
    const documented = new Map([...docs.matchAll(/^\| `(--sf-[a-z0-9-]+)` \| `([^`]+)` \|/gm)].map(([, name, value]) => [name, value]));
    const declared = new Map([...defaults].map(([name, values]) => [name, [...values.keys()][0]]));
    assert.deepEqual(Object.fromEntries([...documented].sort()), Object.fromEntries([...declared].sort()));
  });

  it('the default theme meets WCAG 2.2 AA: text 4.5:1, borders and focus 3:1', async () => {
    const defaults = await declaredDefaults();
    const colours = Object.fromEntries([...defaults].filter(([name]) => name.startsWith('--sf-color-')).map(([name, values]) => [name.slice('--sf-color-'.length), [...values.keys()][0]]));
    assert.deepEqual(failures(colours, { text: 4.5, ui: 3 }), []);
    // The figures docs/theming.md quotes.
    assert.deepEqual(
      [contrast(colours.text, colours.background), contrast(colours.hint, colours.background), contrast(colours.link, colours.background), contrast(colours.error, colours.background), contrast(colours['button-text'], colours.button)].map((ratio) => ratio.toFixed(1)),
      ['19.6', '9.0', '5.2', '5.5', '6.2'],
    );
  });

  it('themes/high-contrast.css sets every colour, text at 7:1, borders and focus at 4.5:1', async () => {
    const defaults = await declaredDefaults();
    const css = await readFile(new URL('packages/elements/themes/high-contrast.css', root), 'utf8');
    assert.match(css, /^\.sf-theme-high-contrast \{$/m);
    const set = Object.fromEntries([...css.matchAll(/^\s*(--sf-[a-z0-9-]+):\s*([^;]+);/gm)].map(([, name, value]) => [name, value.trim()]));
    const colourNames = [...defaults.keys()].filter((name) => name.startsWith('--sf-color-')).sort();
    assert.deepEqual(Object.keys(set).filter((name) => name.startsWith('--sf-color-')).sort(), colourNames);
    const unknown = Object.keys(set).filter((name) => !defaults.has(name));
    assert.deepEqual(unknown, []);
    const colours = Object.fromEntries(colourNames.map((name) => [name.slice('--sf-color-'.length), set[name]]));
    assert.deepEqual(failures(colours, { text: 7, ui: 4.5 }), []);
  });
});

describe('the high-contrast theme on a page', () => {
  const ORIGIN = 'https://agency.example';
  const PAGE = `<!doctype html>
<html lang="en" class="sf-theme-high-contrast"><head><meta charset="utf-8"><title>High contrast</title>
<link rel="stylesheet" href="/packages/elements/themes/high-contrast.css">
<script type="module" src="/dist/service-forms.js"></script></head>
<body><main><sf-text-field name="fullName" label="Full name" hint="As on your card" required></sf-text-field></main></body></html>`;
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
  });

  it('reaches the label, hint, input border and focus ring inside the shadow root', async () => {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE });
      const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
      const body = await readFile(new URL(`../..${path}`, import.meta.url)).catch(() => null);
      return body ? route.fulfill({ contentType: type, body }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const input = page.getByLabel('Full name');
    await input.waitFor();
    await page.keyboard.press('Tab');
    const styles = await page.evaluate(() => {
      const root = document.querySelector('sf-text-field').shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        label: style('label').color,
        hint: style('.hint').color,
        border: style('input').borderTopColor,
        ring: [style('input').outlineStyle, style('input').outlineWidth, style('input').outlineColor],
        focused: root.activeElement?.localName,
      };
    });
    assert.deepEqual(styles, {
      label: 'rgb(0, 0, 0)',
      hint: 'rgb(51, 51, 51)',
      border: 'rgb(0, 0, 0)',
      ring: ['solid', '4px', 'rgb(0, 48, 122)'],
      focused: 'input',
    });
    await page.close();
  });
});
