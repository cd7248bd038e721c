import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@service-forms/elements';
import type { SfErrorSummary, SfFileUpload, SfForm, SfSubmitEvent } from '@service-forms/elements';
import { MemoryAdapter, MemoryDraftStore } from '@service-forms/adapters';
import type { FormDefinition, SubmissionEnvelope } from '@service-forms/core';
import { axNode, deepActiveElement, expectAccessible } from '../../../../test/helpers/a11y.js';

/** A file field in `sf-form`: files travel in `envelope.files`, never in the JSON answers. */

const definition = (required = true): FormDefinition => ({
  id: 'assistance',
  version: '1.0.0',
  locales: ['en'],
  title: { en: 'Targeted social assistance' },
  pages: [
    {
      id: 'income',
      title: { en: 'Income' },
      fields: [
        { type: 'text', name: 'fullName', label: { en: 'Full name' }, required: true },
        {
          type: 'file',
          name: 'proof',
          label: { en: 'Proof of income' },
          hint: { en: 'A PDF or a photo, up to 5 MB' },
          required,
          accept: ['application/pdf', 'image/jpeg'],
          maxSizeBytes: 5 * 1024 * 1024,
          multiple: true,
          maxFiles: 3,
        },
      ],
    },
  ],
});

async function render(input: FormDefinition, adapter: MemoryAdapter) {
  const form = await fixture<SfForm>(html`<sf-form .definition=${input} .adapter=${adapter}></sf-form>`);
  await form.updateComplete;
  const root = form.shadowRoot!;
  const upload = root.querySelector<SfFileUpload>('sf-file-upload')!;
  await upload.updateComplete;
  return { form, root, upload };
}

async function fillName(root: ShadowRoot) {
  root.querySelector<HTMLElement>('[name="fullName"]')!.focus();
  await sendKeys({ type: 'Әлия Қайратқызы' });
}

describe('sf-form with a file field', () => {
  it('sends the chosen File objects in envelope.files and leaves them out of the answers', async () => {
    const adapter = new MemoryAdapter();
    const { form, root, upload } = await render(definition(), adapter);
    expect(upload.id).to.equal('sf-field-proof');
    expect(upload.multiple).to.equal(true);
    expect(upload.accept).to.equal('application/pdf,image/jpeg');
    await fillName(root);
    upload.focus();
    await executeServerCommand('choose-files', {
      files: [
        { name: 'payslip.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 payslip' },
        { name: 'letter.jpg', mimeType: 'image/jpeg', text: 'JFIF letter' },
      ],
    });
    await upload.updateComplete;
    const chosen = upload.files;
    expect(chosen.map((file) => file.name)).to.deep.equal(['payslip.pdf', 'letter.jpg']);

    let envelope: SubmissionEnvelope | undefined;
    form.addEventListener('sf-submit', (event) => (envelope = (event as SfSubmitEvent).envelope));
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => adapter.submissions.length === 1, 'the adapter receives the submission');

    expect(envelope!.answers).to.deep.equal({ fullName: 'Әлия Қайратқызы' });
    expect(Object.keys(envelope!.files)).to.deep.equal(['proof']);
    // The very File objects the person chose, not copies and not their contents as text.
    expect(envelope!.files.proof).to.have.length(2);
    expect(envelope!.files.proof![0]).to.equal(chosen[0]);
    expect(envelope!.files.proof![1]).to.equal(chosen[1]);
    expect(envelope!.files.proof![0]).to.be.instanceOf(File);
    expect(JSON.stringify(envelope!.answers)).not.to.contain('payslip');
    const stored = adapter.submissions[0]!;
    expect(stored.files.proof![1]).to.be.instanceOf(File);
    expect(await stored.files.proof![1]!.text()).to.equal('JFIF letter');
  });

  it('sends no files entry for an optional file field left empty', async () => {
    const adapter = new MemoryAdapter();
    const { root } = await render(definition(false), adapter);
    await fillName(root);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => adapter.submissions.length === 1, 'the adapter receives the submission');
    expect(adapter.submissions[0]!.answers).to.deep.equal({ fullName: 'Әлия Қайратқызы' });
    expect(adapter.submissions[0]!.files).to.deep.equal({});
  });

  it('reports a missing file in the summary, whose link focuses the file input', async () => {
    const adapter = new MemoryAdapter();
    const { form, root, upload } = await render(definition(), adapter);
    await fillName(root);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('sf-error-summary'), 'the summary shows');
    const summary = root.querySelector<SfErrorSummary>('sf-error-summary')!;
    await summary.updateComplete;
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Select a file for: Proof of income');
    await upload.updateComplete;
    expect(upload.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select a file for: Proof of income');
    link.click();
    expect(deepActiveElement()).to.equal(upload.shadowRoot!.querySelector('input[type="file"]'));
    expect(adapter.calls).to.equal(0);
    await expectAccessible(form);
  });
});

describe('sf-form with a file field: files in the draft only if the person agrees', () => {
  async function chooseFiles(root: ShadowRoot, upload: SfFileUpload) {
    await fillName(root);
    upload.focus();
    await executeServerCommand('choose-files', { files: [{ name: 'payslip.pdf', mimeType: 'application/pdf', text: '%PDF-1.4 payslip' }] });
    await upload.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
  }

  it('leaves the files out until the box is ticked, then keeps them and restores them', async () => {
    const store = new MemoryDraftStore();
    const form = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await form.updateComplete;
    const root = form.shadowRoot!;
    await chooseFiles(root, root.querySelector<SfFileUpload>('sf-file-upload')!);
    await waitUntil(async () => (await store.load('assistance', '1.0.0'))?.answers.fullName === 'Әлия Қайратқызы', 'the draft is saved');
    // The chosen files are left out (the list is kept empty).
    expect((await store.load('assistance', '1.0.0'))!.answers).to.deep.equal({ fullName: 'Әлия Қайратқызы', proof: [] });

    await waitUntil(() => root.querySelector('.draft-files input'), 'the draft note offers to keep the files');
    const box = root.querySelector<HTMLInputElement>('.draft-files input')!;
    expect((await axNode(box)).name).to.equal('Also keep the files I have chosen on this device');
    expect(box.checked).to.equal(false);
    box.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(async () => ((await store.load('assistance', '1.0.0'))?.answers.proof as File[] | undefined)?.[0]?.name === 'payslip.pdf', 'kept with the file');
    await expectAccessible(form);

    const again = await fixture<SfForm>(html`<sf-form .definition=${definition()} .draftStore=${store} .adapter=${new MemoryAdapter()}></sf-form>`);
    await again.updateComplete;
    const upload = again.shadowRoot!.querySelector<SfFileUpload>('sf-file-upload')!;
    await waitUntil(() => upload.files.length === 1, 'the file is restored');
    expect(upload.files[0]!.name).to.equal('payslip.pdf');
    expect(await upload.files[0]!.text()).to.equal('%PDF-1.4 payslip');
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('.draft-files input')!.checked).to.equal(true);

    // Unticked: saved again at once without the file.
    again.shadowRoot!.querySelector<HTMLInputElement>('.draft-files input')!.click();
    await waitUntil(async () => ((await store.load('assistance', '1.0.0'))?.answers.proof as File[] | undefined)?.length === 0, 'the file is dropped from the draft');
  });
});
