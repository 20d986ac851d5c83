import { type RuleEntry, RULES } from '../src/index';

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

// Need to know: what an actor may see, and so what a client is told. The code is world/view.ts
// (viewOf) and the world's handlers; test/world/noninterference.prop.test.ts holds them to this.
const NEED_TO_KNOW: readonly string[] = [
  '## What an actor may see',
  '',
  'Many partners ask one service; no answer to one of them tells it about another. What an actor may',
  'see is defined once (`viewOf` answers it):',
  '',
  '- **an account**: its own record; the properties it reaches (a primary account its portfolio, PA-1;',
  '  a non-primary account the properties it was given, CX-2); the agreements of those properties (and',
  "  a primary account's own); and the accounts and invitations there: every account that reaches one",
  '  of those properties (the agreement\u2019s primary account among them) and every invitation sent for',
  '  one;',
  '- **an invitee**: the invitation it holds (the link in the email names it) and that invitation\u2019s',
  '  property;',
  '- **the platform**: everything.',
  '',
  'Two things the rules themselves disclose, and only these: whether a login, or one that looks like',
  'it, is taken (CX-4, CX-7: logins are unique, so a new one that is taken is refused), and the',
  'non-primary user an admin names by username and email (PA-14: it is added, and its rights shown',
  'for review, or one answer says that no such user can be added).',
  '',
  '## What a client is told, and what it is not',
  '',
  "Every decision and every world handler looks at the actor's own standing first: an admin of the",
  'property (CX-1), the primary account of the agreement (PA-10), or the platform (PA-9, PA-18). Only',
  'then does it look at what the request names. So:',
  '',
  '- An actor without standing gets one answer whatever the target is, or whether it exists: a',
  '  non-admin of a property (or of a property that is not there) is told `actor_not_admin`; a',
  '  non-primary account adding a property `non_primary_cannot_add_property`; the primary account of',
  '  another agreement `actor_is_not_this_primary`; an account asking for a platform operation',
  '  `platform_operation_only`, with no remedy that would tell whether the agreement is in force.',
  '- A target the actor may not see is answered as one that is not there: an account that does not',
  '  reach the property is `property_not_reached` (there or not); an invitation of another property is',
  '  `record_not_found`; an agreement a non-primary account does not see is `record_not_found` to',
  '  `request_primary_account`; any property outside a primary account\u2019s agreement is',
  '  `property_not_in_agreement`, whether it belongs to another agreement, was attached elsewhere, is',
  '  linked to none, or is not there.',
  '- The ID of a record a command makes (an account, an invitation, a new property) is made by the',
  "  server, not named by the client (`commandFromBody` takes the server's ID maker), so",
  '  `record_id_taken` is never a client\u2019s answer.',
  '- Remedies name only what the request named or what the actor sees; a remedy that depends on a',
  '  record the actor may not see says when it applies (ask the platform to attach a listing *if* it is',
  '  linked to no agreement; ask for a primary account *if* the agreement has none).',
  '- In the client audience of `toProblem`, a user lookup that failed is one answer (no such user, another',
  '  email, and a primary account look alike, each with the remedy to invite by email); a taken login',
  "  does not name its holder; a change of rights refused for the account's other properties does not",
  '  list them; time going backwards does not tell the world\u2019s clock. `toAccepted` tells an accepted',
  "  command's events by kind and the IDs they changed, never the records they carry.",
  '- `permittedActions` answers from the same standing: `refused` only with the very rejection',
  '  `execute` gives every command of the action, `allowed` only when some command would be accepted,',
  '  `unavailable` otherwise.',
  '',
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
    ...NEED_TO_KNOW,
  ].join('\n');
