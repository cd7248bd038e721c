import { expect, fixture, html } from '@open-wc/testing';
import '@service-forms/elements';
import type { SfForm } from '@service-forms/elements';
import type { FormDefinition } from '@service-forms/core';

const definition: FormDefinition = {
  id: 'parts',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Contact' },
  pages: [
    {
      id: 'contact',
      title: { en: 'Contact' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name' }, hint: { en: 'As in your ID card' }, required: true },
        { type: 'radios', name: 'reply', label: { en: 'Reply?' }, options: [{ value: 'yes', label: { en: 'Yes' } }, { value: 'no', label: { en: 'No' } }] },
      ],
    },
  ],
};

describe('sf-form: the fields’ parts reach the page', () => {
  it('styles the inputs, labels and hints of every field with sf-form::part(…)', async () => {
    const style = document.createElement('style');
    style.textContent = `
      sf-form.themed::part(input) { border-color: rgb(200, 0, 100); }
      sf-form.themed::part(label) { color: rgb(0, 90, 40); }
      sf-form.themed::part(hint) { color: rgb(70, 70, 70); }
      sf-form.themed::part(legend) { color: rgb(10, 20, 30); }`;
    document.head.append(style);
    try {
      const form = await fixture<SfForm>(html`<sf-form class="themed" .definition=${definition}></sf-form>`);
      await form.updateComplete;
      const text = form.shadowRoot!.querySelector('[name="fullName"]')!.shadowRoot!;
      expect(getComputedStyle(text.querySelector('[part~="input"]')!).borderTopColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(text.querySelector('[part~="label"]')!).color).to.equal('rgb(0, 90, 40)');
      expect(getComputedStyle(text.querySelector('[part~="hint"]')!).color).to.equal('rgb(70, 70, 70)');
      const radios = form.shadowRoot!.querySelector('[name="reply"]')!.shadowRoot!;
      expect(getComputedStyle(radios.querySelector('[part~="legend"]')!).color).to.equal('rgb(10, 20, 30)');
    } finally {
      style.remove();
    }
  });
});
