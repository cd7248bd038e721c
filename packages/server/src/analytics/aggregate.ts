import { csvCell } from '../export.js';
import { ANALYTICS_DIMENSIONS, RATINGS, type AnalyticsDimension, type FeedbackCount, type Rating, type SummedCount } from '../storage/storage.js';

/** The smallest count shown (ANALYTICS_MIN_COUNT): every cell under it is suppressed. */
export const DEFAULT_MIN_COUNT = 10;

/** A count, or null where it is under k (suppressed). */
export type Cell = number | null;

type Dimensions = Partial<Record<AnalyticsDimension, string>>;

export type FunnelRow = Dimensions & { step: string; reached: Cell; failed: Cell; submitted: Cell; abandoned: Cell };
export type ErrorRow = Dimensions & { step: string; field: string; code: string; count: Cell };
export type SatisfactionRow = Dimensions & { given: string; responses: Cell; score: number | null } & Record<Rating, Cell>;

export interface Aggregates {
  formId: string;
  /** The threshold: cells under it are null. */
  k: number;
  by: AnalyticsDimension[];
  generatedAt: string;
  funnel: FunnelRow[];
  errors: ErrorRow[];
  satisfaction: SatisfactionRow[];
}

const cell = (n: number, k: number): Cell => (n >= k ? n : null);

/** `?by=week,region` as dimensions (in the fixed order), or undefined when it names anything else. Default: all. */
export function parseBy(value: unknown): AnalyticsDimension[] | undefined {
  if (value === undefined) return [...ANALYTICS_DIMENSIONS];
  if (typeof value !== 'string') return undefined;
  const asked = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (!asked.every((part) => (ANALYTICS_DIMENSIONS as readonly string[]).includes(part))) return undefined;
  return ANALYTICS_DIMENSIONS.filter((dimension) => asked.includes(dimension));
}

function dimensionsOf(row: Dimensions, by: readonly AnalyticsDimension[]): Dimensions {
  return Object.fromEntries(by.map((dimension) => [dimension, row[dimension] ?? ''])) as Dimensions;
}

/** Groups rows by a key, keeping the first-seen order of the keys. */
function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}

/**
 * The funnel and the error table from summed counters: every cell under k suppressed (zero
 * too), rows with nothing left out. `stepOrder` sorts steps within their dimensions (page order).
 */
export function eventTables(counts: readonly SummedCount[], by: readonly AnalyticsDimension[], k: number, stepOrder: (step: string) => number) {
  const dims = (row: Dimensions) => JSON.stringify(by.map((dimension) => row[dimension] ?? ''));
  const sorted = [...counts].sort((a, b) => (dims(a) < dims(b) ? -1 : dims(a) > dims(b) ? 1 : stepOrder(a.step) - stepOrder(b.step)));
  const funnel: FunnelRow[] = [];
  for (const rows of group(sorted.filter((row) => row.kind !== 'error'), (row) => `${dims(row)}\u0000${row.step}`).values()) {
    const n = (kind: string) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.n, 0);
    const row: FunnelRow = { ...dimensionsOf(rows[0]!, by), step: rows[0]!.step, reached: cell(n('page-reached'), k), failed: cell(n('page-failed'), k), submitted: cell(n('submitted'), k), abandoned: cell(n('abandoned'), k) };
    if ([row.reached, row.failed, row.submitted, row.abandoned].some((value) => value !== null)) funnel.push(row);
  }
  const errors: ErrorRow[] = sorted
    .filter((row) => row.kind === 'error' && row.n >= k)
    .map((row) => ({ ...dimensionsOf(row, by), step: row.step, field: row.field, code: row.code, count: row.n }));
  return { funnel, errors };
}

/**
 * Satisfaction per dimensions and `given`: a count per rating, `responses` and `score` (the
 * percentage satisfied or very satisfied, one decimal) only from k responses. A rating count
 * under k is suppressed; when that leaves exactly one hidden beside a shown total, the smallest
 * shown count is hidden too, so the hidden one cannot be had by subtraction.
 */
export function satisfactionTable(counts: readonly FeedbackCount[], by: readonly AnalyticsDimension[], k: number): SatisfactionRow[] {
  const dims = (row: Dimensions) => JSON.stringify(by.map((dimension) => row[dimension] ?? ''));
  const out: SatisfactionRow[] = [];
  for (const rows of group(counts, (row) => `${dims(row)}\u0000${row.given}`).values()) {
    const n = Object.fromEntries(RATINGS.map((rating) => [rating, rows.filter((row) => row.rating === rating).reduce((sum, row) => sum + row.n, 0)])) as Record<Rating, number>;
    const responses = RATINGS.reduce((sum, rating) => sum + n[rating], 0);
    const cells = Object.fromEntries(RATINGS.map((rating) => [rating, cell(n[rating], k)])) as Record<Rating, Cell>;
    const shownTotal = responses >= k;
    const hidden = RATINGS.filter((rating) => cells[rating] === null);
    if (shownTotal && hidden.length === 1) {
      const smallest = RATINGS.filter((rating) => cells[rating] !== null).sort((a, b) => n[a] - n[b])[0];
      if (smallest) cells[smallest] = null;
    }
    const row: SatisfactionRow = {
      ...dimensionsOf(rows[0]!, by),
      given: rows[0]!.given,
      responses: shownTotal ? responses : null,
      ...cells,
      score: shownTotal ? Math.round(((n['very-satisfied'] + n.satisfied) / responses) * 1000) / 10 : null,
    };
    if (shownTotal || RATINGS.some((rating) => cells[rating] !== null)) out.push(row);
  }
  return out;
}

/** A table as CSV (UTF-8 with a byte-order mark, CRLF, formula-like cells neutralised); a suppressed cell reads `suppressed`. */
export function tableCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] === null ? 'suppressed' : String(row[column] ?? ''))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The columns of each CSV table after the dimensions. */
export const TABLE_COLUMNS = {
  funnel: ['step', 'reached', 'failed', 'submitted', 'abandoned'],
  errors: ['step', 'field', 'code', 'count'],
  satisfaction: ['given', 'responses', ...RATINGS, 'score'],
} as const;
