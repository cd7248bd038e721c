// The catalogue says exactly what the elements say: key by key, its English is the <source> of
// the element's message in xliff/*.xlf and its Kazakh and Russian are that message's <target>;
// and every message the elements have is in the catalogue or listed below with a reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import type { SupportedLocale } from '../locale/format.js';
import { MESSAGES, type CatalogueEntry, type MessageKey, type PluralTexts } from './catalogue.js';
import { message } from './message.js';
import { pluralCategoryOf, type PluralCategory } from './plural.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const CATEGORIES: PluralCategory[] = ['one', 'few', 'many', 'other'];
const TARGETS = ['kk', 'ru'] as const;

/** One trans-unit: texts with each placeholder written `{#N}`, and each placeholder's equiv-text. */
interface Unit {
  source: string;
  target: string | undefined;
  equiv: Map<string, string>;
}

const decode = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

function readXliff(locale: (typeof TARGETS)[number]): Map<string, Unit> {
  const xml = readFileSync(join(root, 'xliff', `${locale}.xlf`), 'utf8');
  const units = new Map<string, Unit>();
  for (const [, id, body] of xml.matchAll(/<trans-unit\s[^>]*?id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const equiv = new Map<string, string>();
    const text = (part: string | undefined) =>
      part === undefined
        ? undefined
        : decode(
            part.replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (_, n: string, expression: string) => {
              equiv.set(n, decode(expression));
              return `{#${n}}`;
            }),
          );
    const source = text(/<source>([\s\S]*?)<\/source>/.exec(body!)?.[1])!;
    units.set(id!, { source, target: text(/<target>([\s\S]*?)<\/target>/.exec(body!)?.[1]), equiv });
  }
  return units;
}

const xliff = { kk: readXliff('kk'), ru: readXliff('ru') };

/** The placeholder names of an English text, in order: the order of the element's `${…}`. */
const placeholders = (en: string) => [...new Set([...en.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))];

/** A catalogue text written as the XLIFF writes it: `{label}` → `{#0}` by the English order. */
function asXliff(text: string, order: string[]): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const index = order.indexOf(name);
    assert.notEqual(index, -1, `{${name}} in "${text}" is not a placeholder of the English text`);
    return `{#${index}}`;
  });
}

const isPlural = (entry: CatalogueEntry): entry is Extract<CatalogueEntry, { count: string }> => 'count' in entry;

/**
 * Each catalogue text with the message id the element's msg() has: a counted message's id is
 * `<key>-<category>` (the elements give those ids), any other's the hash @lit/localize makes of
 * its English text.
 */
function catalogueUnits(): { key: MessageKey; id: string; texts: Record<SupportedLocale, string> }[] {
  return (Object.entries(MESSAGES) as [MessageKey, CatalogueEntry][]).flatMap(([key, entry]) => {
    if (!isPlural(entry)) return [{ key, id: generateMsgId(entry.en.split(/\{\w+\}/), false), texts: entry }];
    return CATEGORIES.map((category) => ({
      key,
      id: `${key}-${category}`,
      texts: { en: entry.en[category], kk: entry.kk[category], ru: entry.ru[category] },
    }));
  });
}

/**
 * Messages the elements have that a page without script does not show, by English source
 * (placeholders as `{0}`), with the reason. The test fails if one is missing from the XLIFF
 * (the list is stale) or an unlisted message is missing from the catalogue.
 */
const NOT_IN_CATALOGUE: Record<string, string> = {
  '{0} removed': 'announced by sf-file-upload and sf-repeatable after a removal (script)',
  '{0} added': 'announced by sf-repeatable after an addition (script)',
  'Sending your application…': "sf-form's status while it sends (script)",
  'This form cannot be sent yet. Please try again later.': 'sf-form with no adapter assigned (script)',
  'Loading the form…': "sf-form's status while a chunk loads (script)",
  'Part of this form could not be loaded. Check your connection and try again.': 'a lazy chunk failed to load (script)',
  'Try again': 'retries loading a lazy chunk (script)',
  'This form cannot be shown': "sf-form's report of an invalid definition, for its author",
  "The form definition has {0} problem(s). For the form's author:": "sf-form's report of an invalid definition, for its author",
  'Your application has been sent. Your reference number is {0}.': 'announced by sf-form after sending (script); the page shows the confirmation',
  'Your application is saved on this device. It will be sent when you are back online.': 'offline outbox (script)',
  'Application saved on this device': 'offline outbox (script)',
  'You are offline, so your application has not been sent yet. It will be sent automatically when you are back online, even if you close this page and open it again later.':
    'offline outbox (script)',
  'You will get a reference number once it has been sent. Do not fill in the form again: that would send a second application.': 'offline outbox (script)',
  'The application you saved on this device earlier has been sent. Your reference number is {0}.': 'offline outbox (script)',
  'An application you saved on this device on {0} has not been sent yet. It will be sent automatically when you are back online: do not fill in the form again for it.':
    'offline outbox (script)',
  'Your answers saved on this device have been restored.': 'draft store (script)',
  'Your answers could not be cleared from this device. Try again.': 'draft store (script)',
  'Your answers have been cleared from this device.': 'draft store (script)',
  'We restored the answers you saved on this device on {0}.': 'draft store (script)',
  'Your answers are saved on this device as you type.': 'draft store (script)',
  'Clear my answers from this device': 'draft store (script)',
  'Also keep the files I have chosen on this device': 'draft store (script)',
  'Your feedback has not been sent. Check your internet connection and send it again.': 'sf-feedback when its adapter could not send (script): the served pages post the question as a form',
  'Tell us what went wrong': 'sf-feedback after an abandoned or failed attempt (script): the served pages ask only on the confirmation',
  'What went wrong? (optional)': 'sf-feedback after an abandoned or failed attempt (script): the served pages ask only on the confirmation',
  'Sending your feedback…': 'sf-feedback while it sends (script)',
};

describe('the message catalogue and the XLIFF', () => {
  const units = catalogueUnits();

  it('has a unit for every catalogue text, and the same English source', () => {
    for (const { key, id, texts } of units) {
      const unit = xliff.kk.get(id);
      assert.ok(unit, `${key}: no message ${id} in xliff/kk.xlf for "${texts.en}"`);
      assert.equal(asXliff(texts.en, placeholders(texts.en)), unit.source, `${key} (${id}): English`);
      assert.equal(xliff.ru.get(id)?.source, unit.source, `${key} (${id}): ru.xlf's source is kk.xlf's`);
    }
  });

  for (const locale of TARGETS) {
    it(`has the ${locale} target of each unit as its ${locale} text`, () => {
      for (const { key, id, texts } of units) {
        const target = xliff[locale].get(id)?.target;
        assert.ok(target, `${key} (${id}): no ${locale} target`);
        assert.equal(asXliff(texts[locale], placeholders(texts.en)), target, `${key} (${id}): ${locale}`);
      }
    });
  }

  it("names a placeholder as the element's variable where the element gives one", () => {
    for (const { key, id, texts } of units) {
      const order = placeholders(texts.en);
      for (const [n, expression] of xliff.kk.get(id)!.equiv) {
        const variable = /^\$\{(\w+)\}$/.exec(expression)?.[1];
        if (variable) assert.equal(order[Number(n)], variable, `${key} (${id}): placeholder ${n} is \${${variable}}`);
      }
    }
  });

  it('gives every counted message all four forms, counting a placeholder of it', () => {
    for (const [key, entry] of Object.entries(MESSAGES) as [MessageKey, CatalogueEntry][]) {
      if (!isPlural(entry)) continue;
      for (const locale of ['en', 'kk', 'ru'] as const) assert.deepEqual(Object.keys(entry[locale]).sort(), [...CATEGORIES].sort(), `${key} ${locale}`);
      // A byte count is shown formatted (`1 023`) but counted as the number: formatBytes gives both.
      if (key !== 'bytes') assert.ok(placeholders(entry.en.other).includes(entry.count), `${key} counts {${entry.count}}`);
    }
  });

  it('covers every message of the elements but those listed, each for its reason', () => {
    const covered = new Set(units.map((unit) => unit.id));
    const left = [...xliff.kk].filter(([id]) => !covered.has(id)).map(([, unit]) => unit.source.replace(/\{#(\d+)\}/g, '{$1}'));
    assert.deepEqual(left.sort(), Object.keys(NOT_IN_CATALOGUE).sort());
    assert.equal(xliff.kk.size, xliff.ru.size);
  });

  it("maps to messages the elements' source still has (not stale XLIFF units)", async () => {
    // The check-translations script finds every msg() id in the elements, as @lit/localize does.
    const script = pathToFileURL(join(root, 'scripts/check-translations.mjs')).href;
    const { extractMessageIds } = (await import(script)) as {
      extractMessageIds(src: string, skip?: string): { ids: Map<string, string>; unreadable: string[] };
    };
    const src = join(root, 'packages/elements/src');
    const { ids, unreadable } = extractMessageIds(src, join(src, 'locales'));
    assert.deepEqual(unreadable, []);
    const used = new Set(ids.keys());
    assert.deepEqual(
      units.filter((unit) => !used.has(unit.id)).map((unit) => `${unit.key} (${unit.id})`),
      [],
    );
    assert.deepEqual([...xliff.kk.keys()].filter((id) => !used.has(id)), [], 'xliff/kk.xlf has units no element uses: run npm run localize:extract');
  });
});

describe('pluralCategoryOf', () => {
  it('picks what Intl picks in Node (full ICU), as the elements do where Intl is right', () => {
    for (const locale of ['en', 'kk', 'ru'] as const) {
      const intl = new Intl.PluralRules(locale);
      for (let n = 0; n <= 1000; n++) assert.equal(pluralCategoryOf(n, locale), intl.select(n), `${locale} ${n}`);
      assert.equal(pluralCategoryOf(1.5, locale), intl.select(1.5));
    }
  });

  it('gives the Russian forms the XLIFF expects', () => {
    assert.deepEqual([1, 2, 5, 11, 21, 22, 25, 111, 1.5].map((n) => pluralCategoryOf(n, 'ru')), ['one', 'few', 'many', 'many', 'one', 'few', 'many', 'many', 'other']);
  });
});

describe('message', () => {
  it('fills named placeholders in the language', () => {
    assert.equal(message('en', 'step-of', { position: 2, total: 5 }), 'Step 2 of 5');
    assert.equal(message('kk-KZ', 'step-of', { position: 2, total: 5 }), '2-қадам, барлығы 5');
    assert.equal(message('ru', 'step-of', { position: 2, total: 5 }), 'Шаг 2 из 5');
    assert.equal(message('ru', 'error-prefix'), 'Ошибка:');
    assert.equal(message('kk', 'continue'), 'Жалғастыру');
  });

  it('speaks English for a language it does not know', () => {
    assert.equal(message('de', 'continue'), 'Continue');
    assert.equal(message('', 'there-is-a-problem'), 'There is a problem');
  });

  it('takes the plural form of the counted parameter', () => {
    const texts = (locale: SupportedLocale) => [1, 2, 5, 21].map((n) => message(locale, 'chars-remaining', { n }));
    assert.deepEqual(texts('ru'), ['Осталось 1 символ', 'Осталось 2 символа', 'Осталось 5 символов', 'Осталось 21 символ']);
    assert.deepEqual(texts('en'), ['You have 1 character remaining', 'You have 2 characters remaining', 'You have 5 characters remaining', 'You have 21 characters remaining']);
    assert.deepEqual(texts('kk'), ['1 таңба қалды', '2 таңба қалды', '5 таңба қалды', '21 таңба қалды']);
  });

  it('leaves a placeholder with no value as it is', () => {
    assert.equal(message('en', 'add-another'), 'Add another {mid}');
  });

  it('has no plural form unused by its language that differs from the form it falls back to', () => {
    // English and Kazakh never pick few or many: those forms repeat `other`, as in the XLIFF.
    for (const entry of Object.values(MESSAGES) as CatalogueEntry[]) {
      if (!isPlural(entry)) continue;
      for (const locale of ['en', 'kk'] as const) {
        const forms: PluralTexts = entry[locale];
        assert.equal(forms.few, forms.other);
        assert.equal(forms.many, forms.other);
      }
    }
  });
});
