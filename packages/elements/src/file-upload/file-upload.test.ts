import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import { describeAccept, formatFileSize, liveRegionText, type SfFileUpload } from '@service-forms/elements';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

interface ChosenFile {
  name: string;
  mimeType?: string;
  text?: string;
  size?: number;
  onDisk?: boolean;
}

/** Chooses files as a keyboard user does: Space on the focused file input, then the chooser. */
const choose = (...files: ChosenFile[]) => executeServerCommand('choose-files', { files });

declare global {
  interface Window {
    __sfFileTarget?: Element;
  }
}

/** Sets files on a given input through Playwright, whatever has focus. */
async function chooseOn(target: HTMLInputElement, ...files: ChosenFile[]) {
  window.__sfFileTarget = target;
  try {
    await executeServerCommand('choose-files', { files, via: 'target' });
  } finally {
    delete window.__sfFileTarget;
  }
}

const input = (control: SfFileUpload) => control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
const removeButtons = (control: SfFileUpload) => [...control.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')];
const listed = (control: SfFileUpload) => [...control.shadowRoot!.querySelectorAll('.file-text')].map((item) => item.textContent!.trim());
const errorText = (control: SfFileUpload) => control.shadowRoot!.querySelector('.error')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;
const names = (form: HTMLFormElement) =>
  new FormData(form)
    .getAll('answer')
    .map((entry) => (entry instanceof File ? entry.name : `(not a file: ${entry})`))
    .join(', ');

const MB = 1024 * 1024;
const pdf: ChosenFile = { name: 'payslip.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 payslip' };

const restoreState = new FormData();
restoreState.append('answer', new File(['%PDF-1.4'], 'restored.pdf', { type: 'application/pdf' }));

runFormControlSuite<SfFileUpload>({
  tag: 'sf-file-upload',
  // Files have no default value (a reset clears the list), so `value` is not used.
  render: ({ disabled }) =>
    html`<sf-file-upload
      name="answer"
      label="Proof of income"
      hint="A PDF or a photo of your payslip, up to 5 MB"
      accept="application/pdf,image/jpeg,.png"
      max-size-bytes="5242880"
      required
      ?disabled=${disabled}
    ></sf-file-upload>`,
  label: 'Proof of income',
  hint: 'A PDF or a photo of your payslip, up to 5 MB',
  namedRole: 'button',
  namedNode: (control) => input(control),
  stateNode: (control) => input(control),
  fill: async () => {
    await choose(pdf);
  },
  formValue: names,
  filledValue: 'payslip.pdf',
  defaultValue: '',
  restoreState,
  restoredValue: 'restored.pdf',
  requiredMessage: 'Select a file for: Proof of income',
  exposesRequired: false,
  submitsOnEnter: false,
});

async function mount(attributes: { multiple?: boolean; maxFiles?: number } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <sf-file-upload
      name="answer"
      label="Proof of income"
      accept="application/pdf,image/jpeg,.png"
      max-size-bytes=${5 * MB}
      ?multiple=${attributes.multiple}
      max-files=${attributes.maxFiles ?? 5}
      required
    ></sf-file-upload>
  </form>`);
  const control = form.querySelector('sf-file-upload')!;
  await control.updateComplete;
  control.focus();
  return { form, control };
}

describe('sf-file-upload', () => {
  it('passes accept and multiple to the native input and lists each file with its size', async () => {
    const { control } = await mount({ multiple: true });
    expect(input(control).accept).to.equal('application/pdf,image/jpeg,.png');
    expect(input(control).multiple).to.equal(true);
    await choose({ name: 'report.pdf', mimeType: 'application/pdf', size: Math.round(1.2 * MB) }, { name: 'photo.png', mimeType: 'image/png', size: 340 * 1024 });
    await control.updateComplete;
    expect(listed(control)).to.deep.equal(['report.pdf, 1.2 MB', 'photo.png, 340 kB']);
    // The native input shows the same files as the list.
    expect((await axNode(input(control))).value).to.equal('2 files');
    expect(errorText(control)).to.equal(null);
  });

  it('refuses a file type at once: inline error, invalid, announced, file kept to be removed', async () => {
    const { form, control } = await mount();
    await choose({ name: 'setup.exe', mimeType: 'application/x-msdownload', text: 'MZ' });
    await control.updateComplete;
    const message = 'setup.exe must be a PDF, JPG or PNG';
    expect(errorText(control)).to.equal(`Error: ${message}`);
    const node = await axNode(input(control));
    expect(node.invalid).to.equal('true');
    expect(node.description).to.equal(`Error: ${message}`);
    expect(control.matches(':state(user-invalid)')).to.equal(true);
    expect(control.validity.customError).to.equal(true);
    expect(control.validationMessage).to.equal(message);
    expect(listed(control)).to.deep.equal(['setup.exe, 2 bytes']);
    expect(control.shadowRoot!.querySelector('.file')!.classList.contains('file--refused')).to.equal(true);
    await waitUntil(() => liveRegionText() === `Error: ${message}`, 'the refusal is announced');
    await expectAccessible(form);
  });

  it('refuses a file larger than the limit, and accepts one exactly at it', async function () {
    // Two files of 5 MB pass through the browser's file chooser: slow on a busy machine.
    this.timeout(30000);
    const { control } = await mount();
    await choose({ name: 'scan.jpg', mimeType: 'image/jpeg', size: 5 * MB + 1 });
    await control.updateComplete;
    expect(errorText(control)).to.equal('Error: scan.jpg must be smaller than 5 MB');
    expect(input(control).getAttribute('aria-invalid')).to.equal('true');
    input(control).focus();
    await choose({ name: 'scan.jpg', mimeType: 'image/jpeg', size: 5 * MB });
    await control.updateComplete;
    // Without `multiple` a new choice replaces the file.
    expect(listed(control)).to.deep.equal(['scan.jpg, 5 MB']);
    expect(errorText(control)).to.equal(null);
    expect(input(control).getAttribute('aria-invalid')).to.equal('false');
    expect(control.checkValidity()).to.equal(true);
  });

  it('refuses an empty file', async () => {
    const { control } = await mount();
    await choose({ name: 'blank.pdf', mimeType: 'application/pdf', text: '' });
    await control.updateComplete;
    expect(errorText(control)).to.equal('Error: blank.pdf is empty: choose another file');
  });

  it('adds to the list when multiple, lists the same file once, and refuses too many files', async () => {
    const { form, control } = await mount({ multiple: true, maxFiles: 2 });
    const a = { name: 'a.pdf', text: '%PDF a', onDisk: true };
    const b = { name: 'b.pdf', text: '%PDF bb', onDisk: true };
    await choose(a);
    await control.updateComplete;
    input(control).focus();
    await choose(b, a);
    await control.updateComplete;
    expect(listed(control)).to.deep.equal(['a.pdf, 6 bytes', 'b.pdf, 7 bytes']);
    expect(errorText(control)).to.equal(null);
    input(control).focus();
    await choose({ name: 'c.pdf', text: '%PDF c', onDisk: true });
    await control.updateComplete;
    expect(names(form)).to.equal('a.pdf, b.pdf, c.pdf');
    expect(errorText(control)).to.equal('Error: You can choose up to 2 files for proof of income');
    expect(control.checkValidity()).to.equal(false);
  });

  it('names each Remove button, keeps it at least 24 by 24 px, and moves focus sensibly after removing', async () => {
    const { form, control } = await mount({ multiple: true });
    await choose(
      { name: 'one.pdf', mimeType: 'application/pdf', text: '1' },
      { name: 'two.pdf', mimeType: 'application/pdf', text: '22' },
      { name: 'three.pdf', mimeType: 'application/pdf', text: '333' },
    );
    await control.updateComplete;
    const buttons = removeButtons(control);
    const buttonNames: string[] = [];
    for (const button of buttons) buttonNames.push((await axNode(button)).name);
    expect(buttonNames).to.deep.equal([
      'Remove one.pdf',
      'Remove two.pdf',
      'Remove three.pdf',
    ]);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }

    // Keyboard only: Tab from the file input to the first Remove button, then Enter.
    input(control).focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(buttons[0]);
    await sendKeys({ press: 'Enter' });
    await control.updateComplete;
    expect(names(form)).to.equal('two.pdf, three.pdf');
    // The next file's Remove button.
    expect((await axNode(deepActiveElement()!)).name).to.equal('Remove two.pdf');
    await waitUntil(() => liveRegionText() === 'one.pdf removed', 'the removal is announced');

    // The last file in the list: no next one, so focus goes back to the file input.
    removeButtons(control)[1]!.focus();
    await sendKeys({ press: 'Space' });
    await control.updateComplete;
    expect(deepActiveElement()).to.equal(input(control));
    expect(names(form)).to.equal('two.pdf');
    await waitUntil(() => liveRegionText() === 'three.pdf removed', 'the second removal is announced');

    await sendKeys({ press: 'Tab' });
    expect((await axNode(deepActiveElement()!)).name).to.equal('Remove two.pdf');
    await sendKeys({ press: 'Enter' });
    await control.updateComplete;
    expect(deepActiveElement()).to.equal(input(control));
    expect(names(form)).to.equal('');
    expect(listed(control)).to.deep.equal([]);
    await waitUntil(() => liveRegionText() === 'two.pdf removed', 'the last removal is announced');
    expect((await axNode(input(control))).value).to.equal('No file chosen');
  });

  it('removing the refused file clears the error', async () => {
    const { control } = await mount({ multiple: true });
    await choose(pdf, { name: 'virus.exe', mimeType: 'application/x-msdownload', text: 'MZ' });
    await control.updateComplete;
    expect(errorText(control)).to.equal('Error: virus.exe must be a PDF, JPG or PNG');
    removeButtons(control)[1]!.click();
    await control.updateComplete;
    expect(errorText(control)).to.equal(null);
    expect(listed(control)).to.deep.equal(['payslip.pdf, 16 bytes']);
    expect(control.checkValidity()).to.equal(true);
  });

  it('puts the File objects themselves into FormData, one entry per file, and fires change', async () => {
    const { form, control } = await mount({ multiple: true });
    let changes = 0;
    control.addEventListener('change', () => changes++);
    await chooseOn(input(control), pdf, { name: 'photo.jpg', mimeType: 'image/jpeg', text: 'JFIF' });
    await control.updateComplete;
    expect(changes).to.equal(1);
    const entries = new FormData(form).getAll('answer');
    expect(entries).to.have.length(2);
    expect(entries[0]).to.equal(control.files[0]);
    expect(entries[1]).to.equal(control.files[1]);
    const first = entries[0] as File;
    expect([first.name, first.type, await first.text()]).to.deep.equal(['payslip.pdf', 'application/pdf', '%PDF-1.4 payslip']);
    expect(control.answer[1]).to.equal(control.files[1]);
    removeButtons(control)[0]!.click();
    await control.updateComplete;
    expect(changes).to.equal(2);
  });

  it('clears the list on reset, and submits nothing while disabled', async () => {
    const { form, control } = await mount({ multiple: true });
    await choose(pdf);
    await control.updateComplete;
    control.disabled = true;
    await control.updateComplete;
    expect(new FormData(form).has('answer')).to.equal(false);
    expect(removeButtons(control)[0]!.disabled).to.equal(true);
    control.disabled = false;
    await control.updateComplete;
    expect(names(form)).to.equal('payslip.pdf');
    form.reset();
    await control.updateComplete;
    expect(control.files).to.deep.equal([]);
    expect(input(control).files!.length).to.equal(0);
    expect(new FormData(form).has('answer')).to.equal(false);
  });

  it('takes files through the files property, keeping the objects', async () => {
    const { form, control } = await mount({ multiple: true });
    const file = new File(['%PDF'], 'earlier.pdf', { type: 'application/pdf' });
    control.files = [file];
    await control.updateComplete;
    expect(control.files[0]).to.equal(file);
    expect(listed(control)).to.deep.equal(['earlier.pdf, 4 bytes']);
    expect(new FormData(form).get('answer')).to.equal(file);
    expect(input(control).files![0]!.name).to.equal('earlier.pdf');
  });

  it('formats sizes and accept lists for people', () => {
    expect(formatFileSize(0)).to.equal('0 bytes');
    expect(formatFileSize(1)).to.equal('1 byte');
    expect(formatFileSize(1023)).to.equal('1,023 bytes');
    expect(formatFileSize(1024)).to.equal('1 kB');
    expect(formatFileSize(5 * MB)).to.equal('5 MB');
    expect(formatFileSize(1.5 * 1024 * MB)).to.equal('1.5 GB');
    expect(describeAccept(['application/pdf'])).to.equal('PDF');
    expect(describeAccept(['image/jpeg', '.jpg', '.jpeg', '.png'])).to.equal('JPG or PNG');
    expect(describeAccept(['application/pdf', 'image/*'])).to.equal('PDF or picture');
    expect(describeAccept(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/x-7z-compressed'])).to.equal('DOCX or 7Z-COMPRESSED');
  });
});
