import { expect } from '@open-wc/testing';
import { lazyTagsForUnchecked } from './element-loader.js';

describe('lazyTagsForUnchecked', () => {
  it('finds the lazily loaded controls anywhere in a definition not checked yet, and never throws', () => {
    const raw = {
      locales: ['kk', 'ru'],
      pages: [
        { fields: [{ type: 'select' }, { type: 'text' }, { type: 'radios', options: [{ reveals: [{ type: 'textarea' }] }] }] },
        { fields: [{ type: 'repeatable', fields: [{ type: 'file' }, { type: 'money' }] }] },
        { fields: [{ type: 'toString' }, { type: 42 }, null, 'junk'] },
      ],
    };
    expect([...lazyTagsForUnchecked(raw)].sort()).to.deep.equal([
      'sf-file-upload',
      'sf-language-switch',
      'sf-number-field',
      'sf-repeatable',
      'sf-select',
      'sf-textarea',
    ]);
    for (const junk of [undefined, null, 'text', 7, [], { pages: 'x' }]) expect([...lazyTagsForUnchecked(junk)]).to.deep.equal([]);
    const cyclic: Record<string, unknown> = { type: 'select' };
    cyclic.self = cyclic;
    expect([...lazyTagsForUnchecked(cyclic)]).to.deep.equal(['sf-select']);
  });
});
