import { RULES, type RuleEntry } from '../src/index';

const cell = (items: readonly string[]): string =>
  items.length === 0 ? '—' : items.map((item) => `\`${item}\``).join(', ');

const row = ({ id, summary, enforcedBy, codes }: RuleEntry): string =>
  `| ${id} | ${summary} | ${cell(enforcedBy)} | ${cell(codes)} |`;

const table = (entries: readonly RuleEntry[]): string =>
  ['| ID | rule | enforced by | rejection codes |', '| --- | --- | --- | --- |', ...entries.map(row)].join('\n');

// What every state of a world keeps, whatever the commands: the model-based tests hold each one
// after every command (test/world/model.prop.test.ts), and the code cites them by these IDs.
const INVARIANTS: readonly (readonly [id: string, text: string])[] = [
  [
    'INV-1',
    'A property is in a primary account\u2019s portfolio exactly when it is linked to the account\u2019s agreement or attached to it by the platform (PA-4).',
  ],
  ['INV-2', 'An agreement has at most one primary account.'],
  ['INV-3', 'A primary account holds full admin rights over its whole portfolio, after any sequence of commands.'],
  ['INV-4', 'No command by a non-primary account registers a property.'],
  [
    'INV-5',
    'A property leaves a portfolio only by a re-contract, a change of ownership or a termination, all platform operations (PA-18).',
  ],
  ['INV-6', 'A property a primary account adds is linked to that account\u2019s agreement.'],
  [
    'INV-7',
    'Login names stay unique; an account made from an invitation never has the login of the invitee\u2019s primary account.',
  ],
  [
    'INV-8',
    'A refused command changes nothing, and no function changes what it is given or keeps it: what the world keeps and hands out is frozen.',
  ],
  [
    'INV-9',
    'No input, however malformed, makes a public function throw: it answers with a typed rejection or a typed parse error.',
  ],
  [
    'INV-10',
    'An account reaches a property only through its agreement\u2019s primary account, an admin\u2019s act over that property (PA-12, PA-14, PA-16), or the platform (PA-4).',
  ],
];

/** The text of `docs/rules.md`, rendered from the rule catalog. */
export const renderRulesDoc = (rules: readonly RuleEntry[] = RULES): string =>
  [
    '# Rules reference',
    '',
    '<!-- Generated from src/catalog/rules.ts by `npm run docs`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'Every rule the library enforces, by its ID: what it says, the exported functions that enforce',
    'it, and the rejection codes it can produce. Each rejection also carries these IDs in its `rules`',
    'field. `explain(rejection, locale)` gives its message in English or Swedish.',
    '',
    '## From the article (PA-)',
    '',
    'The partner help article on managing properties and users through a primary account.',
    '',
    table(rules.filter((rule) => rule.source === 'article')),
    '',
    "## From the platform's related pages (CX-)",
    '',
    'What the same platform\u2019s pages on account types and access rights say, without which the',
    'article cannot be applied.',
    '',
    table(rules.filter((rule) => rule.source === 'context')),
    '',
    '## The library\u2019s own (LIB-)',
    '',
    'Where the library refuses what the article does not speak of. Each is a choice: a refused',
    'no-op tells the caller that nothing would change, instead of recording an event that changes',
    'nothing; an account without rights would be a login with nothing to use.',
    '',
    table(rules.filter((rule) => rule.source === 'library')),
    '',
    '## Invariants (INV-)',
    '',
    'What every state of a world keeps, whatever the commands. The model-based tests check each',
    'one after every command of random sequences.',
    '',
    '| ID | invariant |',
    '| --- | --- |',
    ...INVARIANTS.map(([id, text]) => `| ${id} | ${text} |`),
    '',
  ].join('\n');
