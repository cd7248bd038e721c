// Fails when a message in the elements' source has no Kazakh or Russian translation: @lit/localize
// falls back to English silently, so nothing else would notice (docs/localization.md).
//
// Usage: node scripts/check-translations.mjs [--src DIR] [--xliff DIR] [--generated DIR|none] [--locales kk,ru]
// Defaults come from lit-localize.json. It finds every msg() call in DIR's .ts files (not tests,
// not the generated modules) with the TypeScript parser, computes each message's id as
// @lit/localize does (explicit `id`, else the hash of the template), and lists, per locale:
//   - ids with no <target> in xliff/<locale>.xlf (run `npm run localize:extract`, translate),
//   - ids missing from the generated module <generated>/<locale>.ts (run `npm run localize:build`).
// Exits 1 if anything is missing. Import `checkTranslations` to get the result as data.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The .ts files under `dir`, skipping tests and the `skip` folder (the generated modules). */
function sourceFiles(dir, skip) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skip && entry.name !== 'node_modules') files.push(...sourceFiles(path, skip));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files.sort();
}

/** The id of one msg() call, as @lit/localize computes it at run time and when extracting. */
function messageId(call) {
  const [template, options] = call.arguments;
  if (options && ts.isObjectLiteralExpression(options)) {
    for (const property of options.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText() === 'id' && ts.isStringLiteralLike(property.initializer)) {
        return property.initializer.text;
      }
    }
  }
  if (ts.isStringLiteralLike(template)) return generateMsgId(template.text, false);
  if (ts.isTaggedTemplateExpression(template) && ['str', 'html'].includes(template.tag.getText())) {
    const literal = template.template;
    const strings = ts.isNoSubstitutionTemplateLiteral(literal)
      ? [literal.text]
      : [literal.head.text, ...literal.templateSpans.map((span) => span.literal.text)];
    return generateMsgId(strings, template.tag.getText() === 'html');
  }
  return null;
}

/** Every message id used in the source, with where each is first used. */
export function extractMessageIds(srcDir, skipDir) {
  const ids = new Map();
  const unreadable = [];
  for (const file of sourceFiles(srcDir, skipDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const id = messageId(node);
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const where = `${relative(ROOT, file)}:${line + 1}`;
        if (id === null) unreadable.push(where);
        else if (!ids.has(id)) ids.set(id, where);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { ids, unreadable };
}

/** The ids that have a non-empty <target> in an XLIFF 1.2 file. */
export function translatedIds(xliffFile) {
  const xml = readFileSync(xliffFile, 'utf8');
  const ids = new Set();
  for (const [, id, body] of xml.matchAll(/<trans-unit\s[^>]*?id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body);
    if (target && target[1].trim() !== '') ids.add(id);
  }
  return ids;
}

/** The ids a generated runtime module (`locales/kk.ts`) has templates for. */
function generatedIds(moduleFile) {
  const text = readFileSync(moduleFile, 'utf8');
  return new Set([...text.matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]));
}

/**
 * Checks every locale. Returns `{ count, unreadable, missing: { [locale]: [{ id, where }] },
 * unbuilt: { [locale]: [...] } }`; `ok` is true when nothing is missing.
 */
export function checkTranslations({ src, xliff, generated, locales }) {
  const { ids, unreadable } = extractMessageIds(src, generated ?? undefined);
  const missing = {};
  const unbuilt = {};
  for (const locale of locales) {
    const translated = translatedIds(join(xliff, `${locale}.xlf`));
    missing[locale] = [...ids].filter(([id]) => !translated.has(id)).map(([id, where]) => ({ id, where }));
    if (generated) {
      const built = generatedIds(join(generated, `${locale}.ts`));
      unbuilt[locale] = [...ids].filter(([id]) => translated.has(id) && !built.has(id)).map(([id, where]) => ({ id, where }));
    } else {
      unbuilt[locale] = [];
    }
  }
  const ok = unreadable.length === 0 && locales.every((locale) => missing[locale].length === 0 && unbuilt[locale].length === 0);
  return { ok, count: ids.size, unreadable, missing, unbuilt };
}

function options(argv) {
  const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  const arg = (name) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const generated = arg('generated') ?? config.output.outputDir;
  return {
    src: resolve(ROOT, arg('src') ?? 'packages/elements/src'),
    xliff: resolve(ROOT, arg('xliff') ?? config.interchange.xliffDir),
    generated: generated === 'none' ? null : resolve(ROOT, generated),
    locales: arg('locales')?.split(',') ?? config.targetLocales,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = checkTranslations(options(process.argv.slice(2)));
  for (const where of result.unreadable) console.error(`msg() whose text is not a literal string or str/html template: ${where}`);
  for (const [locale, list] of Object.entries(result.missing)) {
    if (list.length > 0) console.error(`${locale}: ${list.length} message(s) not translated in ${locale}.xlf:`);
    for (const { id, where } of list) console.error(`  ${locale} missing ${id} (${where})`);
  }
  for (const [locale, list] of Object.entries(result.unbuilt)) {
    if (list.length > 0) console.error(`${locale}: ${list.length} translation(s) not in the generated module: run \`npm run localize:build\``);
    for (const { id, where } of list) console.error(`  ${locale} unbuilt ${id} (${where})`);
  }
  if (result.ok) console.log(`translations: all ${result.count} messages translated in ${Object.keys(result.missing).join(', ')}`);
  process.exitCode = result.ok ? 0 : 1;
}
