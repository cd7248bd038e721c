import type { Answers, ErrorCode } from '@service-forms/core';
import { bornYearsAgo, makeIin } from '../helpers/people.js';

/**
 * The answer sets of the client/server agreement (client-server-agreement.test.ts), shared
 * with core's FormSession test: each with its outcome written down by hand. Runs in Node and
 * browsers (`File` is global in both).
 */

export type Expected =
  | { accepted: Record<string, unknown>; files?: Record<string, string[]>; strictRefuses?: [string, ErrorCode][] }
  | { page: string; errors: [string, ErrorCode][] };

export interface Case {
  name: string;
  answers: Answers;
  expected: Expected;
  /** A known disagreement (an SDK bug, reported): the test shows it and is skipped until fixed. */
  bug?: string;
}

/** A date as the date input keeps it: typed parts. */
const parts = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
};
const isoDaysFromToday = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const file = (name: string, type = 'application/pdf') => new File([`%PDF-1.4 ${name}`], name, { type });
const without = (answers: Answers, ...names: string[]) => Object.fromEntries(Object.entries(answers).filter(([name]) => !names.includes(name)));

// ---------------------------------------------------------------------------------------------
// A. Job-seeker registration

const jobSeeker: Answers = {
  iin: '900115300013',
  fullName: 'Әлия Қайратқызы',
  dateOfBirth: { day: '15', month: '1', year: '1990' },
  hasDisability: 'no',
  mobilePhone: '8 701 234 56 78',
  region: 'akmola',
  district: 'Tselinograd',
  settlement: 'Kosshy',
  education: [{ level: 'technical-vocational', institution: 'Astana Polytechnic College', specialty: 'Welding', graduationYear: '2009' }],
  noExperience: true,
  desiredPosition: 'Welder',
  desiredSalary: '250 000',
  schedule: ['full-time', 'shift'],
  languages: [{ language: 'kk', level: 'native' }],
  publishConsent: true,
};
const jobSeekerAccepted = {
  ...jobSeeker,
  dateOfBirth: '1990-01-15',
  mobilePhone: '+77012345678',
  education: [{ level: 'technical-vocational', institution: 'Astana Polytechnic College', specialty: 'Welding', graduationYear: 2009 }],
  desiredSalary: 250000,
};
const minor = bornYearsAgo(14);

const jobSeekerCases: Case[] = [
  { name: 'good: an adult with no work experience', answers: jobSeeker, expected: { accepted: jobSeekerAccepted } },
  {
    name: 'good: a disability, with its group, and a job with dates',
    answers: {
      ...jobSeeker,
      hasDisability: 'yes',
      disabilityGroup: 'III',
      noExperience: false,
      experience: [{ employer: 'KazAvtoZhol', position: 'Welder', startedOn: { day: '1', month: '3', year: '2015' }, endedOn: { day: '31', month: '8', year: '2020' } }],
      languages: [{ language: 'other', otherLanguage: 'Uyghur', level: 'fluent' }],
    },
    expected: {
      accepted: {
        ...jobSeekerAccepted,
        hasDisability: 'yes',
        disabilityGroup: 'III',
        experience: [{ employer: 'KazAvtoZhol', position: 'Welder', startedOn: '2015-03-01', endedOn: '2020-08-31' }],
        languages: [{ language: 'other', otherLanguage: 'Uyghur', level: 'fluent' }],
        noExperience: undefined,
      },
    },
  },
  {
    name: 'bad: required answers missing on the first page',
    answers: without(jobSeeker, 'fullName', 'hasDisability'),
    expected: { page: 'about-you', errors: [['fullName', 'required'], ['hasDisability', 'required']] },
  },
  {
    name: 'bad: wrong formats; only the first failing page counts',
    answers: { ...jobSeeker, iin: '900115300014', mobilePhone: '12345' },
    expected: { page: 'about-you', errors: [['iin', 'iin_checksum']] },
  },
  {
    name: 'bad: a date of birth in the future',
    answers: { ...jobSeeker, dateOfBirth: parts(isoDaysFromToday(10)) },
    expected: { page: 'about-you', errors: [['dateOfBirth', 'date_in_future']] },
  },
  {
    name: 'bad: a repeated item with a missing institution and a year out of range',
    answers: { ...jobSeeker, education: [{ level: 'bachelor', institution: '', graduationYear: '2031' }] },
    expected: { page: 'education', errors: [['education[0].institution', 'required'], ['education[0].graduationYear', 'above_maximum']] },
  },
  {
    name: 'bad: under 16, the legal-representative page applies and is empty',
    answers: { ...jobSeeker, iin: makeIin(minor, 'female', 31), dateOfBirth: parts(minor) },
    expected: {
      page: 'legal-representative',
      errors: [
        ['representativeName', 'required'],
        ['representativeIin', 'required'],
        ['representativeRelationship', 'required'],
        ['representativePhone', 'required'],
      ],
    },
  },
  { name: 'bad: a region that is not an option', answers: { ...jobSeeker, region: 'mars' }, expected: { page: 'where-you-live', errors: [['region', 'invalid_option']] } },
  { name: 'bad: a working pattern that is not an option', answers: { ...jobSeeker, schedule: ['full-time', 'night'] }, expected: { page: 'job-you-want', errors: [['schedule', 'invalid_option']] } },
  { name: 'bad: a salary with tiyn', answers: { ...jobSeeker, desiredSalary: 250000.5 }, expected: { page: 'job-you-want', errors: [['desiredSalary', 'not_whole_number']] } },
  { name: 'bad: 31 February', answers: { ...jobSeeker, dateOfBirth: { day: '31', month: '2', year: '1990' } }, expected: { page: 'about-you', errors: [['dateOfBirth', 'invalid_date']] } },
  { name: 'bad: a date of birth with only the year', answers: { ...jobSeeker, dateOfBirth: { day: '', month: '', year: '1990' } }, expected: { page: 'about-you', errors: [['dateOfBirth', 'date_incomplete']] } },
  {
    name: 'bad: 11 places of education (at most 10)',
    answers: { ...jobSeeker, education: Array.from({ length: 11 }, () => ({ level: 'bachelor', institution: 'KazNU', graduationYear: '2010' })) },
    expected: { page: 'education', errors: [['education', 'too_many_items']] },
  },
  { name: 'bad: "other" language without its name', answers: { ...jobSeeker, languages: [{ language: 'other', level: 'fluent' }] }, expected: { page: 'languages', errors: [['languages[0].otherLanguage', 'required']] } },
  {
    name: 'leftovers: an "other" language name under Kazakh',
    answers: { ...jobSeeker, languages: [{ language: 'kk', otherLanguage: 'Uyghur', level: 'native' }] },
    expected: { accepted: jobSeekerAccepted, strictRefuses: [['languages[0].otherLanguage', 'not_applicable']] },
  },
  {
    name: 'a date kept as ISO text (as envelope.answers and core accept it)',
    answers: { ...jobSeeker, dateOfBirth: '1990-01-15' },
    expected: { accepted: jobSeekerAccepted },
  },
  {
    name: 'a consent kept as the text "true"',
    answers: { ...jobSeeker, publishConsent: 'true' },
    expected: { page: 'publish', errors: [['publishConsent', 'invalid_type']] },
    bug: 'sf-checkbox renders only `answer === true` as ticked: the client says "required" where core says "invalid_type" (same page, different code)',
  },
  {
    name: 'leftovers: a disability group under "no", jobs under "never had a job"',
    answers: { ...jobSeeker, disabilityGroup: 'II', experience: [{ employer: 'KazAvtoZhol', position: 'Welder', startedOn: { day: '1', month: '3', year: '2015' } }] },
    expected: { accepted: jobSeekerAccepted, strictRefuses: [['disabilityGroup', 'not_applicable'], ['experience', 'not_applicable']] },
  },
];

// ---------------------------------------------------------------------------------------------
// B. Electronic labour contract

const labour: Answers = {
  employerType: 'legal-entity',
  employerBin: '940140000385',
  employeeIin: '850703400420',
  contractNumber: '15/2026-TD',
  contractDate: { day: '20', month: '11', year: '2026' },
  startDate: { day: '1', month: '12', year: '2026' },
  term: 'indefinite',
  position: 'Accountant',
  workLocation: 'remote',
  workMode: 'full-time',
  salary: '150000',
  probationMonths: '0',
};
const labourAccepted = { ...labour, contractDate: '2026-11-20', startDate: '2026-12-01', salary: 150000, probationMonths: 0 };
const fifteen = makeIin(bornYearsAgo(15), 'male', 17);

const labourCases: Case[] = [
  { name: 'good: an organisation, an indefinite remote contract', answers: labour, expected: { accepted: labourAccepted } },
  {
    name: 'good: a sole entrepreneur, fixed term, part-time at a workplace',
    answers: {
      ...without(labour, 'employerBin'),
      employerType: 'sole-entrepreneur',
      employerIin: '900115300013',
      term: 'fixed',
      endDate: { day: '30', month: '11', year: '2027' },
      workLocation: 'workplace',
      workplaceAddress: 'Astana, Mangilik El avenue 8',
      workMode: 'part-time',
      hoursPerWeek: '20',
      probationMonths: '3',
    },
    expected: {
      accepted: {
        ...without(labourAccepted, 'employerBin'),
        employerType: 'sole-entrepreneur',
        employerIin: '900115300013',
        term: 'fixed',
        endDate: '2027-11-30',
        workLocation: 'workplace',
        workplaceAddress: 'Astana, Mangilik El avenue 8',
        workMode: 'part-time',
        hoursPerWeek: 20,
        probationMonths: 3,
      },
    },
  },
  { name: 'bad: who the employer is, missing', answers: without(labour, 'employerType', 'employerBin'), expected: { page: 'employer', errors: [['employerType', 'required']] } },
  { name: 'bad: a BIN with a wrong check digit', answers: { ...labour, employerBin: '940140000386' }, expected: { page: 'employer', errors: [['employerBin', 'bin_checksum']] } },
  { name: 'bad: an IIN where the BIN goes', answers: { ...labour, employerBin: '900115300013' }, expected: { page: 'employer', errors: [['employerBin', 'bin_format']] } },
  {
    name: 'bad: a contract signed in the future, a number too long',
    answers: { ...labour, contractNumber: 'N'.repeat(51), contractDate: parts(isoDaysFromToday(3)) },
    expected: { page: 'contract', errors: [['contractNumber', 'too_long'], ['contractDate', 'date_in_future']] },
  },
  {
    name: 'bad: 45 part-time hours and 4 months of probation',
    answers: { ...labour, workMode: 'part-time', hoursPerWeek: '45', probationMonths: '4' },
    expected: { page: 'hours-and-pay', errors: [['hoursPerWeek', 'above_maximum'], ['probationMonths', 'above_maximum']] },
  },
  {
    name: 'bad: a 15-year-old employee, and no guardian consent',
    answers: { ...labour, employeeIin: fifteen },
    expected: { page: 'guardian-consent', errors: [['guardianName', 'required'], ['guardianIin', 'required'], ['guardianConsentDocument', 'required']] },
  },
  {
    name: 'leftovers: a BIN under "sole entrepreneur", hours under "full-time", a guardian for an adult',
    answers: { ...labour, employerType: 'sole-entrepreneur', employerIin: '900115300013', hoursPerWeek: '20', guardianName: 'Қайрат Әлиұлы' },
    expected: {
      accepted: { ...without(labourAccepted, 'employerBin'), employerType: 'sole-entrepreneur', employerIin: '900115300013' },
      strictRefuses: [['employerBin', 'not_applicable'], ['guardianName', 'not_applicable'], ['hoursPerWeek', 'not_applicable']],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// C. Targeted social assistance

const assistance: Answers = {
  applicantIin: '930527400154',
  applicantPhone: '+7 705 111 22 33',
  addressRegion: 'astana',
  addressSettlement: 'Астана',
  addressStreet: 'проспект Мангилик Ел',
  addressBuilding: '8',
  addressFlat: '12',
  postalCode: 'Z05T3E2',
  householdMembers: [{ memberIin: '881122300375', relationship: 'spouse', status: 'employed' }],
  canWork: 'no',
  monthlyIncome: '95000',
  iban: 'KZ16 601A 8710 0123 4567',
  personalDataConsent: true,
};
const assistanceAccepted = {
  ...assistance,
  applicantPhone: '+77051112233',
  monthlyIncome: 95000,
  iban: 'KZ16601A871001234567',
};

const assistanceCases: Case[] = [
  { name: 'good: nobody can work', answers: assistance, expected: { accepted: assistanceAccepted } },
  {
    name: 'good: someone can work (social contract), income differs (a document)',
    answers: { ...assistance, canWork: 'yes', socialContractConsent: true, incomeDiffers: true, incomeProof: [file('payslip.pdf')] },
    expected: {
      accepted: { ...assistanceAccepted, canWork: 'yes', socialContractConsent: true, incomeDiffers: true },
      files: { incomeProof: ['payslip.pdf'] },
    },
  },
  { name: 'bad: the declaration not agreed', answers: without(assistance, 'personalDataConsent'), expected: { page: 'declaration', errors: [['personalDataConsent', 'required']] } },
  {
    name: 'bad: a postcode and an IBAN in wrong formats; the address page fails first',
    answers: { ...assistance, postalCode: 'ABC', iban: 'KZ17601A871001234567' },
    expected: { page: 'address', errors: [['postalCode', 'postal_code_format']] },
  },
  { name: 'bad: an IBAN with a wrong check', answers: { ...assistance, iban: 'KZ17601A871001234567' }, expected: { page: 'bank', errors: [['iban', 'iban_checksum']] } },
  { name: 'bad: a negative income', answers: { ...assistance, monthlyIncome: '-5000' }, expected: { page: 'income', errors: [['monthlyIncome', 'below_minimum']] } },
  {
    name: 'bad: a household member with a wrong IIN and no relationship',
    answers: { ...assistance, householdMembers: [{ memberIin: '881122300376', relationship: '', status: 'employed' }] },
    expected: { page: 'household', errors: [['householdMembers[0].memberIin', 'iin_checksum'], ['householdMembers[0].relationship', 'required']] },
  },
  {
    name: 'bad: someone can work, and no social-contract consent',
    answers: { ...assistance, canWork: 'yes' },
    expected: { page: 'social-contract', errors: [['socialContractConsent', 'required']] },
  },
  {
    name: 'leftovers: a social-contract consent when nobody can work, a document without "income differs"',
    answers: { ...assistance, socialContractConsent: true, incomeProof: [file('old.pdf')] },
    expected: { accepted: assistanceAccepted, strictRefuses: [['incomeProof', 'not_applicable'], ['socialContractConsent', 'not_applicable']] },
  },
];

// ---------------------------------------------------------------------------------------------
// D. Large-family benefit

const children = [15, 11, 6, 3].map((age, i) => ({ childIin: makeIin(bornYearsAgo(age), i % 2 ? 'female' : 'male', 50 + i), childName: `Бала ${'ӘҒҚҢ'[i]}ұлы` }));
const student = makeIin(bornYearsAgo(19), 'female', 77);
const family: Answers = {
  applicantIin: '850703400420',
  applicantPhone: '87015551234',
  children,
  iban: 'KZ18722S000012345678',
  declaration: true,
  personalDataConsent: true,
};
const familyAccepted = { ...family, applicantPhone: '+77015551234' };

const familyCases: Case[] = [
  { name: 'good: four children under 18', answers: family, expected: { accepted: familyAccepted } },
  {
    name: 'good: a 19-year-old full-time student with a certificate',
    answers: { ...family, children: [{ childIin: student, childName: 'Айгерім Серікқызы', isStudent: 'yes', studyProof: [file('certificate.pdf')] }, ...children.slice(1)] },
    expected: {
      accepted: { ...familyAccepted, children: [{ childIin: student, childName: 'Айгерім Серікқызы', isStudent: 'yes' }, ...children.slice(1)] },
      files: { 'children[0].studyProof': ['certificate.pdf'] },
    },
  },
  { name: 'bad: no children', answers: { ...family, children: [] }, expected: { page: 'children', errors: [['children', 'required']] } },
  { name: 'bad: three children', answers: { ...family, children: children.slice(0, 3) }, expected: { page: 'children', errors: [['children', 'too_few_items']] } },
  { name: 'bad: a phone number in a wrong format', answers: { ...family, applicantPhone: '12345' }, expected: { page: 'about-you', errors: [['applicantPhone', 'phone_format']] } },
  {
    name: 'bad: a 19-year-old without the student answer, a name with digits',
    answers: { ...family, children: [{ childIin: student, childName: 'Айгерім' }, { ...children[1]!, childName: 'R2-D2' }, ...children.slice(2)] },
    expected: { page: 'children', errors: [['children[0].isStudent', 'required'], ['children[1].childName', 'person_name_characters']] },
  },
  {
    name: 'leftovers: "student" and a certificate for a 15-year-old',
    answers: { ...family, children: [{ ...children[0]!, isStudent: 'yes', studyProof: [file('certificate.pdf')] }, ...children.slice(1)] },
    expected: { accepted: familyAccepted, strictRefuses: [['children[0].isStudent', 'not_applicable'], ['children[0].studyProof', 'not_applicable']] },
  },
];

// ---------------------------------------------------------------------------------------------
// E. Service feedback

const feedback: Answers = { service: 'labour-contract', channel: 'online', rating: '5', wantsReply: 'no' };
const poor: Answers = { ...feedback, rating: '2', reasons: ['waiting', 'staff'], comment: 'I waited two hours.' };

const feedbackCases: Case[] = [
  { name: 'good: a rating of 5, anonymous', answers: feedback, expected: { accepted: feedback } },
  {
    name: 'good: a rating of 2 with reasons, a reply by email',
    answers: { ...poor, wantsReply: 'yes', replyName: 'Данияр Әбенов', replyBy: 'email', replyEmail: 'daniyar@example.kz', replyConsent: true },
    expected: { accepted: { ...poor, wantsReply: 'yes', replyName: 'Данияр Әбенов', replyBy: 'email', replyEmail: 'daniyar@example.kz', replyConsent: true } },
  },
  { name: 'bad: no rating', answers: without(feedback, 'rating'), expected: { page: 'rating', errors: [['rating', 'required']] } },
  { name: 'bad: a rating that is not an option', answers: { ...feedback, rating: '6' }, expected: { page: 'rating', errors: [['rating', 'invalid_option']] } },
  { name: 'bad: a poor rating with a comment too long', answers: { ...poor, comment: 'a'.repeat(1001) }, expected: { page: 'what-went-wrong', errors: [['comment', 'too_long']] } },
  { name: 'bad: a poor rating with no comment', answers: without(poor, 'comment'), expected: { page: 'what-went-wrong', errors: [['comment', 'required']] } },
  {
    name: 'bad: a reply wanted, with a wrong email and IIN, no consent',
    answers: { ...feedback, wantsReply: 'yes', replyName: 'Данияр Әбенов', replyBy: 'email', replyEmail: 'daniyar@', replyIin: '900115300014' },
    expected: { page: 'reply', errors: [['replyEmail', 'invalid_email'], ['replyIin', 'iin_checksum'], ['replyConsent', 'required']] },
  },
  { name: 'bad: a reason that is not an option', answers: { ...poor, reasons: ['waiting', 'bogus'] }, expected: { page: 'what-went-wrong', errors: [['reasons', 'invalid_option']] } },
  {
    name: 'leftovers: reasons and a comment with a rating of 5, a name without a reply, an email under "by phone"',
    answers: { ...feedback, reasons: ['waiting'], comment: 'Slow.', replyName: 'Данияр', replyBy: 'phone', replyEmail: 'daniyar@example.kz' },
    expected: {
      accepted: feedback,
      strictRefuses: [['comment', 'not_applicable'], ['reasons', 'not_applicable'], ['replyBy', 'not_applicable'], ['replyEmail', 'not_applicable'], ['replyName', 'not_applicable']],
    },
  },
];

export const FORMS: [string, Case[]][] = [
  ['job-seeker', jobSeekerCases],
  ['labour-contract', labourCases],
  ['social-assistance', assistanceCases],
  ['large-family-benefit', familyCases],
  ['service-feedback', feedbackCases],
];
