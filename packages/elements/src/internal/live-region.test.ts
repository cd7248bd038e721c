import { expect, waitUntil } from '@open-wc/testing';
import { announce, liveRegionText } from './live-region.js';
import { axNode } from '../../../../test/helpers/a11y.js';

describe('page-level live region', () => {
  it('is one visually hidden polite region in the light DOM, created on first use', async () => {
    announce('Answers saved on this device');
    announce('Answers saved on this device');
    const regions = document.body.querySelectorAll(':scope > [data-sf-live-region="polite"]');
    expect(regions).to.have.length(1);
    const region = regions[0] as HTMLElement;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getBoundingClientRect().width).to.be.at.most(1);
    await waitUntil(() => liveRegionText() === 'Answers saved on this device');
    const node = await axNode(region);
    expect(node.role).to.equal('status');
  });

  it('re-announces the same message by emptying the region first', async () => {
    announce('Item removed');
    await waitUntil(() => liveRegionText() === 'Item removed');
    announce('Item removed');
    expect(liveRegionText()).to.equal('');
    await waitUntil(() => liveRegionText() === 'Item removed');
  });
});
