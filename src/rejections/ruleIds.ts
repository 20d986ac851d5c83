/** Every rule of the policy, by its ID (docs/rules.md lists them all). */
export const RULE_IDS = Object.freeze([
  'PA-1',
  'PA-2',
  'PA-3',
  'PA-4',
  'PA-5',
  'PA-6',
  'PA-7',
  'PA-8',
  'PA-9',
  'PA-10',
  'PA-11',
  'PA-12',
  'PA-13',
  'PA-14',
  'PA-15',
  'PA-16',
  'PA-17',
  'PA-18',
  'CX-1',
  'CX-2',
  'CX-3',
  'CX-4',
  'CX-5',
  'CX-6',
  'CX-7',
  'LIB-1',
  'LIB-2',
] as const);

/**
 * The ID of one rule: `PA-` rules come from the article, `CX-` rules from its context, `LIB-`
 * rules are this library's own, where it refuses what the article does not speak of.
 */
export type RuleId = (typeof RULE_IDS)[number];
