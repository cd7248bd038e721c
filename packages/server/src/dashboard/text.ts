/*
 * Every string of the analytics dashboard (issue 16), in one place. The dashboard is for an
 * agency's staff: English only for now; a translation replaces this object.
 */
export const TEXT = {
  serviceName: 'Service Forms analytics',
  skipLink: 'Skip to main content',
  signOut: 'Sign out',
  allForms: 'All forms',
  titleSuffix: 'Service Forms analytics',
  errorPrefix: 'Error:',

  signInTitle: 'Sign in to the analytics dashboard',
  signInLead: 'The dashboard shows the feedback and progress aggregates of each form. It needs the export token the server was started with (EXPORT_TOKEN).',
  tokenLabel: 'Export token',
  tokenHint: 'After you sign in, this browser keeps a signed cookie for 8 hours, for the dashboard only. The token itself is not stored in it.',
  signInButton: 'Sign in',
  tokenMissing: 'Enter the export token',
  tokenWrong: 'The export token is not right',
  errorSummaryTitle: 'There is a problem',

  offTitle: 'The dashboard is turned off',
  offText: 'Start the server with EXPORT_TOKEN set to turn the export and the dashboard on.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no form with this id on this server.',
  badQueryTitle: 'The breakdown asked for is not known',
  badQueryText: 'Break down by a comma list of formVersion, week, locale and region.',
  errorTitle: 'Sorry, there is a problem with the dashboard',
  errorText: 'Try again later.',
  busyTitle: 'Too many requests',
  busyText: 'Wait a minute, then try again.',
  forbiddenTitle: 'This request was refused',
  forbiddenText: 'Open the dashboard from this server\u2019s own address and try again.',
  badRequestText: 'The request could not be read. Go back and try again.',
  backToDashboard: 'Go to the dashboard',

  formsTitle: 'Forms',
  formsLead: 'Choose a form to see how satisfied people are, where they stop, and which questions cause errors.',

  kNote: (k: number) => `To protect people\u2019s privacy, any count under ${k} is shown as \u201csuppressed\u201d, never as 0. A row with every count suppressed is left out.`,
  generatedAt: (at: string) => `Made at ${at} (UTC).`,
  byLegend: 'Break down by',
  byHint: 'Each table and chart has one row per combination of what you choose. Choose nothing for the totals.',
  showButton: 'Show',
  onThisPage: 'On this page',
  dimensionNames: { formVersion: 'Form version', week: 'Week', locale: 'Language', region: 'Region' },
  languages: { kk: 'Kazakh', ru: 'Russian', en: 'English' } as Record<string, string>,
  noRegion: 'Not given',
  allRows: 'All versions, weeks, languages and regions',
  suppressed: 'suppressed',
  noData: 'There are no counts to show yet, or every count is under the threshold.',

  satisfactionHeading: 'Satisfaction',
  satisfactionLead:
    'The score is the percentage of people who said they were satisfied or very satisfied (the GOV.UK measure). Break down by week to see its trend. The responses per rating follow the score.',
  satisfactionChart: 'Bar chart of the satisfaction score, 0 to 100%. The same numbers are in the table after it.',
  satisfactionCaption: 'Satisfaction score',
  ratingsCaption: (row: string) => `Responses per rating, ${row}`,
  row: 'Who and when',
  rating: 'Rating',
  given: { confirmation: 'After sending', abandoned: 'After leaving', failed: 'After sending failed' } as Record<string, string>,
  responses: 'Responses',
  ratings: {
    'very-satisfied': 'Very satisfied',
    satisfied: 'Satisfied',
    neither: 'Neither satisfied nor dissatisfied',
    dissatisfied: 'Dissatisfied',
    'very-dissatisfied': 'Very dissatisfied',
  } as Record<string, string>,
  score: 'Score (% satisfied)',

  funnelHeading: 'Completion funnel per page',
  funnelLead: 'How many times each page was reached, failed its checks, was sent from, and was left with answers unsent.',
  funnelChart: (group: string) => `Bar chart of the completion funnel per page, ${group}. The same numbers are in the table after it.`,
  funnelCaption: (group: string) => `Completion funnel per page, ${group}`,
  page: 'Page',
  measure: 'Measure',
  measures: { reached: 'Reached', failed: 'Failed checks', submitted: 'Sent', abandoned: 'Left' } as Record<string, string>,

  errorsHeading: 'Most frequent errors per field',
  errorsLead: 'Which questions confuse people: each field\u2019s error codes, the most frequent first.',
  errorsChart: (group: string) => `Bar chart of error codes per field, most frequent first, ${group}. The same numbers are in the table after it.`,
  errorsCaption: (group: string) => `Error codes per field, most frequent first, ${group}`,
  fieldOnPage: 'Field \u00b7 page',
  code: 'Error code',
  count: 'Count',

  downloadsHeading: 'Download the aggregates',
  downloadsLead: 'CSV files (UTF-8), with the breakdown chosen above. Suppressed counts read \u201csuppressed\u201d.',
  downloads: {
    funnel: 'Completion funnel (CSV)',
    errors: 'Errors per field (CSV)',
    satisfaction: 'Satisfaction (CSV)',
    comments: 'Comments, with personal details masked (CSV)',
  },
} as const;

export type DashboardText = typeof TEXT;
