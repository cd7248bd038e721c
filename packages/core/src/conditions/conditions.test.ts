import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCondition, ageOn, type ValueLookup } from './evaluate-condition.js';
import { parseDefinition } from '../definition/parse-definition.js';
import type { FormDefinition } from '../definition/definition-schema.js';
import { applicablePages, validatePage } from '../validation/page-structure.js';
import { validateSubmission } from '../validation/validate-submission.js';

const values = (map: Record<string, unknown>): ValueLookup => (name) => (name in map ? { value: map[name] } : undefined);
const today = '2026-11-27';

describe('evaluateCondition', () => {
  const lookup = values({ choice: 'yes', many: ['a', 'b'], salary: 80000, start: '2026-01-10', dob: '2012-11-28', iin: '900115300013', empty: undefined });
  const cases: [string, unknown, boolean][] = [
    ['equals', { field: 'choice', equals: 'yes' }, true],
    ['equals other', { field: 'choice', equals: 'no' }, false],
    ['notEquals', { field: 'choice', notEquals: 'no' }, true],
    ['a list equals a member', { field: 'many', equals: 'b' }, true],
    ['oneOf', { field: 'choice', oneOf: ['maybe', 'yes'] }, true],
    ['answered', { field: 'choice', answered: true }, true],
    ['not answered', { field: 'empty', answered: false }, true],
    ['unanswered fails every other test', { field: 'empty', notEquals: 'x' }, false],
    ['lessThan', { field: 'salary', lessThan: 85000 }, true],
    ['atLeast', { field: 'salary', atLeast: 85000 }, false],
    ['before a date', { field: 'start', before: '2026-02-01' }, true],
    ['onOrAfter today', { field: 'start', onOrAfter: 'today' }, false],
    ['age from a date: 13, turning 14 tomorrow', { ageOf: 'dob', lessThan: 14 }, true],
    ['age from an IIN', { ageOf: 'iin', atLeast: 36 }, true],
    ['all', { all: [{ field: 'choice', equals: 'yes' }, { field: 'salary', greaterThan: 1 }] }, true],
    ['any', { any: [{ field: 'choice', equals: 'no' }, { field: 'salary', greaterThan: 1 }] }, true],
    ['not', { not: { field: 'choice', equals: 'yes' } }, false],
    ['unknown field', { field: 'nope', equals: 'x' }, false],
  ];
  for (const [name, condition, expected] of cases) {
    it(name, () => assert.equal(evaluateCondition(condition as never, lookup, { today }), expected));
  }
  it('counts whole years', () => {
    assert.equal(ageOn('2010-11-27', today), 16);
    assert.equal(ageOn('2010-11-28', today), 15);
    assert.equal(ageOn('2008-02-29', '2026-02-28'), 17);
  });
});

/** Three pages: the second asked only for under-16s, the third's field only with a disability. */
const definition = (): FormDefinition => ({
  id: 'flow',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Flow' },
  pages: [
    {
      id: 'you',
      title: { en: 'You' },
      fields: [
        { type: 'date', name: 'dob', label: { en: 'Date of birth' }, required: true, constraint: 'past' },
        { type: 'radios', name: 'disability', label: { en: 'Disability?' }, required: true, options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }] },
      ],
    },
    {
      id: 'representative',
      title: { en: 'Your legal representative' },
      showIf: { ageOf: 'dob', lessThan: 16 },
      fields: [{ type: 'text', name: 'representative', label: { en: 'Representative’s full name' }, required: true }],
    },
    {
      id: 'details',
      title: { en: 'Details' },
      fields: [
        { type: 'radios', name: 'group', label: { en: 'Disability group' }, required: true, showIf: { field: 'disability', equals: 'yes' }, options: [{ value: 'I', label: { en: 'I' } }, { value: 'II', label: { en: 'II' } }] },
        { type: 'text', name: 'position', label: { en: 'Desired position' }, required: true },
      ],
    },
  ],
});

describe('conditions in a definition', () => {
  it('skips a page whose condition fails', () => {
    const pages = (dob: string) => applicablePages(definition(), { dob }, { today }).map((p) => p.id);
    assert.deepEqual(pages('1990-01-15'), ['you', 'details']);
    assert.deepEqual(pages('2012-05-01'), ['you', 'representative', 'details']);
  });

  it('hides a field whose condition fails, even with a typed value, and does not submit it', () => {
    const page = definition().pages[2]!;
    const answers = { disability: 'no', group: 'II', position: 'Welder' };
    const scopeFields = definition().pages.flatMap((p) => p.fields);
    assert.deepEqual(validatePage(page, answers, { today, scopeFields }), { ok: true, data: { position: 'Welder' } });
    assert.deepEqual(validatePage(page, { ...answers, disability: 'yes', group: undefined }, { today, scopeFields }), {
      ok: false,
      errors: [{ field: 'group', code: 'required', params: {} }],
    });
  });

  it('validateSubmission applies the same conditions across pages', () => {
    const adult = { dob: '1990-01-15', disability: 'no', position: 'Welder', group: 'II', representative: 'Someone' };
    assert.deepEqual(validateSubmission(definition(), adult, { today }), {
      ok: true,
      data: { dob: '1990-01-15', disability: 'no', position: 'Welder' },
    });
    const child = { dob: '2012-05-01', disability: 'yes', position: 'Intern' };
    assert.deepEqual(validateSubmission(definition(), child, { today }), {
      ok: false,
      errors: [
        { field: 'representative', code: 'required', params: {} },
        { field: 'group', code: 'required', params: {} },
      ],
    });
  });

  it('strict: refuses unknown and hidden answers, as a server must', () => {
    const sent = { dob: '1990-01-15', disability: 'no', position: 'Welder', group: 'II', representative: 'X', __proto__x: 1, extra: 'y' };
    const result = validateSubmission(definition(), sent, { today, strict: true });
    assert.deepEqual(!result.ok && result.errors.map((e) => [e.field, e.code]), [
      ['group', 'not_applicable'],
      ['representative', 'not_applicable'],
      ['__proto__x', 'unknown_field'],
      ['extra', 'unknown_field'],
    ]);
  });

  it('accepts the definition, and names each impossible condition by path', () => {
    assert.equal(parseDefinition(definition()).ok, true);
    const def = definition() as unknown as { pages: { showIf?: unknown; fields: { showIf?: unknown }[] }[] };
    def.pages[0]!.showIf = { field: 'position', equals: 'x' }; // a later page's field
    def.pages[0]!.fields[1]!.showIf = { field: 'disability', equals: 'yes' }; // itself
    def.pages[2]!.fields[1]!.showIf = { not: { field: 'nowhere', answered: true } }; // unknown
    const result = parseDefinition(def);
    assert.deepEqual(!result.ok && result.problems, [
      { path: 'pages[0].showIf.field', message: 'refers to "position", which is asked later (pages[2])' },
      { path: 'pages[0].fields[1].showIf.field', message: 'refers to the field it belongs to ("disability")' },
      { path: 'pages[2].fields[1].showIf.not.field', message: 'refers to "nowhere", which is not a field of this form' },
    ]);
  });

  it('names a malformed condition by path', () => {
    const def = definition() as unknown as { pages: { showIf?: unknown }[] };
    def.pages[1]!.showIf = { ageOf: 'dob', lessThan: 16, atLeast: 3 };
    const result = parseDefinition(def);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.path), ['pages[1].showIf']);
  });
});
