/**
 * Good answers to the five example forms, in the shape `sf-form` holds them while a person fills
 * them in (dates as day/month/year parts, numbers as typed, files as `File`s). The page stories
 * open each form on one page with these answers restored from a draft, as a person coming back
 * to it would see it.
 */

const file = (name: string, type: string, text: string) => new File([text], name, { type });

export const jobSeekerAnswers = (): Record<string, unknown> => ({
  iin: '900115 300013',
  fullName: 'Әлия Қайратқызы',
  dateOfBirth: { day: '15', month: '1', year: '1990' },
  hasDisability: 'yes',
  disabilityGroup: 'III',
  adjustments: 'A step-free entrance and a screen reader',
  mobilePhone: '8 701 234 56 78',
  region: 'almaty-region',
  district: 'Talgar district',
  settlement: 'Talgar',
  education: [
    { level: 'technical-vocational', institution: 'Talgar Agrarian College', specialty: 'Welding production', graduationYear: '2010' },
    { level: 'general-secondary', institution: 'School No. 3', specialty: '', graduationYear: '2007' },
  ],
  noExperience: false,
  experience: [
    { employer: 'KazStroy LLP', position: 'Welder', startedOn: { day: '1', month: '9', year: '2010' }, endedOn: { day: '30', month: '6', year: '2025' } },
    { employer: 'Talgar Service', position: 'Welder', startedOn: { day: '1', month: '8', year: '2025' }, endedOn: { day: '', month: '', year: '' } },
  ],
  desiredPosition: 'Welder',
  desiredSalary: '250 000',
  schedule: ['shift', 'full-time'],
  languages: [
    { language: 'kk', level: 'native' },
    { language: 'other', otherLanguage: 'Uyghur', level: 'fluent' },
  ],
  publishConsent: true,
});

/** A 15-year-old: the legal-representative page is asked. */
export const jobSeekerMinorAnswers = (): Record<string, unknown> => ({
  ...jobSeekerAnswers(),
  iin: '110315 500018',
  fullName: 'Нұрлан Серікұлы',
  dateOfBirth: { day: '15', month: '3', year: '2011' },
  hasDisability: 'no',
  representativeName: 'Серік Әбенов',
  representativeIin: '850703400420',
  representativeRelationship: 'parent',
  representativePhone: '8 747 123 45 67',
});

export const labourContractAnswers = (): Record<string, unknown> => ({
  employerType: 'legal-entity',
  employerBin: '9401 4000 0385',
  employeeIin: '880512412342',
  contractNumber: '15/2026-TD',
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
});

/** A 15-year-old employee: the guardian's consent page is asked. */
export const labourContractMinorAnswers = (): Record<string, unknown> => ({
  ...labourContractAnswers(),
  employeeIin: '110315500018',
  guardianName: 'Гүлнар Әбенова',
  guardianIin: '850703400420',
  guardianConsentDocument: [file('consent.pdf', 'application/pdf', '%PDF-1.4 consent')],
});

export const socialAssistanceAnswers = (): Record<string, unknown> => ({
  applicantIin: '850703400420',
  applicantPhone: '+7 747 123 45 67',
  addressRegion: 'turkistan',
  addressSettlement: 'Kentau',
  addressStreet: 'Abai street',
  addressBuilding: '12',
  addressFlat: '',
  postalCode: 'X10A2B3',
  householdMembers: [
    { memberIin: '900115300013', relationship: 'spouse', status: 'unemployed' },
    { memberIin: '150930512351', relationship: 'child', status: 'schoolchild' },
  ],
  canWork: 'yes',
  monthlyIncome: '120 000',
  incomeDiffers: true,
  incomeProof: [file('employer-letter.pdf', 'application/pdf', '%PDF-1.4 letter'), file('bank-statement.jpg', 'image/jpeg', 'JFIF statement')],
  iban: 'KZ86 125K ZT50 0410 0100',
  socialContractConsent: true,
  personalDataConsent: true,
});

export const largeFamilyBenefitAnswers = (): Record<string, unknown> => ({
  applicantIin: '850703400420',
  applicantPhone: '8 701 234 56 78',
  children: [
    { childIin: '080601612341', childName: 'Дана Серікқызы', isStudent: 'yes', studyProof: [file('study-certificate.pdf', 'application/pdf', '%PDF-1.4 certificate')] },
    { childIin: '120701612345', childName: 'Әсел Серікқызы' },
    { childIin: '150930512351', childName: 'Нұрлан Серікұлы' },
    { childIin: '180212612348', childName: 'Айша Серікқызы' },
  ],
  iban: 'KZ86125KZT5004100100',
  declaration: true,
  personalDataConsent: true,
});

/** A poor rating: the "what went wrong" page is asked. */
export const serviceFeedbackAnswers = (): Record<string, unknown> => ({
  service: 'targeted-social-assistance',
  channel: 'public-service-centre',
  rating: '2',
  reasons: ['unclear', 'waiting'],
  comment: 'I queued for 3 hours and was sent home for a document.',
  wantsReply: 'yes',
  replyName: 'Гүлнар',
  replyBy: 'phone',
  replyPhone: '8 747 123 4567',
  replyIin: '',
  replyConsent: true,
});
