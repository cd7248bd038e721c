import { expect, fixture, html } from '@open-wc/testing';
import '@service-forms/elements';
import type { SfErrorSummary, SfTextField } from '@service-forms/elements';
import { deepActiveElement, expectAccessible, axNode } from '../../../../test/helpers/a11y.js';

describe('sf-error-summary', () => {
  it('focuses its box, lists links with hrefs, and a link focuses the control', async () => {
    const page = await fixture(html`<div>
      <sf-error-summary></sf-error-summary>
      <sf-text-field id="full-name" name="fullName" label="Full name" error="Enter your full name"></sf-text-field>
    </div>`);
    const summary = page.querySelector<SfErrorSummary>('sf-error-summary')!;
    const field = page.querySelector<SfTextField>('sf-text-field')!;
    summary.items = [{ message: 'Enter your full name', target: field }, { message: 'Something went wrong' }];
    await summary.updateComplete;
    summary.focus();
    const box = summary.shadowRoot!.querySelector('.summary')!;
    expect(deepActiveElement()).to.equal(box);
    const heading = summary.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('There is a problem');
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#full-name', '#']);
    expect((await axNode(links[0]!)).name).to.equal('Enter your full name');
    links[0]!.click();
    expect(deepActiveElement()).to.equal(field.shadowRoot!.querySelector('input'));
    await expectAccessible(page);
  });

  it('takes a heading of its own', async () => {
    const summary = await fixture<SfErrorSummary>(html`<sf-error-summary heading="Check your answers"></sf-error-summary>`);
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('Check your answers');
  });
});
