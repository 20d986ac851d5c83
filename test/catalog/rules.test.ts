import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { renderRulesDoc } from '../../scripts/rulesDoc';
import * as api from '../../src/index';
import { RULE_IDS, RULES } from '../../src/index';
import { en } from '../../src/messages/en';

// The rules are numbered without gaps in each series: PA-1..PA-18 from the article, CX-1..CX-7
// from its context, and the library's own LIB-1.. (docs/rules.md says what each one is).
const series = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index + 1)}`);
const ruleIds = [...series('PA', 18), ...series('CX', 7), ...series('LIB', 2)];

describe('the rule catalog', () => {
  it('lists every rule once, in order, with the source its series names', () => {
    expect(RULES.map((rule) => rule.id)).toStrictEqual([...RULE_IDS]);
    expect([...RULE_IDS]).toStrictEqual(ruleIds);
    const sources = { PA: 'article', CX: 'context', LIB: 'library' } as const;
    for (const rule of RULES)
      expect(rule.source).toBe(sources[rule.id.slice(0, rule.id.indexOf('-')) as keyof typeof sources]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s is enforced by exported functions', (_id, rule) => {
    expect(rule.enforcedBy.length).toBeGreaterThan(0);
    for (const name of rule.enforcedBy) expect(typeof Reflect.get(api, name), name).toBe('function');
  });

  it('names every rejection code under at least one rule, and no code that does not exist', () => {
    const known = Object.keys(en.rejection).sort();
    const listed = [...new Set(RULES.flatMap((rule) => rule.codes))].sort();
    expect(listed).toStrictEqual(known);
  });

  it('docs/rules.md is generated from the catalog and up to date (run `npm run docs`)', () => {
    const file = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(file).toBe(renderRulesDoc());
  });

  it('docs/rules.md names every rule and every invariant, each in its own row', () => {
    const file = renderRulesDoc();
    for (const id of [...ruleIds, ...series('INV', 10)]) expect(file).toContain(`| ${id} |`);
  });
});
