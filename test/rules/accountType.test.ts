import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { type Account, accountType, explainAccountKind } from '../../src/index';
import { primary, user } from '../fixtures';

describe('accountType', () => {
  it('PA-8: a primary account shows "primary account" under its name', () => {
    const owner = primary('owner', 1);
    expect(accountType(owner)).toStrictEqual(ok({ account: owner.id, kind: 'primary', primaryBadge: true }));
    expect(explainAccountKind('primary', 'en')).toBe('primary account');
    expect(explainAccountKind('primary', 'sv')).toBe('primärt konto');
  });

  it('PA-8: a non-primary account sees that it is not primary', () => {
    const regular = user('regular', []);
    expect(accountType(regular)).toStrictEqual(ok({ account: regular.id, kind: 'non_primary', primaryBadge: false }));
  });

  it('INV-9: something that is not an account is a typed error', () => {
    expect(accountType({ kind: 'robot' } as unknown as Account)).toStrictEqual(
      err({
        code: 'invalid_input',
        issues: [{ path: ['kind'], problem: { code: 'unknown_variant', allowed: ['primary', 'non_primary'] } }],
      }),
    );
  });
});
