import type { Locale } from 'partner-account-rules';

/** The CLI's own words, in every locale of the messages. */
export const WORDS: {
  readonly [L in Locale]: Readonly<
    Record<
      | 'scenario'
      | 'step'
      | 'accepted'
      | 'rejected'
      | 'under'
      | 'next'
      | 'events'
      | 'unexpected'
      | 'expected'
      | 'summary'
      | 'asExpected'
      | 'notAsExpected'
      | 'valid'
      | 'malformed',
      string
    >
  >;
} = {
  en: {
    scenario: 'Scenario',
    step: 'Step',
    accepted: 'accepted',
    rejected: 'rejected',
    under: 'under',
    next: 'next step',
    events: 'events',
    unexpected: 'UNEXPECTED',
    expected: 'expected',
    summary: 'steps',
    asExpected: 'as expected',
    notAsExpected: 'not as expected',
    valid: 'is valid',
    malformed: 'malformed, nothing was run:',
  },
  sv: {
    scenario: 'Scenario',
    step: 'Steg',
    accepted: 'godkänt',
    rejected: 'nekat',
    under: 'enligt',
    next: 'nästa steg',
    events: 'händelser',
    unexpected: 'OVÄNTAT',
    expected: 'väntat',
    summary: 'steg',
    asExpected: 'som väntat',
    notAsExpected: 'inte som väntat',
    valid: 'är giltig',
    malformed: 'felaktigt utformad, inget kördes:',
  },
};
