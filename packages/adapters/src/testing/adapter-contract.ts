import {
  createSubmissionId,
  type ErrorCode,
  type SubmissionAdapter,
  type SubmissionEnvelope,
  type SubmissionOutcome,
} from '@service-forms/core';

/**
 * The `describe` and `it` of your test framework. By default the globals (mocha, as in
 * @web/test-runner; jest and vitest globals fit too); pass node:test's to run in Node.
 */
export interface ContractTestRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}

/** What the contract suite needs to know about, and do to, the receiver behind an adapter. */
export interface AdapterContractScenario<A extends SubmissionAdapter = SubmissionAdapter> {
  /**
   * The submission ids the receiver has stored, one entry per stored copy (a submission stored
   * twice appears twice). Ids stored by other tests may be in the list too.
   */
  stored(adapter: A): Promise<string[]>;
  /**
   * Makes the receiver refuse one field of `envelope`'s submission, and says which field and
   * code to expect back: either tell a test receiver to refuse the next submission, or return a
   * changed `envelope` with an answer your receiver's validation rejects (e.g. an IIN with a
   * wrong check digit → `{ field: 'iin', code: 'iin_checksum' }`).
   */
  refuseField(adapter: A, envelope: SubmissionEnvelope): Promise<{ envelope?: SubmissionEnvelope; field: string; code: ErrorCode }>;
  /** A valid envelope for your receiver with this id (default: form `contract-test`, one text answer). */
  envelope?(submissionId: string): SubmissionEnvelope;
  /**
   * Optional: makes the next submission fail for good (`fatal`) or for now (`retryable`, e.g. a
   * 503 on every attempt of that submission). The tests for that kind run only when given.
   */
  failNext?(adapter: A, kind: 'retryable' | 'fatal'): Promise<void>;
  /** Optional: runs before each test, e.g. to clear a test receiver. */
  reset?(): Promise<void>;
}

/** A broken promise of the contract, with what was expected. */
export class AdapterContractError extends Error {
  override name = 'AdapterContractError';
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AdapterContractError(message);
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Checks at run time that `result` is a well-formed SubmissionOutcome, and returns it. */
export function checkResult(result: unknown): SubmissionOutcome {
  const r = result as SubmissionOutcome;
  check(typeof result === 'object' && result !== null, `submit must resolve an object, got ${show(result)}`);
  if (r.ok === true && r.queued !== undefined) {
    // An adapter that keeps submissions for later (the offline outbox).
    check(r.queued === true && !Number.isNaN(Date.parse(r.queuedAt)), `a queued result needs queued: true and an ISO 8601 queuedAt, got ${show(result)}`);
    return r;
  }
  if (r.ok === true) {
    check(typeof r.receipt?.reference === 'string' && r.receipt.reference.trim() !== '', `a receipt needs a non-empty reference, got ${show(r.receipt)}`);
    check(
      typeof r.receipt.receivedAt === 'string' && !Number.isNaN(Date.parse(r.receipt.receivedAt)),
      `a receipt's receivedAt must be an ISO 8601 date, got ${show(r.receipt.receivedAt)}`,
    );
    return r;
  }
  check(r.ok === false, `result.ok must be true or false, got ${show(result)}`);
  const error = r.error as { kind?: unknown; message?: unknown; errors?: unknown; retryAfterMs?: unknown } | undefined;
  check(typeof error === 'object' && error !== null, `a failed result needs an error, got ${show(result)}`);
  switch (error.kind) {
    case 'field-errors':
      check(Array.isArray(error.errors) && error.errors.length > 0, `field-errors needs a non-empty errors array, got ${show(error)}`);
      for (const item of error.errors as unknown[]) {
        const e = item as { field?: unknown; code?: unknown; params?: unknown };
        check(
          typeof e?.field === 'string' && typeof e.code === 'string' && typeof e.params === 'object' && e.params !== null,
          `each field error needs { field, code, params }, got ${show(item)}`,
        );
      }
      break;
    case 'retryable':
      check(typeof error.message === 'string' && error.message !== '', `a retryable error needs a message, got ${show(error)}`);
      check(
        error.retryAfterMs === undefined || (typeof error.retryAfterMs === 'number' && error.retryAfterMs >= 0),
        `retryAfterMs must be absent or a number ≥ 0, got ${show(error.retryAfterMs)}`,
      );
      break;
    case 'fatal':
      check(typeof error.message === 'string' && error.message !== '', `a fatal error needs a message, got ${show(error)}`);
      break;
    default:
      check(false, `error.kind must be field-errors, retryable or fatal, got ${show(error.kind)}`);
  }
  return r;
}

function defaultEnvelope(submissionId: string): SubmissionEnvelope {
  return {
    submissionId,
    formId: 'contract-test',
    formVersion: '1',
    locale: 'kk',
    answers: { fullName: 'Әлия Нұрланқызы' },
    files: {},
    createdAt: new Date().toISOString(),
  };
}

const count = (ids: string[], id: string) => ids.filter((stored) => stored === id).length;

/**
 * Registers the behaviours every adapter must have, as tests of your framework (see
 * docs/adapters.md). `makeAdapter` is called once per test; `scenario` reaches the receiver.
 *
 * ```ts
 * runAdapterContract('MyAdapter', () => new MyAdapter({ … }), {
 *   stored: async () => (await myTestServer.stats()).ids,
 *   refuseField: async (_adapter, envelope) => ({
 *     envelope: { ...envelope, answers: { ...envelope.answers, iin: '900115300014' } },
 *     field: 'iin',
 *     code: 'iin_checksum',
 *   }),
 *   envelope: (submissionId) => ({ …a valid envelope of one of your forms…, submissionId }),
 * });
 * ```
 */
export function runAdapterContract<A extends SubmissionAdapter>(
  name: string,
  makeAdapter: () => A | Promise<A>,
  scenario: AdapterContractScenario<A>,
  runner: ContractTestRunner = globalThis as unknown as ContractTestRunner,
): void {
  const { describe, it } = runner;
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new Error('runAdapterContract: no describe/it found: pass { describe, it } from your test framework');
  }
  const envelope = (id = createSubmissionId()) => (scenario.envelope ?? defaultEnvelope)(id);
  const test = (title: string, body: (adapter: A) => Promise<void>) =>
    it(title, async () => {
      await scenario.reset?.();
      await body(await makeAdapter());
    });
  const submit = async (adapter: A, e: SubmissionEnvelope, signal = new AbortController().signal) => {
    let result: unknown;
    try {
      result = await adapter.submit(e, { signal });
    } catch (error) {
      throw new AdapterContractError(`submit must resolve, not reject, unless the caller aborts; it rejected with ${show(String(error))}`);
    }
    return checkResult(result);
  };
  const receipt = (result: SubmissionOutcome, what: string) => {
    check(result.ok && !result.queued, `${what}: expected a receipt, got ${show(result)}`);
    return result.receipt;
  };

  describe(`${name} (adapter contract)`, () => {
    test('resolves a receipt for a valid envelope, and the receiver stores it once', async (adapter) => {
      const e = envelope();
      const result = await submit(adapter, e);
      receipt(result, 'a valid envelope');
      const stored = await scenario.stored(adapter);
      check(count(stored, e.submissionId) === 1, `stored() should hold ${e.submissionId} once, holds it ${count(stored, e.submissionId)} times`);
    });

    test('gives the same receipt for the same submission id twice, stored once', async (adapter) => {
      const e = envelope();
      const first = receipt(await submit(adapter, e), 'the first submit');
      const again = receipt(await submit(adapter, structuredClone(e)), 'the repeat');
      check(again.reference === first.reference, `a repeat must return the original reference ${first.reference}, got ${again.reference}`);
      const stored = await scenario.stored(adapter);
      check(count(stored, e.submissionId) === 1, `a repeated submission id must be stored once, stored ${count(stored, e.submissionId)} times`);
    });

    test('stores two simultaneous submits of the same id once, with one reference', async (adapter) => {
      // A double tap on "Submit", or a retry racing a slow first attempt.
      const e = envelope();
      const [a, b] = await Promise.all([submit(adapter, e), submit(adapter, structuredClone(e))]);
      const first = receipt(a, 'the first of two simultaneous submits');
      const second = receipt(b, 'the second of two simultaneous submits');
      check(first.reference === second.reference, `simultaneous repeats must share one reference, got ${first.reference} and ${second.reference}`);
      const stored = await scenario.stored(adapter);
      check(count(stored, e.submissionId) === 1, `simultaneous repeats must be stored once, stored ${count(stored, e.submissionId)} times`);
    });

    test('gives different submissions different references', async (adapter) => {
      const one = receipt(await submit(adapter, envelope()), 'the first submission');
      const two = receipt(await submit(adapter, envelope()), 'the second submission');
      check(one.reference !== two.reference, `two submissions must not share the reference ${one.reference}`);
    });

    test('honours an already-aborted signal: sends nothing, rejects with its reason or resolves a failure', async (adapter) => {
      const e = envelope();
      const controller = new AbortController();
      const reason = new DOMException('The person cancelled', 'AbortError');
      controller.abort(reason);
      let settled: { rejected: unknown } | { result: unknown };
      try {
        settled = { result: await adapter.submit(e, { signal: controller.signal }) };
      } catch (error) {
        settled = { rejected: error };
      }
      if ('rejected' in settled) {
        check(settled.rejected === reason, `an aborted submit must reject with signal.reason itself, got ${show(String(settled.rejected))}`);
      } else {
        const result = checkResult(settled.result);
        check(!result.ok && result.error.kind === 'retryable', `an aborted submit that resolves must resolve a retryable error, got ${show(result)}`);
      }
      const stored = await scenario.stored(adapter);
      check(count(stored, e.submissionId) === 0, 'an aborted submit must not be stored');
    });

    test('resolves field-errors, never rejects, when the receiver refuses a field', async (adapter) => {
      const base = envelope();
      const planned = await scenario.refuseField(adapter, base);
      const e = planned.envelope ?? base;
      const result = await submit(adapter, e);
      check(!result.ok && result.error.kind === 'field-errors', `a refused field must resolve field-errors, got ${show(result)}`);
      const match = result.error.errors.find((error) => error.field === planned.field && error.code === planned.code);
      check(match, `field-errors should name ${planned.field} with ${planned.code}, got ${show(result.error.errors)}`);
      const stored = await scenario.stored(adapter);
      check(count(stored, e.submissionId) === 0, 'a refused submission must not be stored');
    });

    if (scenario.failNext) {
      const failNext = scenario.failNext.bind(scenario);
      test('resolves a retryable error when delivery fails for now, and a retry with the same id stores it once', async (adapter) => {
        const e = envelope();
        await failNext(adapter, 'retryable');
        const failed = await submit(adapter, e);
        // An outbox keeps it for later instead: the repeat below must still be stored once.
        check((!failed.ok && failed.error.kind === 'retryable') || (failed.ok && failed.queued), `expected a retryable error or queued, got ${show(failed)}`);
        const later = receipt(await submit(adapter, structuredClone(e)), 'the retry after a retryable error');
        const again = receipt(await submit(adapter, structuredClone(e)), 'one more repeat');
        check(later.reference === again.reference, `repeats after a retry must keep the reference ${later.reference}, got ${again.reference}`);
        const stored = await scenario.stored(adapter);
        check(count(stored, e.submissionId) === 1, `a retried submission must be stored once, stored ${count(stored, e.submissionId)} times`);
      });

      test('resolves a fatal error, never rejects, when the receiver refuses the submission for good', async (adapter) => {
        const e = envelope();
        await failNext(adapter, 'fatal');
        const result = await submit(adapter, e);
        check(!result.ok && result.error.kind === 'fatal', `expected a fatal error, got ${show(result)}`);
        const stored = await scenario.stored(adapter);
        check(count(stored, e.submissionId) === 0, 'a submission refused for good must not be stored');
      });
    }
  });
}
