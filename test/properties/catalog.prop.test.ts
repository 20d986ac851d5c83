import { it } from '@fast-check/vitest';
import { describe, expect } from 'vitest';

import { type RuleId, RULES } from '../../src/index';
import { ACTIONS, callUntyped } from './actions';

const entry = (id: RuleId) => RULES.find((rule) => rule.id === id);
const canName = (name: string): string => `can${name.charAt(0).toUpperCase()}${name.slice(1)}`;

describe.each(ACTIONS)('the catalog tells the truth about $name', ({ name, requests, act }) => {
  it.prop([requests])('every rule a decision cites lists that function, and for a rejection, that code', (request) => {
    const result = callUntyped(act, request);
    const cited = result.isOk()
      ? (result.value as { rules: readonly RuleId[] }).rules
      : result.error.code === 'invalid_input'
        ? []
        : result.error.rules;
    for (const id of cited) {
      const rule = entry(id);
      expect(
        rule?.enforcedBy.some((fn) => fn === name || fn === canName(name)),
        `${id} names ${name}`,
      ).toBe(true);
      if (result.isErr() && result.error.code !== 'invalid_input') {
        expect(rule?.codes as readonly string[] | undefined, `${id} lists ${result.error.code}`).toContain(
          result.error.code,
        );
      }
    }
  });
});
