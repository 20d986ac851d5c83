import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import {
  canGrantPrimaryAccount,
  canRequestPrimaryAccount,
  grantPrimaryAccount,
  type NewPrimary,
  PLATFORM,
} from '../../src/index';
import { agreement, leid, primary, user } from '../fixtures';

const owner = primary('owner', 7);
const regular = user('regular', ['h1'], 'reservations');
// The new primary account's details: those of a primary fixture, without its agreement.
const { id, login, email, name } = primary('newowner', 7);
const details: NewPrimary = { id, login, email, name };
const request = {
  actor: PLATFORM,
  agreement: agreement(7),
  primaryOfAgreement: null,
  account: details,
  loginHolder: null,
};

describe('grantPrimaryAccount', () => {
  it('PA-9, PA-1: the platform makes the primary account an agreement lacks', () => {
    expect(grantPrimaryAccount(request)).toStrictEqual(
      ok({ rules: ['PA-9', 'PA-1'], account: { kind: 'primary', id, login, email, name, agreement: leid(7) } }),
    );
    expect(canGrantPrimaryAccount(request)).toStrictEqual(ok({ rules: ['PA-9', 'PA-1'] }));
  });

  it('PA-9: an account cannot make one itself, and is refused alike whatever the agreement', () => {
    const refused = canGrantPrimaryAccount({ ...request, actor: regular });
    expect(refused).toStrictEqual(
      err({
        code: 'platform_operation_only',
        rules: ['PA-9'],
        facts: { actor: { kind: 'non_primary', id: regular.id }, operation: 'grant_primary_account' },
        remedies: [],
      }),
    );
    // Whether the agreement is in force or has a primary account is not told: requestPrimaryAccount is.
    expect(canGrantPrimaryAccount({ ...request, actor: regular, agreement: agreement(7, 'terminated') })).toStrictEqual(
      refused,
    );
    expect(canGrantPrimaryAccount({ ...request, actor: regular, primaryOfAgreement: owner })).toStrictEqual(refused);
    expect(
      canRequestPrimaryAccount({ requester: regular, agreement: agreement(7), primaryOfAgreement: null }).isOk(),
    ).toBe(true);
  });

  it('INV-2: an agreement keeps its one primary account', () => {
    expect(canGrantPrimaryAccount({ ...request, primaryOfAgreement: owner })).toStrictEqual(
      err({
        code: 'agreement_has_primary',
        rules: ['PA-9', 'PA-1'],
        facts: { agreement: leid(7), primary: owner.id },
        remedies: [],
      }),
    );
  });

  it('PA-18, CX-4: no primary account for a terminated agreement, nor with a login in use', () => {
    expect(canGrantPrimaryAccount({ ...request, agreement: agreement(7, 'terminated') })._unsafeUnwrapErr().code).toBe(
      'agreement_is_terminated',
    );
    expect(canGrantPrimaryAccount({ ...request, loginHolder: regular.id })).toStrictEqual(
      err({
        code: 'login_taken',
        rules: ['CX-4'],
        facts: { login, holder: regular.id },
        remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
      }),
    );
  });

  it('names a malformed field, and never throws', () => {
    const bad = canGrantPrimaryAccount({ ...request, account: { ...details, login: ' ' } } as never)._unsafeUnwrapErr();
    expect(bad.code).toBe('invalid_input');
    expect(bad.code === 'invalid_input' && bad.issues[0].path).toStrictEqual(['account', 'login']);
  });
});
