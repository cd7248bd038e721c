import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validateField } from '../validation/validate-field.js';
import { validatePage } from '../validation/page-structure.js';
import type { CheckboxesField } from './checkboxes-field.js';

const schedules: CheckboxesField = {
  type: 'checkboxes',
  name: 'schedules',
  label: { en: 'Which work schedules suit you?' },
  hint: { en: 'Select all that apply' },
  required: true,
  options: [
    { value: 'full-time', label: { en: 'Full-time' } },
    { value: 'part-time', label: { en: 'Part-time' } },
    { value: 'shift', label: { en: 'Shift work' } },
    { value: 'remote', label: { en: 'Remote' }, hint: { en: 'Work from home' } },
  ],
};

const error = (code: string, params = {}) => ({ ok: false, error: { field: 'schedules', code, params } });
const definition = (field: unknown) => ({
  id: 'f',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'F' },
  pages: [{ id: 'p', title: { en: 'P' }, fields: [field] }],
});

describe('checkboxes field', () => {
  it('returns the chosen values in option order, each once', () => {
    assert.deepEqual(validateField(schedules, ['remote', 'full-time', 'remote']), { ok: true, value: ['full-time', 'remote'] });
    assert.deepEqual(validatePage({ id: 'p', title: { en: 'P' }, fields: [schedules] }, { schedules: ['shift'] }), { ok: true, data: { schedules: ['shift'] } });
  });

  it('takes one value alone as a list of one (a form post with one box ticked)', () => {
    assert.deepEqual(validateField(schedules, 'part-time'), { ok: true, value: ['part-time'] });
  });

  it('requires at least one choice when required (code required)', () => {
    for (const empty of [undefined, null, '', [], ['']]) assert.deepEqual(validateField(schedules, empty), error('required'));
  });

  it('leaves an unanswered optional group out, whatever its minSelected', () => {
    const optional = { ...schedules, required: false, minSelected: 2 };
    assert.deepEqual(validateField(optional, []), { ok: true, value: undefined });
    assert.deepEqual(validateField(optional, ['shift']), error('too_few_selected', { min: 2 }));
  });

  it('counts choices against minSelected (too_few_selected) and maxSelected (too_many_selected)', () => {
    const limited = { ...schedules, minSelected: 2, maxSelected: 3 };
    assert.deepEqual(validateField(limited, ['shift']), error('too_few_selected', { min: 2 }));
    // A value given twice counts once.
    assert.deepEqual(validateField(limited, ['shift', 'shift']), error('too_few_selected', { min: 2 }));
    assert.deepEqual(validateField(limited, ['shift', 'remote']), { ok: true, value: ['shift', 'remote'] });
    assert.deepEqual(validateField(limited, ['full-time', 'part-time', 'shift']).ok, true);
    assert.deepEqual(validateField(limited, ['full-time', 'part-time', 'shift', 'remote']), error('too_many_selected', { max: 3 }));
  });

  it('refuses a value that is not one of the options (code invalid_option)', () => {
    assert.deepEqual(validateField(schedules, ['full-time', 'rotation']), error('invalid_option'));
  });

  it('refuses an answer that is not a list of text (code invalid_type)', () => {
    for (const wrong of [true, 3, ['full-time', 2], { 0: 'shift' }]) assert.deepEqual(validateField(schedules, wrong), error('invalid_type', { expected: 'list' }));
  });

  it('is part of the definition format, and refuses limits no answer could meet', () => {
    const limited = { ...schedules, minSelected: 1, maxSelected: 2 };
    const result = parseDefinition(definition(limited));
    assert.deepEqual(result.ok && result.definition.pages[0]!.fields[0], limited);

    const crossed = parseDefinition(definition({ ...schedules, minSelected: 3, maxSelected: 2 }));
    assert.deepEqual(!crossed.ok && crossed.problems, [{ path: 'pages[0].fields[0].minSelected', message: 'must not be greater than maxSelected' }]);
    const beyond = parseDefinition(definition({ ...schedules, minSelected: 5 }));
    assert.deepEqual(!beyond.ok && beyond.problems, [{ path: 'pages[0].fields[0].minSelected', message: 'must not be greater than the number of options' }]);
    const zero = parseDefinition(definition({ ...schedules, maxSelected: 0 }));
    assert.deepEqual(!zero.ok && zero.problems.map((p) => p.path), ['pages[0].fields[0].maxSelected']);
  });
});
