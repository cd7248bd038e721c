// The analytics dashboard's pages (issue 16), as HTML strings: no client script, charts drawn as
// SVG on the server, each chart followed by a table of exactly the numbers it draws. Every value
// written into markup goes through `html`, which escapes it. Decision 0013, "The dashboard".
import { CHECK_ANSWERS, fieldAtPath, type FormDefinition } from '@service-forms/core';
import type { Aggregates, Cell, ErrorRow, FunnelRow, SatisfactionRow } from '../analytics/aggregate.js';
import { RATINGS, type AnalyticsDimension } from '../storage/storage.js';
import { DASHBOARD_PATH } from './auth.js';
import { TEXT } from './text.js';

// ------------------------------------------------------------------ markup

/** Markup that is already safe (made by {@link html}). */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = Markup | string | number | boolean | null | undefined | readonly Value[];
const written = (value: Value): string => {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(written).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value as string | number));
};

/** A template whose values are escaped (text and quoted attribute values alike), lists joined, `Markup` kept. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, text, i) => out + text + (i < values.length ? written(values[i]!) : ''), ''));
}

/** The stylesheet's address (served by the dashboard's routes). */
export const DASHBOARD_STYLESHEET = `${DASHBOARD_PATH}/dashboard.css`;

const dashboardUrl = (formId?: string) => (formId === undefined ? DASHBOARD_PATH : `${DASHBOARD_PATH}/${encodeURIComponent(formId)}`);

/** The document around a page's main content. */
function documentOf(title: string, main: Markup, signedIn: boolean): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} \u2013 ${TEXT.titleSuffix}</title>
<link rel="stylesheet" href="${DASHBOARD_STYLESHEET}">
</head>
<body>
<a class="skip-link" href="#main">${TEXT.skipLink}</a>
<header class="header"><div class="width header-row"><a class="header-name" href="${DASHBOARD_PATH}">${TEXT.serviceName}</a>${
    signedIn ? html`<form method="post" action="${DASHBOARD_PATH}/sign-out" class="sign-out"><button type="submit" class="link-button">${TEXT.signOut}</button></form>` : ''
  }</div></header>
<main id="main" class="width" tabindex="-1">
${main}
</main>
</body>
</html>
`.text;
}

// ------------------------------------------------------------------ simple pages

/** A heading, a paragraph and an optional link. */
export function messagePage(title: string, text: string, link?: { href: string; text: string }): string {
  return documentOf(title, html`<h1>${title}</h1><p>${text}</p>${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`, false);
}

/** The sign-in form; `problem` when a token was posted and refused (the GOV.UK error pattern). */
export function signInPage(formId: string | undefined, problem?: 'missing' | 'wrong'): string {
  const error = problem === 'missing' ? TEXT.tokenMissing : problem === 'wrong' ? TEXT.tokenWrong : undefined;
  const title = error ? `${TEXT.errorPrefix} ${TEXT.signInTitle}` : TEXT.signInTitle;
  return documentOf(
    title,
    html`${
      error
        ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${TEXT.errorSummaryTitle}</h2><ul><li><a href="#token">${error}</a></li></ul></div>`
        : ''
    }<h1>${TEXT.signInTitle}</h1>
<p>${TEXT.signInLead}</p>
<form method="post" action="${DASHBOARD_PATH}/sign-in" novalidate>
${formId === undefined ? '' : html`<input type="hidden" name="form" value="${formId}">`}
<div class="field${error ? ' field-error' : ''}">
<label for="token">${TEXT.tokenLabel}</label>
<p class="hint" id="token-hint">${TEXT.tokenHint}</p>
${error ? html`<p class="error-message" id="token-error"><span class="visually-hidden">${TEXT.errorPrefix} </span>${error}</p>` : ''}
<input class="input" type="password" id="token" name="token" autocomplete="current-password" spellcheck="false" aria-describedby="${error ? 'token-hint token-error' : 'token-hint'}" aria-invalid="${error ? 'true' : 'false'}">
</div>
<button type="submit" class="button">${TEXT.signInButton}</button>
</form>`,
    false,
  );
}

/** The list of forms, each a link to its dashboard. */
export function formsPage(forms: readonly { id: string; title: string }[]): string {
  return documentOf(
    TEXT.formsTitle,
    html`<h1>${TEXT.formsTitle}</h1><p>${TEXT.formsLead}</p><ul class="list">${forms.map((form) => html`<li><a href="${dashboardUrl(form.id)}">${form.title}</a> <span class="secondary">(${form.id})</span></li>`)}</ul>`,
    true,
  );
}

// ------------------------------------------------------------------ words for values

const localized = (text: Record<string, string> | undefined, fallback: string) => (text ? (text.en ?? Object.values(text)[0] ?? fallback) : fallback);

/** How the dashboard names what a row is about: pages, fields, languages, regions of this form. */
export class Names {
  private readonly pages: Map<string, string>;
  private readonly regions: Map<string, string>;
  readonly title: string;

  constructor(private readonly definition: FormDefinition) {
    this.title = localized(definition.title, definition.id);
    this.pages = new Map(definition.pages.map((page) => [page.id, localized(page.title, page.id)]));
    const regionName = definition.analytics?.region;
    const regionField = regionName === undefined ? undefined : fieldAtPath(definition.pages.flatMap((page) => page.fields), regionName);
    this.regions = new Map(regionField && 'options' in regionField ? regionField.options.map((option) => [option.value, localized(option.label, option.value)]) : []);
  }

  step(step: string): string {
    if (step === CHECK_ANSWERS) return 'Check your answers';
    const title = this.pages.get(step);
    return title === undefined || title === step ? step : `${title} (${step})`;
  }

  field(path: string): string {
    const field = fieldAtPath(
      this.definition.pages.flatMap((page) => page.fields),
      path.replace(/\[\]/g, '[0]'),
    ) as { label?: Record<string, string> } | undefined;
    const label = localized(field?.label, path);
    return label === path ? path : `${label} (${path})`;
  }

  dimension(dimension: AnalyticsDimension, value: string): string {
    if (dimension === 'locale') return TEXT.languages[value] ? `${TEXT.languages[value]} (${value})` : value;
    if (dimension === 'region') return value === '' ? TEXT.noRegion : (this.regions.get(value) ?? value);
    return value;
  }

  /** A row's dimensions in words: `Week 2026-W50, Language Kazakh (kk)`; with none, "All …". */
  group(row: Partial<Record<AnalyticsDimension, string>>, by: readonly AnalyticsDimension[]): string {
    if (by.length === 0) return TEXT.allRows;
    return by.map((dimension) => `${TEXT.dimensionNames[dimension]} ${this.dimension(dimension, row[dimension] ?? '')}`).join(', ');
  }
}

// ------------------------------------------------------------------ charts

/** One bar: its label and its number, or null when suppressed (no bar is drawn, the word is written). */
export interface Bar {
  label: string;
  value: Cell;
  /** How the number is written (default: the number); a suppressed one is always `suppressed`. */
  shown?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A bar's length: its share of `max` in the SVG's 100 units, to two decimals. The tests compute
 * the same from the chart's `data-max` and each bar's `data-value`.
 */
export const barLength = (value: number, max: number): number => (max > 0 ? round2((Math.min(value, max) / max) * 100) : 0);

/**
 * A horizontal bar chart: HTML rows (label, bar, number) whose bars are SVG. The whole is one
 * image (`role="img"`) named by `name`; the table after it holds its numbers for everyone.
 * `max` is the scale's end (a fixed 100 for percentages, else the largest number shown).
 */
function barChart(id: string, name: string, sections: readonly { heading?: string; bars: readonly Bar[] }[], fixedMax?: number): Markup {
  const shownValues = sections.flatMap((section) => section.bars.map((bar) => bar.value)).filter((value): value is number => value !== null);
  const max = fixedMax ?? Math.max(0, ...shownValues);
  const bar = (item: Bar) =>
    item.value === null
      ? html`<div class="bar-row" data-value="suppressed"><span class="bar-label">${item.label}</span><span class="bar-track"></span><span class="bar-number suppressed">${TEXT.suppressed}</span></div>`
      : html`<div class="bar-row" data-value="${item.value}"><span class="bar-label">${item.label}</span><svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar" x="0" y="0" height="10" width="${barLength(item.value, max)}" data-value="${item.value}"></rect></svg><span class="bar-number">${item.shown ?? item.value}</span></div>`;
  return html`<div class="chart" id="${id}" role="img" aria-label="${name}" data-max="${max}">${sections.map(
    (section) => html`<div class="chart-section">${section.heading === undefined ? '' : html`<p class="chart-heading">${section.heading}</p>`}${section.bars.map(bar)}</div>`,
  )}</div>`;
}

/** A number cell: the number, or `suppressed` (never 0). */
const numberCell = (value: Cell | number, shown?: string) =>
  value === null ? html`<td class="num suppressed">${TEXT.suppressed}</td>` : html`<td class="num">${shown ?? value}</td>`;

/** A table with its caption; narrow enough for 320 px (its cells wrap anywhere rather than scroll sideways). */
const tableBox = (id: string, caption: string, head: Markup, rows: readonly Markup[]) =>
  html`<table class="table" id="${id}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;

/** Rows grouped by their dimensions, in first-seen order. */
function groups<T extends Partial<Record<AnalyticsDimension, string>>>(rows: readonly T[], by: readonly AnalyticsDimension[]): T[][] {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = JSON.stringify(by.map((dimension) => row[dimension] ?? ''));
    out.set(key, [...(out.get(key) ?? []), row]);
  }
  return [...out.values()];
}

const FUNNEL_MEASURES = ['reached', 'failed', 'submitted', 'abandoned'] as const;

function satisfactionSection(rows: readonly SatisfactionRow[], by: readonly AnalyticsDimension[], names: Names): Markup {
  if (rows.length === 0) return html`<p>${TEXT.noData}</p>`;
  const label = (row: SatisfactionRow) => `${names.group(row, by)} \u00b7 ${TEXT.given[row.given] ?? row.given}`;
  const chart = barChart('chart-satisfaction', TEXT.satisfactionChart, [{ bars: rows.map((row) => ({ label: label(row), value: row.score, shown: `${row.score}%` })) }], 100);
  // Tables long rather than wide, so that they fit at 320 px without scrolling sideways.
  const scores = tableBox(
    'table-satisfaction',
    TEXT.satisfactionCaption,
    html`<th scope="col">${TEXT.row}</th><th scope="col" class="num">${TEXT.responses}</th><th scope="col" class="num">${TEXT.score}</th>`,
    rows.map((row) => html`<tr><th scope="row">${label(row)}</th>${numberCell(row.responses)}${numberCell(row.score)}</tr>`),
  );
  // A small table per row (rating, responses): two columns fit at 320 px.
  const ratings = rows.map((row, i) =>
    tableBox(
      `table-ratings-${i}`,
      TEXT.ratingsCaption(label(row)),
      html`<th scope="col">${TEXT.rating}</th><th scope="col" class="num">${TEXT.responses}</th>`,
      RATINGS.map((rating) => html`<tr><th scope="row">${TEXT.ratings[rating]}</th>${numberCell(row[rating])}</tr>`),
    ),
  );
  return html`<figure class="figure">${chart}</figure>${scores}${ratings}`;
}

function funnelSection(rows: readonly FunnelRow[], by: readonly AnalyticsDimension[], names: Names): Markup {
  if (rows.length === 0) return html`<p>${TEXT.noData}</p>`;
  return html`${groups(rows, by).map((group, i) => {
    const name = names.group(group[0]!, by);
    const chart = barChart(
      `chart-funnel-${i}`,
      TEXT.funnelChart(name),
      group.map((row) => ({ heading: names.step(row.step), bars: FUNNEL_MEASURES.map((measure) => ({ label: TEXT.measures[measure]!, value: row[measure] })) })),
    );
    // One row per bar (page, measure, count): long rather than wide, so it fits at 320 px.
    const head = html`<th scope="col">${TEXT.page}</th><th scope="col">${TEXT.measure}</th><th scope="col" class="num">${TEXT.count}</th>`;
    const body = group.flatMap((row) => FUNNEL_MEASURES.map((measure) => html`<tr><th scope="row">${names.step(row.step)}</th><th scope="row">${TEXT.measures[measure]}</th>${numberCell(row[measure])}</tr>`));
    return html`<section class="group" aria-labelledby="funnel-${i}-heading"><h3 id="funnel-${i}-heading">${name}</h3><figure class="figure">${chart}</figure>${tableBox(`table-funnel-${i}`, TEXT.funnelCaption(name), head, body)}</section>`;
  })}`;
}

function errorsSection(rows: readonly ErrorRow[], by: readonly AnalyticsDimension[], names: Names): Markup {
  if (rows.length === 0) return html`<p>${TEXT.noData}</p>`;
  return html`${groups(rows, by).map((group, i) => {
    const name = names.group(group[0]!, by);
    // The most frequent first; ties keep the aggregates' order (page order). Rows under k are not in the aggregates at all.
    const sorted = group.map((row, at) => ({ row, at })).sort((a, b) => (b.row.count ?? 0) - (a.row.count ?? 0) || a.at - b.at).map(({ row }) => row);
    const chart = barChart(
      `chart-errors-${i}`,
      TEXT.errorsChart(name),
      [{ bars: sorted.map((row) => ({ label: `${names.field(row.field)}: ${row.code} \u00b7 ${names.step(row.step)}`, value: row.count })) }],
    );
    const head = html`<th scope="col">${TEXT.fieldOnPage}</th><th scope="col">${TEXT.code}</th><th scope="col" class="num">${TEXT.count}</th>`;
    const body = sorted.map((row) => html`<tr><th scope="row">${names.field(row.field)} \u00b7 ${names.step(row.step)}</th><td><code>${row.code}</code></td>${numberCell(row.count)}</tr>`);
    return html`<section class="group" aria-labelledby="errors-${i}-heading"><h3 id="errors-${i}-heading">${name}</h3><figure class="figure">${chart}</figure>${tableBox(`table-errors-${i}`, TEXT.errorsCaption(name), head, body)}</section>`;
  })}`;
}

/** The dashboard of one form: the breakdown chosen, satisfaction, the funnel, the errors, the downloads. */
export function dashboardPage(result: Aggregates, definition: FormDefinition, allDimensions: readonly AnalyticsDimension[]): string {
  const names = new Names(definition);
  const by = result.by;
  const query = `?by=${encodeURIComponent(by.join(','))}`;
  const base = dashboardUrl(result.formId);
  const download = (name: keyof typeof TEXT.downloads, file: string) => html`<li><a href="${base}/${file}" download>${TEXT.downloads[name]}</a></li>`;
  const main = html`<p class="back"><a href="${DASHBOARD_PATH}">${TEXT.allForms}</a></p>
<h1><span class="caption">${result.formId}</span> ${names.title}</h1>
<p>${TEXT.kNote(result.k)} ${TEXT.generatedAt(result.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, ''))}</p>
<form method="get" action="${base}" class="by">
<fieldset class="fieldset" aria-describedby="by-hint">
<legend>${TEXT.byLegend}</legend>
<p class="hint" id="by-hint">${TEXT.byHint}</p>
<input type="hidden" name="by" value="">
<div class="checkboxes">${allDimensions.map(
    (dimension) =>
      html`<div class="checkbox">${
        by.includes(dimension)
          ? html`<input type="checkbox" id="by-${dimension}" name="by" value="${dimension}" checked>`
          : html`<input type="checkbox" id="by-${dimension}" name="by" value="${dimension}">`
      }<label for="by-${dimension}">${TEXT.dimensionNames[dimension]}</label></div>`,
  )}</div>
</fieldset>
<button type="submit" class="button">${TEXT.showButton}</button>
</form>
<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading" class="contents-heading">${TEXT.onThisPage}</h2><ul class="list">
<li><a href="#satisfaction">${TEXT.satisfactionHeading}</a></li><li><a href="#funnel">${TEXT.funnelHeading}</a></li><li><a href="#errors">${TEXT.errorsHeading}</a></li><li><a href="#downloads">${TEXT.downloadsHeading}</a></li></ul></nav>
<section aria-labelledby="satisfaction"><h2 id="satisfaction">${TEXT.satisfactionHeading}</h2><p>${TEXT.satisfactionLead}</p>${satisfactionSection(result.satisfaction, by, names)}</section>
<section aria-labelledby="funnel"><h2 id="funnel">${TEXT.funnelHeading}</h2><p>${TEXT.funnelLead}</p>${funnelSection(result.funnel, by, names)}</section>
<section aria-labelledby="errors"><h2 id="errors">${TEXT.errorsHeading}</h2><p>${TEXT.errorsLead}</p>${errorsSection(result.errors, by, names)}</section>
<section aria-labelledby="downloads"><h2 id="downloads">${TEXT.downloadsHeading}</h2><p>${TEXT.downloadsLead}</p><ul class="list">
${download('satisfaction', `satisfaction.csv${query}`)}${download('funnel', `funnel.csv${query}`)}${download('errors', `errors.csv${query}`)}${download('comments', 'comments.csv')}</ul></section>`;
  return documentOf(`${names.title}: analytics`, main, true);
}
