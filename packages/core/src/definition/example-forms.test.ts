import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { assertDefinition, parseDefinition } from './parse-definition.js';
import type { FormDefinition } from './definition-schema.js';
import { fieldsInScope } from './field-at-path.js';
import type { FieldDefinition } from '../fields/field-registry.js';
import type { FileLike } from '../fields/file-field.js';
import { applicablePages } from '../validation/page-structure.js';
import { validateSubmission } from '../validation/validate-submission.js';

/**
 * The five example forms of examples/forms/ (DOMAIN.md A–E), as a server would see them: each
 * parses, and `validateSubmission` gives exact data for good answers and exact codes for bad
 * ones, applying the forms' conditions (hidden fields and skipped pages are dropped, or refused
 * in strict mode).
 */

const FORMS_DIR = new URL('../../../../examples/forms/', import.meta.url);
const FILES = ['job-seeker.json', 'labour-contract.json', 'social-assistance.json', 'large-family-benefit.json', 'service-feedback.json'];
const readJson = (file: string): unknown => JSON.parse(readFileSync(new URL(file, FORMS_DIR), 'utf8'));
const load = (file: string): FormDefinition => assertDefinition(readJson(file));

const today = '2026-11-27';
const options = { today };
const strict = { today, strict: true };

/** Error codes and paths only, for the long lists where params are all `{}`. */
const codes = (result: ReturnType<typeof validateSubmission>) => (result.ok ? [] : result.errors.map((e) => [e.field, e.code]));
const pageIds = (definition: FormDefinition, answers: Record<string, unknown>) => applicablePages(definition, answers, options).map((p) => p.id);

const pdf = (name: string, size = 200_000): FileLike => ({ name, size, type: 'application/pdf' });
const jpeg = (name: string, size = 900_000): FileLike => ({ name, size, type: 'image/jpeg' });

/** Every field at any depth: through fieldsets, revealed options and repeated items. */
function allFields(fields: readonly FieldDefinition[]): FieldDefinition[] {
  return fieldsInScope(fields).flatMap((field) => (field.type === 'repeatable' ? [field, ...allFields(field.fields)] : [field]));
}

describe('example forms: the definitions', () => {
  it('are the five files of examples/forms/', () => {
    assert.deepEqual(readdirSync(FORMS_DIR).filter((f) => f.endsWith('.json')).sort(), [...FILES].sort());
  });

  for (const file of FILES) {
    describe(file, () => {
      const json = readJson(file);

      it('parses', () => {
        const result = parseDefinition(json);
        assert.deepEqual(result.ok ? [] : result.problems, []);
      });

      it('is in English, Kazakh and Russian, version 1.0.0, with what happens next in each', () => {
        const definition = load(file);
        assert.deepEqual(definition.locales, ['en', 'kk', 'ru']);
        assert.equal(definition.version, '1.0.0');
        for (const locale of ['en', 'kk', 'ru'] as const) assert.ok(definition.whatHappensNext?.[locale], `whatHappensNext.${locale}`);
      });

      it('uses conditions, and a repeatable, a file upload or a national identifier', () => {
        const definition = load(file);
        const fields = allFields(definition.pages.flatMap((p) => p.fields));
        const conditional =
          definition.pages.some((p) => p.showIf) ||
          fields.some((f) => f.showIf || ((f.type === 'radios' || f.type === 'checkboxes') && f.options.some((o) => o.reveals)));
        assert.ok(conditional, 'a page or field showIf, or an option that reveals');
        assert.ok(fields.some((f) => f.type === 'repeatable' || f.type === 'file' || (f.type === 'text' && (f.format === 'iin' || f.format === 'bin'))));
      });

      it('gives every required field its own "required" message in each language', () => {
        const definition = load(file);
        const missing = allFields(definition.pages.flatMap((p) => p.fields))
          .filter((f) => f.required && !(f.messages?.required?.en && f.messages.required.kk && f.messages.required.ru))
          .map((f) => f.name);
        assert.deepEqual(missing, []);
      });
    });
  }
});

describe('example: job-seeker registration (A)', () => {
  const definition = load('job-seeker.json');
  const adult = {
    iin: '900115 300013',
    fullName: '  Әлия   Қайратқызы ',
    dateOfBirth: { day: '15', month: '1', year: '1990' },
    hasDisability: 'yes',
    disabilityGroup: 'III',
    adjustments: 'A step-free entrance\r\nand a screen reader ',
    mobilePhone: '8 (701) 234-56-78',
    region: 'almaty-region',
    district: 'Talgar district',
    settlement: 'Talgar',
    education: [
      { level: 'technical-vocational', institution: 'Talgar Agrarian College', specialty: 'Welding production', graduationYear: '2010' },
      { level: 'general-secondary', institution: 'School No. 3', specialty: '', graduationYear: 2007 },
    ],
    experience: [
      { employer: 'KazStroy LLP', position: 'Welder', startedOn: { day: '1', month: '9', year: '2010' }, endedOn: '2025-06-30' },
      { employer: 'Talgar Service', position: 'Welder', startedOn: '2025-08-01' },
    ],
    desiredPosition: 'Welder',
    desiredSalary: '250 000 ₸',
    schedule: ['shift', 'full-time'],
    languages: [
      { language: 'kk', level: 'native' },
      { language: 'other', otherLanguage: 'Uyghur', level: 'fluent' },
    ],
    publishConsent: true,
  };
  const adultData = {
    iin: '900115300013',
    fullName: 'Әлия Қайратқызы',
    dateOfBirth: '1990-01-15',
    hasDisability: 'yes',
    disabilityGroup: 'III',
    adjustments: 'A step-free entrance\nand a screen reader',
    mobilePhone: '+77012345678',
    region: 'almaty-region',
    district: 'Talgar district',
    settlement: 'Talgar',
    education: [
      { level: 'technical-vocational', institution: 'Talgar Agrarian College', specialty: 'Welding production', graduationYear: 2010 },
      { level: 'general-secondary', institution: 'School No. 3', graduationYear: 2007 },
    ],
    experience: [
      { employer: 'KazStroy LLP', position: 'Welder', startedOn: '2010-09-01', endedOn: '2025-06-30' },
      { employer: 'Talgar Service', position: 'Welder', startedOn: '2025-08-01' },
    ],
    desiredPosition: 'Welder',
    desiredSalary: 250000,
    schedule: ['full-time', 'shift'],
    languages: [
      { language: 'kk', level: 'native' },
      { language: 'other', otherLanguage: 'Uyghur', level: 'fluent' },
    ],
    publishConsent: true,
  };
  const representative = {
    representativeName: 'Қайрат Әлиұлы',
    representativeIin: '850703400420',
    representativeRelationship: 'parent',
    representativePhone: '+7 701 765 4321',
  };

  it('accepts an adult with a disability, two qualifications and two jobs, and normalizes every answer', () => {
    assert.deepEqual(validateSubmission(definition, adult, options), { ok: true, data: adultData });
  });

  it('asks a legal representative of someone under 16 by date of birth, from their 16th birthday no longer', () => {
    assert.deepEqual(pageIds(definition, { dateOfBirth: '2010-11-28' }), ['about-you', 'legal-representative', 'contact', 'where-you-live', 'education', 'work-experience', 'job-you-want', 'languages', 'publish']);
    assert.deepEqual(pageIds(definition, { dateOfBirth: '2010-11-27' }), ['about-you', 'contact', 'where-you-live', 'education', 'work-experience', 'job-you-want', 'languages', 'publish']);
    const teenager = { ...adult, iin: '101128512343', dateOfBirth: '2010-11-28', hasDisability: 'no', disabilityGroup: undefined, adjustments: undefined, education: [adult.education[1]], noExperience: true, experience: undefined };
    assert.deepEqual(codes(validateSubmission(definition, teenager, options)), [
      ['representativeName', 'required'],
      ['representativeIin', 'required'],
      ['representativeRelationship', 'required'],
      ['representativePhone', 'required'],
    ]);
    const { disabilityGroup: _g, adjustments: _a, experience: _e, ...rest } = adultData;
    assert.deepEqual(validateSubmission(definition, { ...teenager, ...representative }, options), {
      ok: true,
      data: {
        ...rest,
        iin: '101128512343',
        dateOfBirth: '2010-11-28',
        hasDisability: 'no',
        education: [adultData.education[1]],
        noExperience: true,
        representativeName: 'Қайрат Әлиұлы',
        representativeIin: '850703400420',
        representativeRelationship: 'parent',
        representativePhone: '+77017654321',
      },
    });
  });

  it('refuses bad answers with exact codes, in page order', () => {
    const bad = {
      ...adult,
      iin: '900115300014',
      disabilityGroup: undefined,
      mobilePhone: '+7 912 345 67 89',
      region: 'moscow',
      education: [{ ...adult.education[0], graduationYear: '2027' }, { level: 'bachelor', institution: '', graduationYear: '2015.5' }],
      experience: undefined,
      desiredSalary: '-5',
      schedule: [],
      languages: [{ language: 'other', level: 'basic' }],
      publishConsent: false,
    };
    assert.deepEqual(validateSubmission(definition, bad, options), {
      ok: false,
      errors: [
        { field: 'iin', code: 'iin_checksum', params: {} },
        { field: 'disabilityGroup', code: 'required', params: {} },
        { field: 'mobilePhone', code: 'phone_format', params: {} },
        { field: 'region', code: 'invalid_option', params: {} },
        { field: 'education[0].graduationYear', code: 'above_maximum', params: { max: 2026 } },
        { field: 'education[1].institution', code: 'required', params: {} },
        { field: 'education[1].graduationYear', code: 'not_whole_number', params: {} },
        { field: 'experience', code: 'required', params: { min: 1 } },
        { field: 'desiredSalary', code: 'below_minimum', params: { min: 0 } },
        { field: 'schedule', code: 'required', params: {} },
        { field: 'languages[0].otherLanguage', code: 'required', params: {} },
        { field: 'publishConsent', code: 'required', params: {} },
      ],
    });
  });

  it('an empty submission: every required question of the pages that apply', () => {
    assert.deepEqual(codes(validateSubmission(definition, {}, options)), [
      ['iin', 'required'],
      ['fullName', 'required'],
      ['dateOfBirth', 'required'],
      ['hasDisability', 'required'],
      ['mobilePhone', 'required'],
      ['region', 'required'],
      ['district', 'required'],
      ['settlement', 'required'],
      ['education', 'required'],
      ['experience', 'required'],
      ['desiredPosition', 'required'],
      ['desiredSalary', 'required'],
      ['schedule', 'required'],
      ['languages', 'required'],
      ['publishConsent', 'required'],
    ]);
  });

  it('"I have never had a job" hides the jobs: their values are dropped, not validated', () => {
    const answers = { ...adult, noExperience: true, experience: [{ employer: '', position: 'Welder', startedOn: '2030-01-01' }] };
    const result = validateSubmission(definition, answers, options);
    const { experience: _dropped, ...rest } = adultData;
    assert.deepEqual(result, { ok: true, data: { ...rest, noExperience: true } });
  });

  it('drops what hidden and skipped questions held: the disability group after "No", "Which language?", the representative of an adult', () => {
    const answers = {
      ...adult,
      hasDisability: 'no',
      languages: [{ language: 'ru', otherLanguage: 'Uyghur', level: 'fluent' }],
      ...representative,
    };
    const { disabilityGroup: _g, adjustments: _a, ...rest } = adultData;
    assert.deepEqual(validateSubmission(definition, answers, options), {
      ok: true,
      data: { ...rest, hasDisability: 'no', languages: [{ language: 'ru', level: 'fluent' }] },
    });
  });

  it('strict: refuses the same hidden and skipped answers as not applicable', () => {
    const answers = {
      ...adult,
      hasDisability: 'no',
      languages: [{ language: 'ru', otherLanguage: 'Uyghur', level: 'fluent' }],
      ...representative,
      noExperience: true,
    };
    assert.deepEqual(codes(validateSubmission(definition, answers, strict)), [
      ['languages[0].otherLanguage', 'not_applicable'],
      ['disabilityGroup', 'not_applicable'],
      ['adjustments', 'not_applicable'],
      ['experience', 'not_applicable'],
      ['representativeName', 'not_applicable'],
      ['representativeIin', 'not_applicable'],
      ['representativeRelationship', 'not_applicable'],
      ['representativePhone', 'not_applicable'],
    ]);
  });
});

describe('example: electronic labour contract (B)', () => {
  const definition = load('labour-contract.json');
  const answers = {
    employerType: 'legal-entity',
    employerBin: '9401 4000 0385',
    employeeIin: '880512412342',
    contractNumber: ' 15/2026-TD ',
    contractDate: { day: '20', month: '11', year: '2026' },
    startDate: { day: '1', month: '12', year: '2026' },
    term: 'fixed',
    endDate: { day: '30', month: '11', year: '2027' },
    position: 'Accountant',
    workLocation: 'workplace',
    workplaceAddress: 'Astana, Mangilik El avenue 8, office 12',
    workMode: 'part-time',
    hoursPerWeek: '20',
    salary: '150 000',
    probationMonths: '0',
  };
  const data = {
    employerType: 'legal-entity',
    employerBin: '940140000385',
    employeeIin: '880512412342',
    contractNumber: '15/2026-TD',
    contractDate: '2026-11-20',
    startDate: '2026-12-01',
    term: 'fixed',
    endDate: '2027-11-30',
    position: 'Accountant',
    workLocation: 'workplace',
    workplaceAddress: 'Astana, Mangilik El avenue 8, office 12',
    workMode: 'part-time',
    hoursPerWeek: 20,
    salary: 150000,
    probationMonths: 0,
  };

  it('accepts an organisation’s fixed-term part-time contract, and normalizes every answer', () => {
    assert.deepEqual(validateSubmission(definition, answers, options), { ok: true, data });
  });

  it('asks a parent’s consent for an employee aged 14 or 15 by the IIN, and for no one else', () => {
    const pages = (employeeIin: string) => pageIds(definition, { employeeIin }).includes('guardian-consent');
    assert.equal(pages('110510512349'), true, '15');
    assert.equal(pages('120701612345'), true, '14');
    assert.equal(pages('131224612347'), false, '12, turning 13 in December');
    assert.equal(pages('101127612344'), false, '16 today');
    assert.equal(pages('880512412342'), false, '38');
    assert.equal(pages('110510512340'), false, 'a wrong check digit tells no age');
  });

  it('accepts a sole entrepreneur’s seasonal remote contract with a 15-year-old, with the signed consent', () => {
    const consent = pdf('consent.pdf');
    const minor = {
      employerType: 'sole-entrepreneur',
      employerIin: '900115300013',
      employeeIin: '110510512349',
      guardianName: 'Гүлнар Серікқызы',
      guardianIin: '850703400420',
      guardianConsentDocument: [consent],
      contractNumber: '7',
      contractDate: '2026-05-20',
      startDate: '2026-06-01',
      term: 'seasonal',
      position: 'Fruit picker',
      workLocation: 'remote',
      workMode: 'full-time',
      salary: 85000,
      probationMonths: 1,
    };
    const result = validateSubmission(definition, minor, options);
    assert.deepEqual(result, { ok: true, data: { ...minor, guardianConsentDocument: [consent] } });
    assert.equal(result.ok && (result.data.guardianConsentDocument as FileLike[])[0], consent, 'the file itself, for the multipart part');
  });

  it('refuses bad answers with exact codes and parameters', () => {
    const bad = {
      ...answers,
      employerBin: '940140000386',
      employeeIin: '120701612345', // 14: the consent page applies
      guardianName: 'Гүлнар Серікқызы',
      guardianIin: '85070340042',
      guardianConsentDocument: [{ name: 'consent.docx', size: 10_000, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
      contractNumber: 'N'.repeat(51),
      contractDate: '2026-11-27',
      endDate: undefined,
      workplaceAddress: '',
      hoursPerWeek: '40',
      salary: '0',
      probationMonths: '4',
    };
    assert.deepEqual(validateSubmission(definition, bad, options), {
      ok: false,
      errors: [
        { field: 'employerBin', code: 'bin_checksum', params: {} },
        { field: 'guardianIin', code: 'iin_format', params: {} },
        { field: 'guardianConsentDocument', code: 'file_type', params: { name: 'consent.docx', accept: ['application/pdf', 'image/jpeg', 'image/png'] } },
        { field: 'contractNumber', code: 'too_long', params: { max: 50 } },
        // `past` refuses today itself: a contract is registered after the day it is signed.
        { field: 'contractDate', code: 'date_in_future', params: { today }, parts: ['day'] },
        { field: 'endDate', code: 'required', params: {}, parts: ['day'] },
        { field: 'workplaceAddress', code: 'required', params: {} },
        { field: 'hoursPerWeek', code: 'above_maximum', params: { max: 39 } },
        { field: 'salary', code: 'below_minimum', params: { min: 1 } },
        { field: 'probationMonths', code: 'above_maximum', params: { max: 3 } },
      ],
    });
  });

  it('a consent file over 5 MB, and a missing one', () => {
    const minor = { ...answers, employeeIin: '110510512349', guardianName: 'Гүлнар Серікқызы', guardianIin: '850703400420' };
    assert.deepEqual(validateSubmission(definition, { ...minor, guardianConsentDocument: [jpeg('consent.jpg', 5_242_881)] }, options), {
      ok: false,
      errors: [{ field: 'guardianConsentDocument', code: 'file_too_large', params: { name: 'consent.jpg', max: 5242880 } }],
    });
    assert.deepEqual(codes(validateSubmission(definition, minor, options)), [['guardianConsentDocument', 'required']]);
  });

  it('an option chosen with spaces around its value reveals its fields, as it is accepted', () => {
    const spaced = { ...answers, employerType: ' legal-entity ', employerBin: undefined };
    assert.deepEqual(validateSubmission(definition, spaced, options), {
      ok: false,
      errors: [{ field: 'employerBin', code: 'required', params: {} }],
    });
  });

  it('drops the answers of unchosen options and of the skipped consent page', () => {
    const switched = {
      ...answers,
      employerIin: '900115300013', // typed before choosing "An organisation"
      term: 'indefinite',
      workLocation: 'remote',
      workMode: 'full-time',
      guardianName: 'Гүлнар Серікқызы', // the employee is 38
      guardianConsentDocument: [pdf('consent.pdf')],
    };
    const { endDate: _e, workplaceAddress: _w, hoursPerWeek: _h, ...rest } = data;
    assert.deepEqual(validateSubmission(definition, switched, options), {
      ok: true,
      data: { ...rest, term: 'indefinite', workLocation: 'remote', workMode: 'full-time' },
    });
    // In the order the request gave them: the answers' own, then those added.
    assert.deepEqual(codes(validateSubmission(definition, switched, strict)), [
      ['endDate', 'not_applicable'],
      ['workplaceAddress', 'not_applicable'],
      ['hoursPerWeek', 'not_applicable'],
      ['employerIin', 'not_applicable'],
      ['guardianName', 'not_applicable'],
      ['guardianConsentDocument', 'not_applicable'],
    ]);
  });
});

describe('example: targeted social assistance (C)', () => {
  const definition = load('social-assistance.json');
  const proof = [pdf('employer-letter.pdf'), jpeg('bank-statement.jpg')];
  const answers = {
    applicantIin: '850703400420',
    applicantPhone: '+7 747 123 45 67',
    addressRegion: 'turkistan',
    addressSettlement: 'Kentau',
    addressStreet: 'Abai street',
    addressBuilding: '12',
    addressFlat: '',
    postalCode: 'x10a2b3',
    householdMembers: [
      { memberIin: '900115300013', relationship: 'spouse', status: 'unemployed' },
      { memberIin: '150930512351', relationship: 'child', status: 'schoolchild' },
    ],
    canWork: 'yes',
    monthlyIncome: '120 000 тг',
    incomeDiffers: true,
    incomeProof: proof,
    iban: 'kz86 125k zt50 0410 0100',
    socialContractConsent: true,
    personalDataConsent: true,
  };
  const data = {
    applicantIin: '850703400420',
    applicantPhone: '+77471234567',
    addressRegion: 'turkistan',
    addressSettlement: 'Kentau',
    addressStreet: 'Abai street',
    addressBuilding: '12',
    postalCode: 'X10A2B3',
    householdMembers: [
      { memberIin: '900115300013', relationship: 'spouse', status: 'unemployed' },
      { memberIin: '150930512351', relationship: 'child', status: 'schoolchild' },
    ],
    canWork: 'yes',
    monthlyIncome: 120000,
    incomeDiffers: true,
    incomeProof: proof,
    iban: 'KZ86125KZT5004100100',
    socialContractConsent: true,
    personalDataConsent: true,
  };

  it('accepts a household where someone can work and the income differs from the records, with proof', () => {
    assert.deepEqual(validateSubmission(definition, answers, options), { ok: true, data });
  });

  it('accepts someone living alone who cannot work, whose income matches the records: no proof, no social contract', () => {
    const alone = { ...answers, householdMembers: [], canWork: 'no', incomeDiffers: false, incomeProof: undefined, socialContractConsent: undefined, monthlyIncome: '0' };
    const { householdMembers: _m, incomeDiffers: _d, incomeProof: _p, socialContractConsent: _s, ...rest } = data;
    assert.deepEqual(validateSubmission(definition, alone, options), { ok: true, data: { ...rest, canWork: 'no', monthlyIncome: 0 } });
    assert.deepEqual(pageIds(definition, alone), ['about-you', 'address', 'household', 'work', 'income', 'bank', 'declaration']);
  });

  it('refuses bad answers with exact codes', () => {
    const bad = {
      ...answers,
      postalCode: '12345',
      householdMembers: [
        { memberIin: '900115300014', relationship: 'friend', status: 'unemployed' },
        { memberIin: '', relationship: 'child' },
      ],
      incomeProof: [],
      iban: 'KZ87125KZT5004100100',
      socialContractConsent: false,
    };
    assert.deepEqual(validateSubmission(definition, bad, options), {
      ok: false,
      errors: [
        { field: 'postalCode', code: 'postal_code_format', params: {} },
        { field: 'householdMembers[0].memberIin', code: 'iin_checksum', params: {} },
        { field: 'householdMembers[0].relationship', code: 'invalid_option', params: {} },
        { field: 'householdMembers[1].memberIin', code: 'required', params: {} },
        { field: 'householdMembers[1].status', code: 'required', params: {} },
        { field: 'incomeProof', code: 'required', params: {} },
        { field: 'iban', code: 'iban_checksum', params: {} },
        { field: 'socialContractConsent', code: 'required', params: {} },
      ],
    });
  });

  it('proof: at most 5 files, each a PDF, JPG or PNG up to 5 MB', () => {
    const result = (incomeProof: FileLike[]) => validateSubmission(definition, { ...answers, incomeProof }, options);
    assert.deepEqual(codes(result([1, 2, 3, 4, 5, 6].map((n) => pdf(`page-${n}.pdf`)))), [['incomeProof', 'too_many_files']]);
    assert.deepEqual(codes(result([pdf('statement.pdf', 6_000_000)])), [['incomeProof', 'file_too_large']]);
    assert.deepEqual(codes(result([{ name: 'scan.png', size: 1000, type: 'image/png' }])), []);
  });

  it('drops proof when the box is not ticked, and the consent when nobody can work', () => {
    const answers2 = { ...answers, incomeDiffers: false, canWork: 'no' };
    const { incomeDiffers: _d, incomeProof: _p, socialContractConsent: _s, ...rest } = data;
    assert.deepEqual(validateSubmission(definition, answers2, options), { ok: true, data: { ...rest, canWork: 'no' } });
    assert.deepEqual(codes(validateSubmission(definition, answers2, strict)), [
      ['incomeProof', 'not_applicable'],
      ['socialContractConsent', 'not_applicable'],
    ]);
  });
});

describe('example: large-family benefit (D)', () => {
  const definition = load('large-family-benefit.json');
  const certificate = pdf('study-certificate.pdf');
  const child = (childIin: string, childName: string, extra: Record<string, unknown> = {}) => ({ childIin, childName, ...extra });
  const base = {
    applicantIin: '850703400420',
    applicantPhone: '87012345678',
    iban: 'KZ86125KZT5004100100',
    declaration: true,
    personalDataConsent: true,
  };
  const baseData = { ...base, applicantPhone: '+77012345678' };
  const children = [
    child('080601612341', 'Дана Серікқызы', { isStudent: 'yes', studyProof: [certificate] }), // 18
    child('041128612346', 'Ерлан Серікұлы', { isStudent: 'yes', studyProof: certificate }), // 22, 23 tomorrow
    child('120701612345', 'Әсел Серікқызы'), // 14
    child('150930512351', 'Нұрлан Серікұлы'), // 11
  ];

  it('accepts four children, asking the 18- and 22-year-olds whether they study, with their certificates', () => {
    assert.deepEqual(validateSubmission(definition, { ...base, children }, options), {
      ok: true,
      data: {
        ...baseData,
        children: [
          { childIin: '080601612341', childName: 'Дана Серікқызы', isStudent: 'yes', studyProof: [certificate] },
          { childIin: '041128612346', childName: 'Ерлан Серікұлы', isStudent: 'yes', studyProof: [certificate] },
          { childIin: '120701612345', childName: 'Әсел Серікқызы' },
          { childIin: '150930512351', childName: 'Нұрлан Серікұлы' },
        ],
      },
    });
  });

  it('refuses fewer than 4 children, and asks each child aged 18 to 22 whether they study', () => {
    assert.deepEqual(validateSubmission(definition, { ...base, children: children.slice(0, 3) }, options), {
      ok: false,
      errors: [{ field: 'children', code: 'too_few_items', params: { min: 4 } }],
    });
    assert.deepEqual(validateSubmission(definition, base, options), {
      ok: false,
      errors: [{ field: 'children', code: 'required', params: { min: 4 } }],
    });
    const unanswered = [
      child('040820512349', 'Ерлан Серікұлы'), // 22
      child('080601612341', 'Дана Серікқызы', { isStudent: 'yes' }),
      child('080601612342', 'Д4на'),
      child('150930512351', 'Нұрлан Серікұлы', { isStudent: 'maybe' }), // 11: not asked, so not checked
    ];
    assert.deepEqual(validateSubmission(definition, { ...base, children: unanswered }, options), {
      ok: false,
      errors: [
        { field: 'children[0].isStudent', code: 'required', params: {} },
        { field: 'children[1].studyProof', code: 'required', params: {} },
        { field: 'children[2].childIin', code: 'iin_checksum', params: {} },
        { field: 'children[2].childName', code: 'person_name_characters', params: {} },
      ],
    });
  });

  it('a child of 23 is not asked; a child who does not study needs no certificate', () => {
    const older = [child('031127512342', 'Айдос Серікұлы', { isStudent: 'maybe' }), child('080601612341', 'Дана Серікқызы', { isStudent: 'no' }), ...children.slice(2), child('140120612340', 'Айым Серікқызы')];
    assert.deepEqual(validateSubmission(definition, { ...base, children: older }, options), {
      ok: true,
      data: {
        ...baseData,
        children: [
          { childIin: '031127512342', childName: 'Айдос Серікұлы' },
          { childIin: '080601612341', childName: 'Дана Серікқызы', isStudent: 'no' },
          { childIin: '120701612345', childName: 'Әсел Серікқызы' },
          { childIin: '150930512351', childName: 'Нұрлан Серікұлы' },
          { childIin: '140120612340', childName: 'Айым Серікқызы' },
        ],
      },
    });
    assert.deepEqual(codes(validateSubmission(definition, { ...base, children: older }, strict)), [['children[0].isStudent', 'not_applicable']]);
  });

  it('a hidden student answer hides the certificate too, whatever it was before the IIN changed', () => {
    // A parent answered "yes" for a child, then corrected the IIN to an 11-year-old's and a 23-year-old's.
    const corrected = [
      child('150930512351', 'Нұрлан Серікұлы', { isStudent: 'yes' }),
      child('031127512342', 'Айдос Серікұлы', { isStudent: 'yes', studyProof: [certificate] }),
      ...children.slice(2),
    ];
    assert.deepEqual(validateSubmission(definition, { ...base, children: corrected }, options), {
      ok: true,
      data: {
        ...baseData,
        children: [
          { childIin: '150930512351', childName: 'Нұрлан Серікұлы' },
          { childIin: '031127512342', childName: 'Айдос Серікұлы' },
          { childIin: '120701612345', childName: 'Әсел Серікқызы' },
          { childIin: '150930512351', childName: 'Нұрлан Серікұлы' },
        ],
      },
    });
  });
});

describe('example: service feedback (E)', () => {
  const definition = load('service-feedback.json');
  const poor = {
    service: 'targeted-social-assistance',
    channel: 'public-service-centre',
    rating: '2',
    reasons: ['unclear', 'waiting'],
    comment: ' I queued for 3 hours\r\nand was sent home for a document. ',
    wantsReply: 'yes',
    replyName: 'Гүлнар',
    replyBy: 'phone',
    replyPhone: '8 747 123 4567',
    replyIin: '',
    replyConsent: true,
  };

  it('accepts a poor rating with reasons, a comment and a request for a reply by phone', () => {
    assert.deepEqual(validateSubmission(definition, poor, options), {
      ok: true,
      data: {
        service: 'targeted-social-assistance',
        channel: 'public-service-centre',
        rating: '2',
        reasons: ['waiting', 'unclear'],
        comment: 'I queued for 3 hours\nand was sent home for a document.',
        wantsReply: 'yes',
        replyName: 'Гүлнар',
        replyBy: 'phone',
        replyPhone: '+77471234567',
        replyConsent: true,
      },
    });
  });

  it('a good rating skips "What went wrong" and, unanswered, the reply question keeps it anonymous', () => {
    const good = { service: 'large-family-benefit', channel: 'online', rating: '4', reasons: ['waiting'], comment: 'typed before changing the rating' };
    assert.deepEqual(pageIds(definition, good), ['service', 'rating', 'reply']);
    assert.deepEqual(pageIds(definition, { rating: '3' }), ['service', 'rating', 'what-went-wrong', 'reply']);
    assert.deepEqual(validateSubmission(definition, good, options), {
      ok: true,
      data: { service: 'large-family-benefit', channel: 'online', rating: '4' },
    });
    assert.deepEqual(codes(validateSubmission(definition, good, strict)), [
      ['reasons', 'not_applicable'],
      ['comment', 'not_applicable'],
    ]);
  });

  it('refuses bad answers with exact codes', () => {
    assert.deepEqual(validateSubmission(definition, { ...poor, rating: '3', reasons: [], comment: 'x'.repeat(1001), replyName: '', replyBy: 'email', replyEmail: 'gulnar@', replyIin: '900115300014', replyConsent: false }, options), {
      ok: false,
      errors: [
        { field: 'comment', code: 'too_long', params: { max: 1000 } },
        { field: 'replyName', code: 'required', params: {} },
        { field: 'replyEmail', code: 'invalid_email', params: {} },
        { field: 'replyIin', code: 'iin_checksum', params: {} },
        { field: 'replyConsent', code: 'required', params: {} },
      ],
    });
    assert.deepEqual(codes(validateSubmission(definition, { service: 'pension', channel: 'online', rating: '1', wantsReply: 'yes' }, options)), [
      ['service', 'invalid_option'],
      ['comment', 'required'],
      ['replyName', 'required'],
      ['replyBy', 'required'],
      ['replyConsent', 'required'],
    ]);
  });

  it('"No" keeps it anonymous: contact details typed before are dropped, or refused in strict mode', () => {
    const anonymous = { ...poor, wantsReply: 'no', replyIin: '900115300013' };
    const result = validateSubmission(definition, anonymous, options);
    assert.deepEqual(result.ok && Object.keys(result.data), ['service', 'channel', 'rating', 'reasons', 'comment', 'wantsReply']);
    assert.deepEqual(codes(validateSubmission(definition, anonymous, strict)), [
      ['replyName', 'not_applicable'],
      ['replyBy', 'not_applicable'],
      ['replyPhone', 'not_applicable'],
      ['replyIin', 'not_applicable'],
      ['replyConsent', 'not_applicable'],
    ]);
  });
});
