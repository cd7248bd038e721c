import { expect } from '@open-wc/testing';
import { debounce } from './debounce.js';

describe('debounce', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('calls once with the last arguments after a quiet period', async () => {
    const calls: string[] = [];
    const save = debounce((value: string) => calls.push(value), 40);
    save('Ә');
    save('Әл');
    await sleep(20);
    save('Әли');
    await sleep(20);
    expect(calls).to.deep.equal([]);
    await sleep(60);
    expect(calls).to.deep.equal(['Әли']);
  });

  it('flush() runs the pending call now; cancel() drops it', async () => {
    const calls: string[] = [];
    const save = debounce((value: string) => calls.push(value), 40);
    save('a');
    save.flush();
    save.flush();
    expect(calls).to.deep.equal(['a']);
    save('b');
    save.cancel();
    await sleep(80);
    expect(calls).to.deep.equal(['a']);
  });
});
