import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { liveRegionText, type SfTextarea } from '@service-forms/elements';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, expectAccessible } from '../../../../test/helpers/a11y.js';

const box = (control: SfTextarea) => control.shadowRoot!.querySelector('textarea')!;
const countText = (control: SfTextarea) => control.shadowRoot!.querySelector<HTMLElement>('.count')?.textContent!.trim() ?? null;
const inlineError = (control: SfTextarea) => control.shadowRoot!.querySelector('.error')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;

runFormControlSuite<SfTextarea>({
  tag: 'sf-textarea',
  render: ({ disabled, value }) =>
    html`<sf-textarea name="answer" label="Your feedback" hint="Do not include personal details." maxlength="200" required ?disabled=${disabled} value=${value ?? ''}></sf-textarea>`,
  label: 'Your feedback',
  // The description is the hint, then the limit; the count itself is hidden from screen readers.
  hint: 'Do not include personal details. You can enter up to 200 characters',
  namedRole: 'textbox',
  namedNode: box,
  stateNode: box,
  fill: async () => {
    // A textarea keeps its caret on focus (no select-all as in a one-line box): replace the text.
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: 'Faster replies, please' });
  },
  filledValue: 'Faster replies, please',
  defaultValue: 'Longer opening hours',
  restoreState: 'Line one\nLine two',
  restoredValue: 'Line one\nLine two',
  requiredMessage: 'Enter your feedback',
  submitsOnEnter: false,
});

/** Empties the page-level live region, so each test hears only its own announcements. */
function clearLiveRegions(): void {
  for (const region of document.querySelectorAll('[data-sf-live-region]')) region.remove();
}

/** Every non-empty text the polite live region is filled with, in order. */
function recordAnnouncements(): { texts: string[]; stop(): void } {
  // Every change of the region's text; announce() empties it before each fill.
  const texts: string[] = [];
  let last = '';
  const observer = new MutationObserver(() => {
    const text = liveRegionText();
    if (text !== last) texts.push(text);
    last = text;
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return {
    get texts() {
      return texts.filter(Boolean);
    },
    stop: () => observer.disconnect(),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sf-textarea: the count', () => {
  it('says exactly how many characters remain or are too many, plural-correct', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="20"></sf-textarea>`);
    expect(countText(control)).to.equal('You have 20 characters remaining');
    control.focus();
    await sendKeys({ type: 'Қазақ' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 15 characters remaining');
    await sendKeys({ type: ' тілі бар ма' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 3 characters remaining');
    await sendKeys({ type: 'ыңы' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 0 characters remaining');
    await sendKeys({ type: 'з' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 1 character too many');
    expect(control.shadowRoot!.querySelector('.count')!.classList.contains('count--over')).to.equal(true);
    await sendKeys({ type: '??' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 3 characters too many');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 1 character remaining');
    expect(control.shadowRoot!.querySelector('.count')!.classList.contains('count--over')).to.equal(false);
  });

  it('counts an emoji as one character and a line break as one', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="10"></sf-textarea>`);
    control.focus();
    await sendKeys({ type: '😀a' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'b' });
    await control.updateComplete;
    expect(box(control).value).to.equal('😀a\nb');
    expect(control.count).to.equal(4);
    expect(countText(control)).to.equal('You have 6 characters remaining');
  });

  it('counts words with maxwords', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Summary" maxwords="3"></sf-textarea>`);
    expect(countText(control)).to.equal('You have 3 words remaining');
    control.focus();
    await sendKeys({ type: 'one two' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 1 word remaining');
    await sendKeys({ type: ' three four' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 1 word too many');
    await sendKeys({ type: ' five' });
    await control.updateComplete;
    expect(countText(control)).to.equal('You have 2 words too many');
  });

  it('hides the count from screen readers and describes the limit once instead', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="500"></sf-textarea>`);
    expect(control.shadowRoot!.querySelector('.count')!.getAttribute('aria-hidden')).to.equal('true');
    const node = await axNode(box(control));
    expect(node.name).to.equal('Comment');
    expect(node.description).to.equal('You can enter up to 500 characters');
    control.focus();
    await sendKeys({ type: 'Hello' });
    expect((await axNode(box(control))).description).to.equal('You can enter up to 500 characters');

    const words = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Summary" hint="A few lines." maxwords="1"></sf-textarea>`);
    expect((await axNode(box(words))).description).to.equal('A few lines. You can enter up to 1 word');
    expect(countText(words)).to.equal('You have 1 word remaining');
  });

  it('reads an empty or zero limit as none', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="" maxwords="0"></sf-textarea>`);
    expect(control.maxLength).to.equal(undefined);
    expect(control.maxWords).to.equal(undefined);
    expect(control.shadowRoot!.querySelector('.count')).to.equal(null);
  });

  it('has no count and no limit description without a limit', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" hint="Optional."></sf-textarea>`);
    expect(control.shadowRoot!.querySelector('.count')).to.equal(null);
    expect((await axNode(box(control))).description).to.equal('Optional.');
    expect(box(control).rows).to.equal(5);
  });
});

describe('sf-textarea: announcements through the page-level live region', () => {
  beforeEach(clearLiveRegions);
  afterEach(clearLiveRegions);

  it('says nothing for a short text, even after a pause', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="20"></sf-textarea>`);
    const record = recordAnnouncements();
    control.focus();
    await sendKeys({ type: 'Short text' }); // 10 of 20: under the 75% threshold
    await pause(1500);
    record.stop();
    expect(record.texts).to.deep.equal([]);
    expect(liveRegionText()).to.equal('');
  });

  it('near the limit, announces the count once, about a second after typing stops', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="20"></sf-textarea>`);
    const record = recordAnnouncements();
    control.focus();
    await sendKeys({ type: 'Sixteen letters!' });
    const typed = performance.now();
    // Not while typing: the first keystrokes past the threshold said nothing.
    expect(liveRegionText()).to.equal('');
    await waitUntil(() => liveRegionText() === 'You have 4 characters remaining', 'the count is announced', { timeout: 3000 });
    // The timer started at the last key, a little before sendKeys returned: allow for that.
    expect(performance.now() - typed).to.be.greaterThan(600);
    // No second announcement of the same count.
    await pause(1500);
    record.stop();
    expect(record.texts).to.deep.equal(['You have 4 characters remaining']);
    // The region is in the light DOM of the page, not inside the control.
    expect(document.body.querySelector(':scope > [data-sf-live-region="polite"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(control.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
  });

  it('over the limit, announces how many are too many; paste is never blocked', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="20"></sf-textarea>`);
    const record = recordAnnouncements();
    control.focus();
    // A paste goes through the editing pipeline as one insertion, as insertText does here.
    document.execCommand('insertText', false, 'This pasted text is far too long');
    await control.updateComplete;
    expect(box(control).hasAttribute('maxlength')).to.equal(false);
    expect(control.value).to.equal('This pasted text is far too long');
    expect(countText(control)).to.equal('You have 12 characters too many');
    await waitUntil(() => liveRegionText() === 'You have 12 characters too many', 'the excess is announced', { timeout: 3000 });
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => liveRegionText() === 'You have 11 characters too many', 'the new excess is announced', { timeout: 3000 });
    record.stop();
    expect(record.texts).to.deep.equal(['You have 12 characters too many', 'You have 11 characters too many']);
  });

  it('speaks once per pause however many keys were pressed, and follows the threshold', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" maxlength="100" threshold="10"></sf-textarea>`);
    const record = recordAnnouncements();
    control.focus();
    for (const word of ['Ten chars ', 'and more ', 'still typing']) {
      await sendKeys({ type: word });
      await pause(300);
    }
    await waitUntil(() => liveRegionText() !== '', 'an announcement', { timeout: 3000 });
    await pause(1200);
    record.stop();
    expect(record.texts).to.deep.equal(['You have 69 characters remaining']);
  });

  it('drops a pending announcement when the person leaves the box', async () => {
    const wrapper = await fixture(html`<div><sf-textarea name="c" label="Comment" maxlength="20"></sf-textarea><button type="button">Next</button></div>`);
    const control = wrapper.querySelector('sf-textarea')!;
    control.focus();
    await sendKeys({ type: 'Nearly twenty chars' });
    await sendKeys({ press: 'Tab' });
    await pause(1500);
    expect(liveRegionText()).to.equal('');
  });
});

describe('sf-textarea: validation', () => {
  it('too_long after a submit: exact message, description and validity', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-textarea name="c" label="Your feedback" maxlength="5"></sf-textarea></form>`);
    const control = form.querySelector('sf-textarea')!;
    control.focus();
    await sendKeys({ type: 'Abcdefg' });
    expect(control.value).to.equal('Abcdefg');
    expect(inlineError(control)).to.equal(null);
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationError).to.deep.equal({ field: 'c', code: 'too_long', params: { max: 5 } });
    expect(control.validity.tooLong).to.equal(true);
    expect(inlineError(control)).to.equal('Error: Your feedback must be 5 characters or fewer');
    const node = await axNode(box(control));
    expect(node.description).to.equal('You can enter up to 5 characters Error: Your feedback must be 5 characters or fewer');
    expect(node.invalid).to.equal('true');
    await expectAccessible(form);
  });

  it('too_many_words after a submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-textarea name="c" label="Summary" maxwords="2"></sf-textarea></form>`);
    const control = form.querySelector('sf-textarea')!;
    control.value = 'one two three';
    await control.updateComplete;
    form.requestSubmit();
    await control.updateComplete;
    expect(control.validationError).to.deep.equal({ field: 'c', code: 'too_many_words', params: { max: 2 } });
    expect(inlineError(control)).to.equal('Error: Summary must be 2 words or fewer');
    expect((await axNode(box(control))).description).to.equal('You can enter up to 2 words Error: Summary must be 2 words or fewer');
  });

  it('required: a blank answer is missing; the definition’s own message wins', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" required></sf-textarea>`);
    control.value = ' \n ';
    await control.updateComplete;
    expect(control.validity.valueMissing).to.equal(true);
    expect(control.validationMessage).to.equal('Enter comment');
    control.messages = { required: 'Tell us what went wrong' };
    await control.updateComplete;
    expect(control.validationMessage).to.equal('Tell us what went wrong');
  });

  it('carries rows and autocomplete to the native textarea; Enter adds a line', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sf-textarea name="c" label="Address" rows="3" autocomplete="street-address"></sf-textarea></form>`);
    const control = form.querySelector('sf-textarea')!;
    expect(box(control).rows).to.equal(3);
    expect(box(control).getAttribute('autocomplete')).to.equal('street-address');
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    control.focus();
    await sendKeys({ type: 'Line one' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Line two' });
    expect(control.value).to.equal('Line one\nLine two');
    expect(submits).to.equal(0);
  });

  it('is accessible near and over the limit, with a hint', async () => {
    const control = await fixture<SfTextarea>(html`<sf-textarea name="c" label="Comment" hint="Optional." maxlength="10" value="Twelve chars"></sf-textarea>`);
    expect(countText(control)).to.equal('You have 2 characters too many');
    await expectAccessible(control);
  });
});
