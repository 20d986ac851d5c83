import { RULES, type RuleEntry } from '../src/index';

const cell = (items: readonly string[]): string => (items.length === 0 ? '—' : items.map((item) => `\`${item}\``).join(', '));

const row = ({ id, summary, enforcedBy, codes }: RuleEntry): string => `| ${id} | ${summary} | ${cell(enforcedBy)} | ${cell(codes)} |`;

const table = (entries: readonly RuleEntry[]): string =>
  ['| ID | rule | enforced by | rejection codes |', '| --- | --- | --- | --- |', ...entries.map(row)].join('\n');

/** The text of `docs/rules.md`, rendered from the rule catalog. */
export const renderRulesDoc = (rules: readonly RuleEntry[] = RULES): string =>
  [
    '# Rules reference',
    '',
    '<!-- Generated from src/catalog/rules.ts by `npm run docs`. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'Every rule the library enforces, by the ID that `DOMAIN.md` gives it: what it says, the exported',
    'functions that enforce it, and the rejection codes it can produce. Each rejection also carries',
    'these IDs in its `rules` field. `describe(rejection, locale)` gives its message in English or Swedish.',
    '',
    '## From the article (PA-)',
    '',
    table(rules.filter((rule) => rule.source === 'article')),
    '',
    '## From the platform\'s related pages (CX-)',
    '',
    table(rules.filter((rule) => rule.source === 'context')),
    '',
  ].join('\n');
