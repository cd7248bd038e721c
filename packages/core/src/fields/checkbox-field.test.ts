import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDefinition } from '../definition/parse-definition.js';
import { validateField } from '../validation/validate-field.js';
import { validatePage } from '../validation/page-structure.js';
import type { CheckboxField } from './checkbox-field.js';

const consent: CheckboxField = {
  type: 'checkbox',
  name: 'consent',
  label: { en: 'I agree that the ministry may process my personal data for this application' },
  hint: { en: 'Your data is stored in Kazakhstan and shared only with the employment centre.' },
  required: true,
};

const page = (fields: CheckboxField[]) => ({ id: 'consent', title: { en: 'Consent' }, fields });

describe('checkbox field', () => {
  it('submits true when ticked', () => {
    assert.deepEqual(validateField(consent, true), { ok: true, value: true });
    assert.deepEqual(validatePage(page([consent]), { consent: true }), { ok: true, data: { consent: true } });
  });

  it('must be ticked when required (code required)', () => {
    for (const unticked of [false, undefined, null, '']) {
      assert.deepEqual(validateField(consent, unticked), { ok: false, error: { field: 'consent', code: 'required', params: {} } });
    }
  });

  it('leaves an unticked optional box out of the answers', () => {
    const optional = { ...consent, name: 'newsletter', required: false };
    assert.deepEqual(validateField(optional, false), { ok: true, value: undefined });
    assert.deepEqual(validatePage(page([optional]), { newsletter: false }), { ok: true, data: {} });
  });

  it('refuses anything but a boolean (code invalid_type), even text that looks like yes', () => {
    for (const wrong of ['on', 'true', 1, ['on'], {}]) {
      assert.deepEqual(validateField(consent, wrong), { ok: false, error: { field: 'consent', code: 'invalid_type', params: { expected: 'boolean' } } });
    }
  });

  it('is part of the definition format, and has no default that could pre-tick it', () => {
    const definition = { id: 'f', version: '1.0.0', locales: ['en'], title: { en: 'F' }, pages: [page([consent])] };
    const result = parseDefinition(definition);
    assert.equal(result.ok, true);
    assert.deepEqual(result.ok && result.definition.pages[0]!.fields[0], consent);
    const preTicked = structuredClone(definition) as { pages: { fields: Record<string, unknown>[] }[] };
    preTicked.pages[0]!.fields[0]!.checked = true;
    const refused = parseDefinition(preTicked);
    assert.deepEqual(!refused.ok && refused.problems, [{ path: 'pages[0].fields[0]', message: 'has unknown key "checked"' }]);
  });
});
