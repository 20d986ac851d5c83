import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canRequestPrimaryAccount, requestPrimaryAccount } from '../../src/index';
import { agreement, leid, primary, user } from '../fixtures';

const regular = user('regular', ['h1'], 'reservations');

describe('requestPrimaryAccount', () => {
  it('PA-9: a non-primary account asks the platform, and gets a support request, not an account', () => {
    expect(
      requestPrimaryAccount({ requester: regular, agreement: agreement(7), primaryOfAgreement: null }),
    ).toStrictEqual(
      ok({
        rules: ['PA-9'],
        kind: 'support_request',
        topic: 'create_primary_account',
        requester: regular.id,
        agreement: leid(7),
      }),
    );
  });

  it('PA-9: an account that already is primary has nothing to request', () => {
    const owner = primary('owner', 7);
    expect(
      requestPrimaryAccount({ requester: owner, agreement: agreement(7), primaryOfAgreement: owner }),
    ).toStrictEqual(
      err({ code: 'already_primary_account', rules: ['PA-9', 'PA-8'], facts: { account: owner.id }, remedies: [] }),
    );
  });

  it('PA-9: an agreement has one primary account, so the remedy is to ask it', () => {
    const owner = primary('owner', 7);
    expect(
      canRequestPrimaryAccount({ requester: regular, agreement: agreement(7), primaryOfAgreement: owner }),
    ).toStrictEqual(
      err({
        code: 'agreement_has_primary',
        rules: ['PA-9', 'PA-1'],
        facts: { agreement: leid(7), primary: owner.id },
        remedies: [{ kind: 'ask_primary_account', rule: 'PA-10', agreement: leid(7) }],
      }),
    );
  });

  it('PA-18: no primary account is requested for a terminated agreement', () => {
    expect(
      requestPrimaryAccount({
        requester: regular,
        agreement: agreement(7, 'terminated'),
        primaryOfAgreement: null,
      })._unsafeUnwrapErr().code,
    ).toBe('agreement_is_terminated');
  });
});
