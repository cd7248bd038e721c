import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorSummaryTemplate, fieldTemplate, fieldsTemplate } from './templates.js';
import { errorTargetId, fieldId, parseAction } from './ids.js';
import { renderToString } from './render.js';
import { attr, has, parse, renderParsed, squash, text } from './testing/parse.js';
import type { ChoiceOptionView, FieldView } from './views.js';

// Test data: sentences stand in for what the catalogue will give; values are awkward on purpose.
const ERROR = { text: 'Enter your IIN', prefix: 'Error:' };
const AWKWARD = [`O'Brien "Jr" <b>&amp; & </textarea>`, 'Әлия Қасымова — ұлы', 'Иванов Ёжик «Ъ»', ' spaced  ', ''];

const describedBy = (html: ReturnType<typeof parse>, id: string) => (attr(html.byId(id), 'aria-describedby') ?? '').split(' ').filter(Boolean);

describe('ids', () => {
  it('makes URL-fragment-safe ids from answer paths, and reads actions back', () => {
    assert.equal(fieldId('members[1].iin'), 'members.1.iin');
    assert.equal(fieldId('iin'), 'iin');
    assert.deepEqual(parseAction('add:members'), { kind: 'add', path: 'members' });
    assert.deepEqual(parseAction('remove:members[12]'), { kind: 'remove', path: 'members', index: 12 });
    assert.deepEqual(parseAction('remove:a[0].b[3]'), { kind: 'remove', path: 'a[0].b', index: 3 });
    assert.equal(parseAction('continue'), undefined);
  });
});

describe('text field', () => {
  const view = (value: string): FieldView => ({
    kind: 'text',
    type: 'text',
    name: 'members[1].iin',
    label: 'IIN',
    hint: '12 digits',
    value,
    required: true,
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: false,
    error: ERROR,
    echo: 'Born 15 January 1990',
  });

  it('names the input by its path, labels it and describes it hint, error, echo in order', () => {
    const html = renderParsed(fieldTemplate(view('900115300013')));
    const input = html.byId('members.1.iin');
    assert.equal(input.tagName, 'input');
    assert.equal(attr(input, 'name'), 'members[1].iin');
    assert.equal(attr(input, 'type'), 'text');
    assert.equal(attr(input, 'inputmode'), 'numeric');
    assert.equal(attr(input, 'autocomplete'), 'off');
    assert.equal(attr(input, 'spellcheck'), 'false');
    assert.equal(attr(input, 'aria-invalid'), 'true');
    assert.ok(has(input, 'required'));
    const [label] = html.all('label');
    assert.equal(attr(label!, 'for'), 'members.1.iin');
    assert.equal(squash(text(label!)), 'IIN');
    assert.deepEqual(describedBy(html, 'members.1.iin'), ['members.1.iin:hint', 'members.1.iin:error', 'members.1.iin:echo']);
    assert.equal(squash(text(html.byId('members.1.iin:hint'))), '12 digits');
    const error = html.byId('members.1.iin:error');
    assert.equal(error.tagName, 'p');
    assert.equal(squash(text(error)), 'Error: Enter your IIN');
    assert.equal(attr(html.all('span').find((s) => attr(s, 'class') === 'sf-visually-hidden')!, 'class'), 'sf-visually-hidden');
    assert.equal(html.elements.filter((el) => has(el, 'role')).length, 0, 'no role="alert" on the inline error');
  });

  it('gives values back exactly as given', () => {
    for (const value of AWKWARD) {
      const input = renderParsed(fieldTemplate(view(value))).byId('members.1.iin');
      assert.equal(attr(input, 'value'), value);
    }
  });

  it('leaves out what is not given: no hint, no error, no aria-invalid before a submit', () => {
    const html = renderParsed(fieldTemplate({ kind: 'text', type: 'email', name: 'email', label: 'Email', value: '', optional: '(optional)' }));
    const input = html.byId('email');
    assert.equal(attr(input, 'type'), 'email');
    for (const name of ['aria-invalid', 'aria-describedby', 'required', 'inputmode', 'autocomplete']) assert.ok(!has(input, name), name);
    assert.equal(squash(text(html.all('label')[0]!)), 'Email (optional)');
    assert.equal(html.all('p').length, 0);
  });
});

describe('textarea', () => {
  it('holds its text exactly, hostile or multi-line, and is described by hint, limit, error', () => {
    for (const value of [...AWKWARD, '\nstarts with a line break', 'two\nlines', '</textarea><script>alert(1)</script>']) {
      const html = renderParsed(
        fieldTemplate({ kind: 'textarea', name: 'comment', label: 'Comment', hint: 'Tell us', value, rows: 5, limit: 'You can enter up to 500 characters', error: ERROR }),
      );
      const box = html.byId('comment');
      assert.equal(box.tagName, 'textarea');
      assert.equal(attr(box, 'name'), 'comment');
      assert.equal(attr(box, 'rows'), '5');
      assert.equal(text(box), value);
      assert.equal(html.all('script').length, 0);
      assert.deepEqual(describedBy(html, 'comment'), ['comment:hint', 'comment:limit', 'comment:error']);
      assert.equal(attr(html.all('label')[0]!, 'for'), 'comment');
    }
  });

  it('fills several textareas in document order, nested in reveals and items', () => {
    const box = (name: string, value: string): FieldView => ({ kind: 'textarea', name, label: name, value });
    const html = renderParsed(
      fieldsTemplate([
        box('a', 'first'),
        { kind: 'radios', name: 'r', label: 'R', value: '', options: [{ value: 'y', label: 'Y', reveals: [box('b', 'second')] }, { value: 'n', label: 'N' }] },
        { kind: 'repeatable', name: 'm', label: 'M', items: [{ heading: 'M 1', fields: [box('m[0].c', 'third')] }] },
        box('d', ''),
      ]),
    );
    assert.deepEqual(
      html.all('textarea').map((el) => [attr(el, 'name'), text(el)]),
      [
        ['a', 'first'],
        ['b', 'second'],
        ['m[0].c', 'third'],
        ['d', ''],
      ],
    );
  });
});

describe('number and money', () => {
  it('is a text box with a numeric keyboard; money has ₸ hidden and "in tenge" described', () => {
    const html = renderParsed(
      fieldTemplate({ kind: 'number', name: 'salary', label: 'Salary', hint: 'A month', value: '85 000', inputmode: 'numeric', suffix: '₸', suffixText: 'in tenge', error: ERROR, required: true }),
    );
    const input = html.byId('salary');
    assert.equal(attr(input, 'type'), 'text');
    assert.equal(attr(input, 'inputmode'), 'numeric');
    assert.equal(attr(input, 'value'), '85 000');
    assert.deepEqual(describedBy(html, 'salary'), ['salary:hint', 'salary:currency', 'salary:error']);
    assert.equal(squash(text(html.byId('salary:currency'))), 'in tenge');
    const suffix = html.elements.find((el) => attr(el, 'class') === 'sf-suffix')!;
    assert.equal(attr(suffix, 'aria-hidden'), 'true');
    // Drawn from data-symbol by the stylesheet (as the element draws it): a lone ₸ as text is
    // a colour-contrast check axe cannot decide.
    assert.equal(attr(suffix, 'data-symbol'), '₸');
    assert.equal(text(suffix), '');
  });
});

describe('date', () => {
  const parts = (day: string, month: string, year: string, invalid: string[] = []) =>
    (['day', 'month', 'year'] as const).map((part, i) => ({
      part,
      label: ['Күн', 'Ай', 'Жыл'][i]!,
      value: [day, month, year][i]!,
      autocomplete: `bday-${part}`,
      ...(invalid.includes(part) ? { invalid: true } : {}),
    }));

  it('is a fieldset with the question as legend and three labelled boxes named path.part', () => {
    const html = renderParsed(fieldTemplate({ kind: 'date', name: 'members[0].dob', label: 'Туған күні', hint: 'Мысалы, 27 3 2007', required: true, parts: parts('15', 'наурыз', '1990', ['month']), error: ERROR }));
    const [fieldset] = html.all('fieldset');
    assert.equal(attr(fieldset!, 'role'), 'group');
    assert.equal(squash(text(html.all('legend')[0]!)), 'Туған күні');
    assert.deepEqual((attr(fieldset!, 'aria-describedby') ?? '').split(' '), ['members.0.dob:hint', 'members.0.dob:error']);
    const inputs = html.all('input');
    assert.deepEqual(
      inputs.map((input) => [attr(input, 'id'), attr(input, 'name'), attr(input, 'value'), attr(input, 'autocomplete'), attr(input, 'inputmode'), attr(input, 'aria-invalid')]),
      [
        ['members.0.dob:day', 'members[0].dob.day', '15', 'bday-day', 'numeric', undefined],
        ['members.0.dob:month', 'members[0].dob.month', 'наурыз', 'bday-month', 'numeric', 'true'],
        ['members.0.dob:year', 'members[0].dob.year', '1990', 'bday-year', 'numeric', undefined],
      ],
    );
    assert.deepEqual(
      html.all('label').map((label) => [attr(label, 'for'), text(label)]),
      [
        ['members.0.dob:day', 'Күн'],
        ['members.0.dob:month', 'Ай'],
        ['members.0.dob:year', 'Жыл'],
      ],
    );
  });

  it('links the error summary to the first box in error', () => {
    assert.equal(errorTargetId({ kind: 'date', name: 'dob', label: 'D', parts: parts('1', '', '', ['month', 'year']) }), 'dob:month');
    assert.equal(errorTargetId({ kind: 'date', name: 'dob', label: 'D', parts: parts('', '', '') }), 'dob:day');
  });
});

describe('select', () => {
  it('selects exactly the chosen option, values as given', () => {
    const options = AWKWARD.filter(Boolean).map((value, i) => ({ value, label: `Option ${i}` }));
    for (const chosen of ['', ...options.map((o) => o.value)]) {
      const html = renderParsed(fieldTemplate({ kind: 'select', name: 'region', label: 'Region', placeholder: 'Select a region', options, value: chosen, required: true, error: ERROR }));
      const select = html.byId('region');
      assert.equal(attr(select, 'name'), 'region');
      assert.equal(attr(select, 'aria-required'), 'true');
      assert.equal(attr(select, 'aria-invalid'), 'true');
      assert.ok(!has(select, 'required'));
      const all = html.all('option');
      assert.deepEqual(
        all.map((o) => attr(o, 'value')),
        ['', ...options.map((o) => o.value)],
      );
      assert.deepEqual(
        all.filter((o) => has(o, 'selected')).map((o) => attr(o, 'value')),
        [chosen],
      );
      assert.equal(text(all[0]!), 'Select a region');
      assert.equal(attr(html.all('label')[0]!, 'for'), 'region');
    }
  });
});

describe('radios and checkboxes', () => {
  const options: ChoiceOptionView[] = [
    { value: 'yes "really"', label: 'Иә', hint: 'If you have one', reveals: [{ kind: 'text', type: 'text', name: 'adjustments', label: 'What adjustments?', value: 'ramp & <lift>' }] },
    { value: 'no', label: 'Жоқ' },
    { value: 'Қазақ', label: 'Қазақ' },
  ];

  it('radios: one name, the chosen one checked, labels, option hints, reveals always shown', () => {
    const html = renderParsed(fieldTemplate({ kind: 'radios', name: 'hasDisability', label: 'Do you have a disability?', hint: 'Choose one', options, value: 'yes "really"', error: ERROR }));
    const radios = html.all('input').filter((el) => attr(el, 'type') === 'radio');
    assert.deepEqual(
      radios.map((r) => [attr(r, 'name'), attr(r, 'value'), has(r, 'checked'), attr(r, 'aria-invalid')]),
      [
        ['hasDisability', 'yes "really"', true, 'true'],
        ['hasDisability', 'no', false, 'true'],
        ['hasDisability', 'Қазақ', false, 'true'],
      ],
    );
    for (const radio of radios) assert.equal(attr(html.all('label').find((l) => attr(l, 'for') === attr(radio, 'id'))!, 'for'), attr(radio, 'id'));
    assert.equal(attr(radios[0]!, 'aria-describedby'), 'hasDisability:option-0-hint');
    const [fieldset] = html.all('fieldset');
    assert.ok(!has(fieldset!, 'role'), 'a plain fieldset, not a radiogroup (A11Y.md)');
    assert.deepEqual((attr(fieldset!, 'aria-describedby') ?? '').split(' '), ['hasDisability:hint', 'hasDisability:error']);
    const reveal = html.byId('hasDisability:reveal-0');
    assert.ok(!has(reveal, 'hidden'));
    assert.equal(attr(reveal, 'aria-labelledby'), 'hasDisability:option-0-label');
    assert.equal(attr(html.named('adjustments')[0]!, 'value'), 'ramp & <lift>');
    assert.equal(errorTargetId({ kind: 'radios', name: 'hasDisability', label: '', options, value: '' }), 'hasDisability:option-0');
  });

  it('radios: none checked when there is no answer', () => {
    const html = renderParsed(fieldTemplate({ kind: 'radios', name: 'r', label: 'R', options, value: '' }));
    assert.equal(html.all('input').filter((el) => has(el, 'checked')).length, 0);
    assert.equal(html.all('input').filter((el) => has(el, 'aria-invalid')).length, 0);
  });

  it('checkboxes: every ticked value checked, the others not', () => {
    const html = renderParsed(fieldTemplate({ kind: 'checkboxes', name: 'patterns', label: 'Patterns', options, values: ['Қазақ', 'yes "really"'] }));
    const boxes = html.named('patterns');
    assert.deepEqual(
      boxes.map((b) => [attr(b, 'type'), attr(b, 'value'), has(b, 'checked')]),
      [
        ['checkbox', 'yes "really"', true],
        ['checkbox', 'no', false],
        ['checkbox', 'Қазақ', true],
      ],
    );
  });
});

describe('single checkbox', () => {
  it('is checked only when the answer is yes; aria-required, not required', () => {
    for (const checked of [true, false]) {
      const html = renderParsed(fieldTemplate({ kind: 'checkbox', name: 'consent', label: 'I agree', hint: 'We keep it 5 years', checked, required: true, error: checked ? undefined : ERROR }));
      const box = html.byId('consent');
      assert.equal(attr(box, 'type'), 'checkbox');
      assert.equal(attr(box, 'name'), 'consent');
      assert.equal(has(box, 'checked'), checked);
      assert.equal(attr(box, 'aria-required'), 'true');
      assert.ok(!has(box, 'required'));
      assert.deepEqual(describedBy(html, 'consent'), checked ? ['consent:hint'] : ['consent:hint', 'consent:error']);
      assert.equal(attr(html.all('label')[0]!, 'for'), 'consent');
    }
  });
});

describe('file', () => {
  it('is a file input with accept and multiple, aria-invalid always explicit', () => {
    const html = renderParsed(fieldTemplate({ kind: 'file', name: 'members[2].proof', label: 'Proof', accept: 'application/pdf,.png', multiple: true, required: true, files: ['cv.pdf, 120 KB'] }));
    const input = html.byId('members.2.proof');
    assert.equal(attr(input, 'type'), 'file');
    assert.equal(attr(input, 'name'), 'members[2].proof');
    assert.equal(attr(input, 'accept'), 'application/pdf,.png');
    assert.ok(has(input, 'multiple') && has(input, 'required'));
    assert.equal(attr(input, 'aria-invalid'), 'false');
    assert.equal(squash(text(html.all('li')[0]!)), 'cv.pdf, 120 KB');
  });
});

describe('fieldset and repeatable', () => {
  it('fieldset: a legend over its fields, which answer by their own names', () => {
    const html = renderParsed(
      fieldTemplate({ kind: 'fieldset', name: 'address', label: 'Registered address', hint: 'Where you live', fields: [{ kind: 'text', type: 'text', name: 'settlement', label: 'Town', value: 'Алматы' }] }),
    );
    const fieldset = html.byId('address');
    assert.equal(fieldset.tagName, 'fieldset');
    assert.equal(attr(fieldset, 'aria-describedby'), 'address:hint');
    assert.equal(squash(text(html.all('legend')[0]!)), 'Registered address');
    assert.equal(attr(html.named('settlement')[0]!, 'value'), 'Алматы');
  });

  it('repeatable: items with headings, their fields by path, Remove and Add as submit buttons', () => {
    const item = (i: number) => ({
      heading: `Household member ${i + 1}`,
      fields: [{ kind: 'text' as const, type: 'text' as const, name: `members[${i}].iin`, label: 'IIN', value: `iin-${i}` }],
      remove: { text: 'Remove', hiddenText: `household member ${i + 1}` },
    });
    const view: FieldView = { kind: 'repeatable', name: 'members', label: 'Household members', items: [item(0), item(1)], add: 'Add another household member', error: ERROR };
    const html = renderParsed(fieldTemplate(view));
    assert.deepEqual(
      html.all('input').map((el) => [attr(el, 'name'), attr(el, 'value'), attr(el, 'id')]),
      [
        ['members[0].iin', 'iin-0', 'members.0.iin'],
        ['members[1].iin', 'iin-1', 'members.1.iin'],
      ],
    );
    const buttons = html.all('button');
    assert.deepEqual(
      buttons.map((b) => [attr(b, 'type'), attr(b, 'name'), attr(b, 'value'), squash(text(b))]),
      [
        ['submit', 'action', 'remove:members[0]', 'Remove household member 1'],
        ['submit', 'action', 'remove:members[1]', 'Remove household member 2'],
        ['submit', 'action', 'add:members', 'Add another household member'],
      ],
    );
    for (const [i, group] of html.elements.filter((el) => attr(el, 'class') === 'sf-item').entries()) {
      assert.equal(attr(group, 'role'), 'group');
      assert.equal(squash(text(html.byId(attr(group, 'aria-labelledby')!))), `Household member ${i + 1}`);
    }
    assert.deepEqual((attr(html.byId('members'), 'aria-describedby') ?? '').split(' '), ['members:error']);
    assert.equal(errorTargetId(view), 'members:add');
    assert.equal(errorTargetId({ ...view, add: undefined }), 'members.0.iin');
  });
});

describe('error summary', () => {
  it('is a heading and a list of links to the controls, with no role="alert"', () => {
    const html = renderParsed(
      errorSummaryTemplate({
        title: 'There is a problem',
        items: [
          { text: 'Enter your IIN', targetId: 'members.1.iin' },
          { text: 'Enter your date of birth', targetId: 'dob:month' },
          { text: 'javascript:alert(1)', targetId: 'javascript:alert(1)' },
        ],
      }),
    );
    assert.equal(squash(text(html.all('h2')[0]!)), 'There is a problem');
    assert.deepEqual(
      html.all('a').map((a) => [attr(a, 'href'), text(a)]),
      [
        ['#members.1.iin', 'Enter your IIN'],
        ['#dob:month', 'Enter your date of birth'],
        ['#javascript:alert(1)', 'javascript:alert(1)'],
      ],
    );
    assert.equal(html.elements.filter((el) => has(el, 'role')).length, 0);
  });
});

describe('hostile definition text', () => {
  const HOSTILE = ['<script>alert(1)</script>', '" onmouseover="x', "' onfocus='x", '</textarea><img src=x onerror=alert(1)>', '<!-- x -->', '</fieldset></form><form action="//evil">'];

  /** One view of each kind, with `bad` in every text and value. */
  const views = (bad: string): FieldView[] => {
    const error = { text: bad, prefix: bad };
    const options = [
      { value: bad, label: bad, hint: bad, reveals: [{ kind: 'text' as const, type: 'text' as const, name: 'r', label: bad, value: bad }] },
      { value: 'x', label: bad },
    ];
    return [
      { kind: 'text', type: 'text', name: 'a', label: bad, hint: bad, optional: bad, value: bad, error, echo: bad },
      { kind: 'textarea', name: 'b', label: bad, hint: bad, value: bad, limit: bad, error },
      { kind: 'number', name: 'c', label: bad, value: bad, inputmode: 'numeric', suffix: bad, suffixText: bad, error },
      { kind: 'date', name: 'd', label: bad, error, parts: [{ part: 'day', label: bad, value: bad, invalid: true }] },
      { kind: 'select', name: 'e', label: bad, placeholder: bad, options: [{ value: bad, label: bad }], value: bad, error },
      { kind: 'radios', name: 'f', label: bad, options, value: bad, error },
      { kind: 'checkboxes', name: 'g', label: bad, options, values: [bad], error },
      { kind: 'checkbox', name: 'h', label: bad, hint: bad, checked: true, error },
      { kind: 'file', name: 'i', label: bad, hint: bad, accept: bad, files: [bad], error },
      { kind: 'fieldset', name: 'j', label: bad, hint: bad, fields: [] },
      { kind: 'repeatable', name: 'k', label: bad, items: [{ heading: bad, fields: [], remove: { text: bad, hiddenText: bad } }], add: bad, error },
    ];
  };

  const clean = parse(renderToString(fieldsTemplate(views('harmless'))));
  const shape = (html: ReturnType<typeof parse>) => html.elements.map((el) => `${el.tagName}[${el.attrs.map((a) => a.name).join(',')}]`);

  for (const bad of HOSTILE) {
    it(`makes no element or attribute of ${JSON.stringify(bad)}`, () => {
      const html = parse(renderToString(fieldsTemplate(views(bad))));
      // The same elements with the same attributes as harmless text gives: nothing was created.
      assert.deepEqual(shape(html), shape(clean));
      for (const el of html.elements) for (const a of el.attrs) assert.ok(!a.name.startsWith('on'), `${el.tagName} has ${a.name}`);
      assert.ok(text(html.byId('a:hint')) === bad && attr(html.byId('a'), 'value') === bad && text(html.byId('b')) === bad);
      assert.equal(squash(text(html.all('legend')[0]!)), squash(bad));
    });
  }
});
