import { expect } from '@open-wc/testing';
import type { PageDefinition } from '@service-forms/core';
import { splitFiles } from './split-files.js';

const en = (text: string) => ({ en: text });
const page: PageDefinition = {
  id: 'documents',
  title: en('Documents'),
  fields: [
    { type: 'text', name: 'fullName', label: en('Full name') },
    { type: 'fieldset', name: 'address', label: en('Address'), fields: [{ type: 'file', name: 'addressProof', label: en('Proof of address') }] },
    {
      type: 'radios',
      name: 'employed',
      label: en('Employed?'),
      options: [{ value: 'yes', label: en('Yes'), reveals: [{ type: 'file', name: 'contract', label: en('Contract') }] }, { value: 'no', label: en('No') }],
    },
    {
      type: 'checkboxes',
      name: 'benefits',
      label: en('Benefits'),
      options: [{ value: 'disability', label: en('Disability'), reveals: [{ type: 'file', name: 'disabilityCertificate', label: en('Certificate') }] }],
    },
    { type: 'repeatable', name: 'children', label: en('Children'), itemLabel: en('Child'), fields: [{ type: 'file', name: 'birthCertificate', label: en('Birth certificate') }] },
  ],
};

describe('splitFiles', () => {
  it('takes every file field out of the answers: in a fieldset, revealed by a radio or a checkbox, in repeated items', () => {
    const file = (name: string) => new File(['x'], name, { type: 'application/pdf' });
    const [proof, contract, certificate, birth] = [file('proof.pdf'), file('contract.pdf'), file('certificate.pdf'), file('birth.pdf')];
    const { answers, files } = splitFiles(page, {
      fullName: 'Әлия',
      addressProof: [proof],
      employed: 'yes',
      contract: [contract],
      benefits: ['disability'],
      disabilityCertificate: [certificate],
      children: [{ birthCertificate: [birth] }],
    });
    expect(answers).to.deep.equal({ fullName: 'Әлия', employed: 'yes', benefits: ['disability'], children: [{}] });
    expect(files).to.deep.equal({
      addressProof: [proof],
      contract: [contract],
      disabilityCertificate: [certificate],
      'children[0].birthCertificate': [birth],
    });
  });
});
