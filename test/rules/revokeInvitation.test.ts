import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import { canRevokeInvitation, revokeInvitation } from '../../src/index';
import { at, invitation, linked, pid, primary, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const sent = invitation('inv-1', 'h1', 'ola@example.no', '2026-11-22T08:00:00Z');
const now = at('2026-11-23T08:00:00Z');

describe('revokeInvitation', () => {
  it('CX-6, CX-1: an admin of the property revokes a pending invitation', () => {
    expect(revokeInvitation({ actor: owner, property: hotel, invitation: sent, now })).toStrictEqual(
      ok({
        rules: ['CX-6', 'CX-1'],
        invitation: { ...sent, status: { kind: 'revoked', at: now, by: { kind: 'account', id: owner.id } } },
      }),
    );
  });

  it('CX-1: someone who is not an admin of the property cannot revoke', () => {
    expect(
      canRevokeInvitation({
        actor: user('clerk', ['h1'], 'inbox'),
        property: hotel,
        invitation: sent,
        now,
      })._unsafeUnwrapErr().code,
    ).toBe('actor_not_admin');
  });

  it('CX-6: an expired invitation cannot be revoked any more', () => {
    expect(
      canRevokeInvitation({
        actor: owner,
        property: hotel,
        invitation: sent,
        now: at('2026-12-01T00:00:00Z'),
      })._unsafeUnwrapErr(),
    ).toMatchObject({
      code: 'invitation_not_pending',
      facts: { state: 'expired' },
    });
  });

  it('CX-1: the invitation must be for the property the admin acts on', () => {
    expect(canRevokeInvitation({ actor: owner, property: linked('h2', 1), invitation: sent, now })).toStrictEqual(
      err({
        code: 'invitation_for_other_property',
        rules: ['CX-1'],
        facts: { invitation: sent.id, invitationProperty: pid('h1'), property: pid('h2') },
        remedies: [],
      }),
    );
  });
});
