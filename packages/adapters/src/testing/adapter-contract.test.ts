import { expect } from '@open-wc/testing';
import type { SubmissionAdapter, SubmissionEnvelope, SubmissionResult } from '@service-forms/core';
import { MemoryAdapter } from '../memory/memory-adapter.js';
import { AdapterContractError, checkResult, runAdapterContract, type AdapterContractScenario, type ContractTestRunner } from './adapter-contract.js';

/** Runs the contract with a runner of our own and returns each test's outcome: 'pass' or the error message. */
async function outcomes<A extends SubmissionAdapter>(make: () => A, scenario: AdapterContractScenario<A>): Promise<Record<string, string>> {
  const tests: [string, () => Promise<void>][] = [];
  const runner: ContractTestRunner = {
    describe: (_name, body) => body(),
    it: (name, body) => tests.push([name, body]),
  };
  runAdapterContract('probe', make, scenario, runner);
  const result: Record<string, string> = {};
  for (const [name, body] of tests) {
    try {
      await body();
      result[name] = 'pass';
    } catch (error) {
      result[name] = error instanceof AdapterContractError ? error.message : `not a contract error: ${String(error)}`;
    }
  }
  return result;
}

/** A receiver with a switchable flaw, behind a minimal adapter. */
class FlawedAdapter implements SubmissionAdapter {
  stored: string[] = [];
  refuse = false;
  constructor(private readonly flaw: 'none' | 'no-idempotency' | 'rejects-refusals' | 'ignores-abort' | 'bad-receipt') {}
  async submit(envelope: SubmissionEnvelope, { signal }: { signal: AbortSignal }): Promise<SubmissionResult> {
    if (this.flaw !== 'ignores-abort') signal.throwIfAborted();
    await Promise.resolve();
    if (this.refuse) {
      this.refuse = false;
      if (this.flaw === 'rejects-refusals') throw new Error('422');
      return { ok: false, error: { kind: 'field-errors', errors: [{ field: 'iin', code: 'iin_checksum', params: {} }] } };
    }
    const first = this.stored.indexOf(envelope.submissionId);
    if (first === -1 || this.flaw === 'no-idempotency') this.stored.push(envelope.submissionId);
    const n = this.flaw === 'no-idempotency' ? this.stored.length : this.stored.indexOf(envelope.submissionId) + 1;
    return { ok: true, receipt: { reference: `R-${n}`, receivedAt: this.flaw === 'bad-receipt' ? 'yesterday' : new Date().toISOString() } };
  }
}

const scenario: AdapterContractScenario<FlawedAdapter> = {
  stored: async (adapter) => adapter.stored,
  refuseField: async (adapter) => {
    adapter.refuse = true;
    return { field: 'iin', code: 'iin_checksum' };
  },
};

const NAMES = {
  receipt: 'resolves a receipt for a valid envelope, and the receiver stores it once',
  twice: 'gives the same receipt for the same submission id twice, stored once',
  simultaneous: 'stores two simultaneous submits of the same id once, with one reference',
  different: 'gives different submissions different references',
  aborted: 'honours an already-aborted signal: sends nothing, rejects with its reason or resolves a failure',
  refused: 'resolves field-errors, never rejects, when the receiver refuses a field',
};

describe('runAdapterContract', () => {
  it('passes a correct adapter', async () => {
    const result = await outcomes(() => new FlawedAdapter('none'), scenario);
    expect(result).to.deep.equal(Object.fromEntries(Object.values(NAMES).map((name) => [name, 'pass'])));
  });

  it('catches an adapter whose receiver stores repeats again', async () => {
    const result = await outcomes(() => new FlawedAdapter('no-idempotency'), scenario);
    expect(result[NAMES.twice]).to.equal('a repeat must return the original reference R-1, got R-2');
    expect(result[NAMES.simultaneous]).to.equal('simultaneous repeats must share one reference, got R-1 and R-2');
    expect(result[NAMES.receipt]).to.equal('pass');
  });

  it('catches an adapter that rejects when a field is refused', async () => {
    const result = await outcomes(() => new FlawedAdapter('rejects-refusals'), scenario);
    expect(result[NAMES.refused]).to.equal('submit must resolve, not reject, unless the caller aborts; it rejected with "Error: 422"');
  });

  it('catches an adapter that sends despite an aborted signal', async () => {
    const result = await outcomes(() => new FlawedAdapter('ignores-abort'), scenario);
    expect(result[NAMES.aborted]).to.match(/^an aborted submit that resolves must resolve a retryable error, got \{"ok":true/);
  });

  it('catches a receipt without an ISO date', async () => {
    const result = await outcomes(() => new FlawedAdapter('bad-receipt'), scenario);
    expect(result[NAMES.receipt]).to.equal('a receipt\'s receivedAt must be an ISO 8601 date, got "yesterday"');
  });

  it('runs the optional retryable and fatal tests only with failNext', async () => {
    const result = await outcomes(() => new MemoryAdapter(), {
      stored: async (adapter) => adapter.submissions.map((e) => e.submissionId),
      refuseField: async (adapter) => {
        adapter.failNext({ kind: 'field-errors', errors: [{ field: 'iin', code: 'required', params: {} }] });
        return { field: 'iin', code: 'required' };
      },
      // A flaw: claims to arrange a fatal error but arranges a retryable one.
      failNext: async (adapter) => {
        adapter.failNext({ kind: 'retryable', message: 'offline' });
      },
    });
    expect(Object.keys(result)).to.have.length(8);
    expect(result['resolves a retryable error when delivery fails for now, and a retry with the same id stores it once']).to.equal('pass');
    expect(result['resolves a fatal error, never rejects, when the receiver refuses the submission for good']).to.equal(
      'expected a fatal error, got {"ok":false,"error":{"kind":"retryable","message":"offline"}}',
    );
  });

  it('checkResult names what is malformed', () => {
    const bad = (value: unknown) => {
      try {
        checkResult(value);
        return 'pass';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(bad({ ok: false, error: { kind: 'offline', message: 'x' } })).to.equal('error.kind must be field-errors, retryable or fatal, got "offline"');
    expect(bad({ ok: false, error: { kind: 'retryable', message: 'x', retryAfterMs: -1 } })).to.equal('retryAfterMs must be absent or a number ≥ 0, got -1');
    expect(bad({ ok: false, error: { kind: 'field-errors', errors: [] } })).to.equal('field-errors needs a non-empty errors array, got {"kind":"field-errors","errors":[]}');
    expect(bad({ ok: true, receipt: { reference: ' ', receivedAt: '2026-11-27T10:00:00Z' } })).to.match(/^a receipt needs a non-empty reference/);
    expect(bad(undefined)).to.equal('submit must resolve an object, got undefined');
    expect(bad({ ok: false, error: { kind: 'fatal', message: 'x' } })).to.equal('pass');
    expect(bad({ ok: true, queued: true, queuedAt: '2026-11-27T10:00:00.000Z' })).to.equal('pass');
    expect(bad({ ok: true, queued: true, queuedAt: 'later' })).to.equal('a queued result needs queued: true and an ISO 8601 queuedAt, got {"ok":true,"queued":true,"queuedAt":"later"}');
  });
});
