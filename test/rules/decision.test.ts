import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canAddProperty } from '../../src/index';
import { decision } from '../../src/rules/decision';
import { type Check, INVALID } from '../../src/validation/check';

// A check that takes any object as itself, and refuses anything else.
const anyObject: Check<object> = (input, issues) => {
  if (typeof input === 'object' && input !== null) return input;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['object'], received: typeof input } });
  return INVALID;
};

describe('decision, the builder of every can and act', () => {
  it('INV-9: a rule that throws on checked input still answers a typed, frozen invalid_input', () => {
    const throwing = decision(
      anyObject,
      (): never => {
        throw new Error('a rule that throws');
      },
      () => 'changed',
    );
    const unreadable = err({ code: 'invalid_input', issues: [{ path: [], problem: { code: 'unreadable' } }] });
    expect(throwing.can({})).toStrictEqual(unreadable);
    expect(throwing.act({})).toStrictEqual(unreadable);
    expect(Object.isFrozen(throwing.can({})._unsafeUnwrapErr())).toBe(true);
    // Input the check refuses is refused by the check, before any rule runs.
    expect(throwing.can(7 as never)).toStrictEqual(
      err({
        code: 'invalid_input',
        issues: [{ path: [], problem: { code: 'wrong_type', expected: ['object'], received: 'number' } }],
      }),
    );
    const allowing = decision(
      anyObject,
      () => ok({ rules: ['PA-1'] as const }),
      () => 'changed',
    );
    expect(allowing.act({})).toStrictEqual(ok('changed'));
  });

  it('INV-9: a getter that throws while the input is read is named beside the issues found before it', () => {
    const input = {
      actor: 42,
      get primary(): never {
        throw new Error('a hostile getter');
      },
      agreement: 1,
      property: 2,
      origin: 3,
    };
    expect(canAddProperty(input as never)).toStrictEqual(
      err({
        code: 'invalid_input',
        issues: [
          { path: ['actor'], problem: { code: 'wrong_type', expected: ['object'], received: 'number' } },
          { path: [], problem: { code: 'unreadable' } },
        ],
      }),
    );
  });
});
