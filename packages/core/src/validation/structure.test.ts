import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { fieldAtPath } from '../definition/field-at-path.js';
import type { FormDefinition } from '../definition/definition-schema.js';
import { applicableFields, validatePage } from './page-structure.js';

/** A page with every structural feature: a fieldset, a conditional reveal and a repeatable. */
const definition = (): FormDefinition => ({
  id: 'assistance',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Social assistance' },
  pages: [
    {
      id: 'household',
      title: { en: 'Your household' },
      fields: [
        {
          type: 'fieldset',
          name: 'address',
          label: { en: 'Registered address' },
          fields: [
            { type: 'text', name: 'street', label: { en: 'Street and house' }, required: true },
            { type: 'text', name: 'settlement', label: { en: 'Town or village' }, required: true },
          ],
        },
        {
          type: 'radios',
          name: 'hasDisability',
          label: { en: 'Do you have a disability?' },
          required: true,
          options: [
            {
              value: 'yes',
              label: { en: 'Yes' },
              reveals: [{ type: 'radios', name: 'disabilityGroup', label: { en: 'Disability group' }, required: true, options: [
                { value: 'I', label: { en: 'Group I' } },
                { value: 'II', label: { en: 'Group II' } },
              ] }],
            },
            { value: 'no', label: { en: 'No' } },
          ],
        },
        {
          type: 'repeatable',
          name: 'members',
          label: { en: 'Household members' },
          itemLabel: { en: 'Household member' },
          max: 2,
          fields: [
            { type: 'text', name: 'iin', format: 'iin', label: { en: 'IIN' }, required: true },
            { type: 'text', name: 'relationship', label: { en: 'Relationship' } },
          ],
        },
      ],
    },
  ],
});

const page = () => definition().pages[0]!;

describe('structure: fieldsets, reveals, repeatables', () => {
  it('parses a definition that nests fields', () => {
    assert.equal(parseDefinition(definition()).ok, true);
  });

  it('a fieldset\'s fields are answered by their own names', () => {
    const result = validatePage(page(), { street: 'Abai 1', settlement: 'Kosshy', hasDisability: 'no' });
    assert.deepEqual(result, { ok: true, data: { street: 'Abai 1', settlement: 'Kosshy', hasDisability: 'no' } });
  });

  it('a hidden revealed field is neither validated nor submitted, even with a typed value', () => {
    const answers = { street: 'Abai 1', settlement: 'Kosshy', hasDisability: 'no', disabilityGroup: 'III' };
    assert.deepEqual(validatePage(page(), answers), { ok: true, data: { street: 'Abai 1', settlement: 'Kosshy', hasDisability: 'no' } });
    assert.deepEqual(applicableFields(page().fields, answers).map((f) => f.name), ['street', 'settlement', 'hasDisability', 'members']);
  });

  it('a revealed field is validated and submitted when its option is chosen', () => {
    const missing = validatePage(page(), { street: 'a', settlement: 'b', hasDisability: 'yes' });
    assert.deepEqual(missing, { ok: false, errors: [{ field: 'disabilityGroup', code: 'required', params: {} }] });
    const given = validatePage(page(), { street: 'a', settlement: 'b', hasDisability: 'yes', disabilityGroup: 'II' });
    assert.deepEqual(given, { ok: true, data: { street: 'a', settlement: 'b', hasDisability: 'yes', disabilityGroup: 'II' } });
  });

  it('a repeatable submits a list of items and names item errors by path', () => {
    const answers = {
      street: 'a',
      settlement: 'b',
      hasDisability: 'no',
      members: [{ iin: '900115300013', relationship: 'Spouse' }, { iin: '900115300014' }],
    };
    assert.deepEqual(validatePage(page(), answers), {
      ok: false,
      errors: [{ field: 'members[1].iin', code: 'iin_checksum', params: {} }],
    });
    answers.members[1]!.iin = '010228601237';
    assert.deepEqual(validatePage(page(), answers), {
      ok: true,
      data: { street: 'a', settlement: 'b', hasDisability: 'no', members: [{ iin: '900115300013', relationship: 'Spouse' }, { iin: '010228601237' }] },
    });
  });

  it('a repeatable checks its count: too many, too few, required, not a list', () => {
    const base = { street: 'a', settlement: 'b', hasDisability: 'no' };
    const three = [{ iin: '900115300013' }, { iin: '900115300013' }, { iin: '900115300013' }];
    assert.deepEqual(validatePage(page(), { ...base, members: three }), { ok: false, errors: [{ field: 'members', code: 'too_many_items', params: { max: 2 } }] });
    const def = definition();
    const members = def.pages[0]!.fields[2] as { min?: number };
    members.min = 2;
    assert.deepEqual(validatePage(def.pages[0]!, { ...base, members: [{ iin: '900115300013' }] }), { ok: false, errors: [{ field: 'members', code: 'too_few_items', params: { min: 2 } }] });
    // No item at all where some are needed reads as "required", as for any empty answer.
    assert.deepEqual(validatePage(def.pages[0]!, { ...base }), { ok: false, errors: [{ field: 'members', code: 'required', params: { min: 2 } }] });
    assert.deepEqual(validatePage(page(), { ...base, members: 'x' }), { ok: false, errors: [{ field: 'members', code: 'invalid_type', params: { expected: 'list' } }] });
  });

  it('finds a field by its answer path', () => {
    const fields = page().fields;
    assert.equal(fieldAtPath(fields, 'settlement')?.name, 'settlement');
    assert.equal(fieldAtPath(fields, 'disabilityGroup')?.name, 'disabilityGroup');
    assert.equal(fieldAtPath(fields, 'members[3].iin')?.name, 'iin');
    assert.equal(fieldAtPath(fields, 'members[0].nope'), undefined);
  });

  it('names repeated names across fieldsets and reveals, but scopes item fields', () => {
    const def = definition() as unknown as { pages: { fields: { fields?: { name: string }[]; options?: { reveals?: { name: string }[] }[] }[] }[] };
    def.pages[0]!.fields[0]!.fields![1]!.name = 'street';
    def.pages[0]!.fields[1]!.options![0]!.reveals![0]!.name = 'hasDisability';
    def.pages[0]!.fields[2]!.fields![1]!.name = 'street'; // fine: an item has its own scope
    const result = parseDefinition(def);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems, [
      { path: 'pages[0].fields[0].fields[1].name', message: 'repeats the field name "street" of pages[0].fields[0].fields[0]' },
      { path: 'pages[0].fields[1].options[0].reveals[0].name', message: 'repeats the field name "hasDisability" of pages[0].fields[1]' },
    ]);
  });

  it('names a bad type deep inside a reveal', () => {
    const def = definition() as unknown as { pages: { fields: { options?: { reveals?: { type: string }[] }[] }[] }[] };
    def.pages[0]!.fields[1]!.options![0]!.reveals![0]!.type = 'dropdown';
    const result = parseDefinition(def);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.path), ['pages[0].fields[1].options[0].reveals[0].type']);
  });
});
