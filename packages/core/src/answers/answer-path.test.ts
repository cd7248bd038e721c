import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FieldDefinition } from '../fields/field-registry.js';
import { fieldAtPath, fieldsInScope } from '../definition/field-at-path.js';
import { walkFields } from '../definition/walk-fields.js';
import { formatAnswerPath, getAnswer, isFieldPath, listAnswerPaths, parseAnswerPath, setAnswer } from './answer-path.js';

const test = { timeout: 10_000 };
const en = (text: string) => ({ en: text });
const fields: FieldDefinition[] = [
  { type: 'text', name: 'fullName', label: en('Full name') },
  { type: 'fieldset', name: 'address', label: en('Address'), fields: [{ type: 'text', name: 'city', label: en('City') }] },
  {
    type: 'radios',
    name: 'employed',
    label: en('Employed?'),
    options: [{ value: 'yes', label: en('Yes'), reveals: [{ type: 'text', name: 'employer', label: en('Employer') }] }, { value: 'no', label: en('No') }],
  },
  { type: 'repeatable', name: 'members', label: en('Members'), itemLabel: en('Member'), fields: [{ type: 'text', name: 'iin', label: en('IIN') }] },
];

describe('answer paths', () => {
  it('parse and format each other', test, () => {
    assert.deepEqual(parseAnswerPath('members[1].iin'), ['members', 1, 'iin']);
    assert.deepEqual(parseAnswerPath('members[12]'), ['members', 12]);
    assert.deepEqual(parseAnswerPath('iin'), ['iin']);
    assert.equal(formatAnswerPath(['members', 1, 'iin']), 'members[1].iin');
    assert.equal(formatAnswerPath(parseAnswerPath('a[0].b[3].c')!), 'a[0].b[3].c');
  });

  it('refuse what is not a path', test, () => {
    for (const bad of ['', '.iin', 'iin.', 'members[x].iin', 'members[1]iin', '__proto__', '1abc', 'a..b', 'a[1][2]', 'a b']) {
      assert.equal(parseAnswerPath(bad), undefined, bad);
    }
  });

  it('tell a field path from an item path', test, () => {
    assert.equal(isFieldPath(['members', 1, 'iin']), true);
    assert.equal(isFieldPath(['iin']), true);
    assert.equal(isFieldPath(['members', 1]), false);
    assert.equal(isFieldPath(['members', 'iin']), false);
  });

  it('get and set answers, making items on the way, never reading inherited properties', test, () => {
    const answers: Record<string, unknown> = {};
    setAnswer(answers, 'members[0].iin', '850703400420');
    setAnswer(answers, 'members[1].iin', '900115300013');
    setAnswer(answers, 'fullName', 'Әлия');
    assert.deepEqual(answers, { members: [{ iin: '850703400420' }, { iin: '900115300013' }], fullName: 'Әлия' });
    assert.equal(getAnswer(answers, 'members[1].iin'), '900115300013');
    assert.deepEqual(getAnswer(answers, 'members[1]'), { iin: '900115300013' });
    assert.equal(getAnswer(answers, 'members[2].iin'), undefined);
    assert.equal(getAnswer(answers, 'constructor'), undefined);
    assert.equal(getAnswer(answers, 'not a path'), undefined);
    setAnswer(answers, 'not a path', 1);
    assert.equal(Object.keys(answers).length, 2);
  });

  it('list every answer with its field, into repeated items', test, () => {
    const listed = listAnswerPaths(fields, { fullName: 'A', city: 'Almaty', members: [{ iin: '1', nickname: 'x' }], extra: 1 });
    assert.deepEqual(
      listed.map(({ path, field }) => [path, field?.name]),
      [['fullName', 'fullName'], ['city', 'city'], ['members', 'members'], ['members[0].iin', 'iin'], ['members[0].nickname', undefined], ['extra', undefined]],
    );
  });
});

describe('the field tree', () => {
  it('walks fieldsets and revealed fields on one level, not into repeated items', test, () => {
    assert.deepEqual(fieldsInScope(fields).map((field) => field.name), ['fullName', 'city', 'employed', 'employer', 'members']);
    const seen: string[] = [];
    walkFields<string>(fields, (field, parent, option) => {
      seen.push(`${parent ?? '-'}/${option?.value ?? '-'}/${field.name}`);
      return field.name;
    });
    assert.deepEqual(seen, ['-/-/fullName', '-/-/address', 'address/-/city', '-/-/employed', 'employed/yes/employer', '-/-/members']);
  });

  it('finds the field an answer path names', test, () => {
    assert.equal(fieldAtPath(fields, 'members[1].iin')?.name, 'iin');
    assert.equal(fieldAtPath(fields, 'members')?.name, 'members');
    assert.equal(fieldAtPath(fields, 'employer')?.name, 'employer');
    assert.equal(fieldAtPath(fields, 'fullName.iin'), undefined);
    assert.equal(fieldAtPath(fields, 'iin'), undefined);
  });
});
