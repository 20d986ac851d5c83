import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

import {
  canInvite,
  displayName,
  email,
  INVITATION_LIFETIME_MS,
  invitationId,
  invite,
  type InviteRequest,
} from '../../src/index';
import { at, invitation, linked, pid, primary, rights, user } from '../fixtures';

const owner = primary('owner', 1);
const hotel = linked('h1', 1);
const now = at('2026-11-22T08:00:00Z');
const invitee = {
  id: invitationId('inv-1')._unsafeUnwrap(),
  name: displayName('Ola Nordmann')._unsafeUnwrap(),
  email: email('ola@example.no')._unsafeUnwrap(),
  rights: rights('reservations', 'inbox'),
};
const request = (overrides: Partial<InviteRequest>): InviteRequest => ({
  actor: owner,
  property: hotel,
  invitee,
  now,
  invitations: [],
  ...overrides,
});

describe('invite', () => {
  it('PA-15: an admin invites a person by name and email with chosen rights; the invitation is pending for 7 days (CX-6)', () => {
    expect(invite(request({}))).toStrictEqual(
      ok({
        rules: ['PA-15', 'CX-1'],
        invitation: { ...invitee, property: pid('h1'), invitedBy: owner.id, sentAt: now, status: { kind: 'pending' } },
        expiresAt: now + INVITATION_LIFETIME_MS,
      }),
    );
  });

  it('PA-15: an invitation without access rights is refused', () => {
    expect(invite(request({ invitee: { ...invitee, rights: rights() } }))).toStrictEqual(
      err({
        code: 'no_access_rights_chosen',
        rules: ['PA-15'],
        facts: { property: pid('h1') },
        remedies: [{ kind: 'choose_access_rights', rule: 'PA-15' }],
      }),
    );
  });

  it('PA-15: an invalid email is a typed error naming the field', () => {
    const bad = { ...request({}), invitee: { ...invitee, email: 'ola@' } } as unknown as InviteRequest;
    expect(invite(bad)).toStrictEqual(
      err({ code: 'invalid_input', issues: [{ path: ['invitee', 'email'], problem: { code: 'malformed_email' } }] }),
    );
  });

  it('PA-15: a pending invitation to the same person for the same property blocks a second one', () => {
    const open = invitation('inv-0', 'h1', 'Ola@Example.no', '2026-11-20T08:00:00Z');
    expect(invite(request({ invitations: [open] }))).toStrictEqual(
      err({
        code: 'invitation_already_pending',
        rules: ['PA-15', 'CX-6'],
        facts: { invitation: open.id, expiresAt: at('2026-11-27T08:00:00Z') },
        remedies: [
          { kind: 'wait_for_invitation', rule: 'CX-6', invitation: open.id, expiresAt: at('2026-11-27T08:00:00Z') },
        ],
      }),
    );
  });

  it('CX-6: an expired or revoked invitation, or one for another property or person, does not block a new one', () => {
    const expired = invitation('inv-a', 'h1', 'ola@example.no', '2026-11-01T08:00:00Z');
    const revoked = invitation('inv-b', 'h1', 'ola@example.no', '2026-11-21T08:00:00Z', {
      kind: 'revoked',
      at: now,
      by: { kind: 'platform' },
    });
    const elsewhere = invitation('inv-c', 'h2', 'ola@example.no', '2026-11-21T08:00:00Z');
    const someoneElse = invitation('inv-d', 'h1', 'kari@example.no', '2026-11-21T08:00:00Z');
    expect(canInvite(request({ invitations: [expired, revoked, elsewhere, someoneElse] }))).toStrictEqual(
      ok({ rules: ['PA-15', 'CX-1'] }),
    );
  });

  it('CX-1: only an admin of the property may invite', () => {
    expect(canInvite(request({ actor: user('clerk', ['h1'], 'reservations') }))._unsafeUnwrapErr().code).toBe(
      'actor_not_admin',
    );
  });
});
