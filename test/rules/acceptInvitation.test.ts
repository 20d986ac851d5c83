import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import {
  acceptInvitation,
  type AcceptInvitationRequest,
  accountId,
  canAcceptInvitation,
  loginName,
} from '../../src/index';
import { at, invitation, pid, primary } from '../fixtures';

const sent = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-22T08:00:00Z');
const inviteePrimary = { ...primary('ola', 5), email: sent.email };
const newAccount = { id: accountId('acc-ola-2')._unsafeUnwrap(), login: loginName('ola.h1')._unsafeUnwrap() };
const request = (overrides: Partial<AcceptInvitationRequest>): AcceptInvitationRequest => ({
  invitation: sent,
  now: at('2026-11-23T08:00:00Z'),
  account: newAccount,
  inviteePrimary,
  loginHolder: null,
  ...overrides,
});

describe('acceptInvitation', () => {
  it('PA-16: accepting creates a new non-primary account with the invited rights, and the invitation is accepted', () => {
    expect(acceptInvitation(request({}))).toStrictEqual(
      ok({
        rules: ['PA-16', 'CX-6'],
        account: {
          kind: 'non_primary',
          ...newAccount,
          email: sent.email,
          name: sent.name,
          rights: sent.rights,
          properties: [pid('h1')],
        },
        invitation: { ...sent, status: { kind: 'accepted', at: at('2026-11-23T08:00:00Z'), account: newAccount.id } },
      }),
    );
  });

  it('CX-6: an invitation cannot be accepted before it was sent; time is an input and is held to it', () => {
    expect(acceptInvitation(request({ now: at('2026-10-23T08:00:00Z') }))).toStrictEqual(
      err({
        code: 'invitation_not_yet_sent',
        rules: ['CX-6'],
        facts: { invitation: sent.id, sentAt: sent.sentAt, now: at('2026-10-23T08:00:00Z') },
        remedies: [],
      }),
    );
  });

  it("PA-16: the new login must differ from the invitee's primary login, whatever its case (CX-7)", () => {
    const same = { ...newAccount, login: loginName('OLA')._unsafeUnwrap() };
    expect(acceptInvitation(request({ account: same }))).toStrictEqual(
      err({
        code: 'login_same_as_primary',
        rules: ['PA-16'],
        facts: { login: 'ola', primary: inviteePrimary.id },
        remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
      }),
    );
  });

  it('PA-16, CX-4: the new login must differ from every login on the platform', () => {
    const holder = accountId('someone')._unsafeUnwrap();
    expect(acceptInvitation(request({ loginHolder: holder }))._unsafeUnwrapErr()).toMatchObject({
      code: 'login_taken',
      facts: { holder },
    });
  });

  it('PA-16: a person without a primary account accepts too', () => {
    expect(canAcceptInvitation(request({ inviteePrimary: null }))).toStrictEqual(ok({ rules: ['PA-16', 'CX-6'] }));
  });

  it('CX-6: an invitation expires exactly 7 days after it was sent', () => {
    expect(canAcceptInvitation(request({ now: at('2026-11-29T07:59:59Z') })).isOk()).toBe(true);
    expect(canAcceptInvitation(request({ now: at('2026-11-29T08:00:00Z') }))).toStrictEqual(
      err({
        code: 'invitation_not_pending',
        rules: ['CX-6'],
        facts: { invitation: sent.id, state: 'expired', since: at('2026-11-29T08:00:00Z') },
        remedies: [{ kind: 'send_new_invitation', rule: 'CX-6', property: pid('h1') }],
      }),
    );
  });

  it('CX-6: a revoked invitation cannot be accepted', () => {
    const revoked = {
      ...sent,
      status: { kind: 'revoked', at: at('2026-11-22T09:00:00Z'), by: { kind: 'platform' } },
    } as const;
    expect(acceptInvitation(request({ invitation: revoked }))._unsafeUnwrapErr()).toMatchObject({
      code: 'invitation_not_pending',
      facts: { state: 'revoked', since: at('2026-11-22T09:00:00Z') },
    });
  });

  it('CX-6: an invitation is accepted at most once', () => {
    const accepted = acceptInvitation(request({}))._unsafeUnwrap().invitation;
    expect(acceptInvitation(request({ invitation: accepted }))._unsafeUnwrapErr()).toMatchObject({
      code: 'invitation_not_pending',
      facts: { state: 'accepted' },
      remedies: [],
    });
  });
});
