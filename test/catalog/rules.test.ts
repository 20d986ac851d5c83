import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import { RULE_IDS, RULES } from '../../src/index';
import { en } from '../../src/messages/en';
import { renderRulesDoc } from '../../scripts/rulesDoc';

const domain = readFileSync(new URL('../../../shared/DOMAIN.md', import.meta.url), 'utf8');
const domainIds = [...new Set(domain.match(/\b(?:PA|CX)-\d+\b/gu))].sort();

describe('the rule catalog', () => {
  it('lists every PA- and CX- rule of DOMAIN.md, once, in order', () => {
    expect(RULES.map((rule) => rule.id)).toStrictEqual([...RULE_IDS]);
    expect([...RULE_IDS].sort()).toStrictEqual(domainIds);
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

  it('docs/rules.md names every rule ID of DOMAIN.md', () => {
    const file = renderRulesDoc();
    for (const id of domainIds) expect(file).toContain(`| ${id} |`);
  });
});
