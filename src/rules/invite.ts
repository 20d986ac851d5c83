import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin, NoAccessRightsChosen } from '../rejections/common';
import { noRights } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkInviteRequest } from '../validation/generated';
import type { InvitationId } from '../values/ids';
import type { Instant } from '../values/instant';
import { expiresAt, type Invitation, stateAt } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { InviteRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { adminStanding } from './reach';
import { invitationRecord } from './records';

const PENDING: Invitation['status'] = Object.freeze({ kind: 'pending' });

/** Why the invitation cannot be sent. */
export type InviteRejection =
  | ActorNotAdmin
  | NoAccessRightsChosen
  | RejectionOf<'invitation_already_pending', { readonly invitation: InvitationId; readonly expiresAt: Instant }>;

/** The invitation to persist and send by email, pending until it expires (CX-6). */
export interface InvitationSent extends Allowed {
  readonly invitation: Invitation;
  readonly expiresAt: Instant;
}

const decide = ({ actor, property, invitee, now, invitations }: InviteRequest): Result<Allowed, InviteRejection> => {
  const standing = adminStanding(actor, property.id, property);
  if (standing !== null) return err(standing);
  if (invitee.rights.length === 0) return err(noRights(property.id, 'PA-15'));
  const pending = invitations.find(
    (sent) => sent.property === property.id && sent.email === invitee.email && stateAt(sent, now) === 'pending',
  );
  if (pending !== undefined) {
    const until = expiresAt(pending);
    return err({
      code: 'invitation_already_pending',
      rules: ['PA-15', 'CX-6'],
      facts: { invitation: pending.id, expiresAt: until },
      remedies: [{ kind: 'wait_for_invitation', rule: 'CX-6', invitation: pending.id, expiresAt: until }],
    });
  }
  return ok({ rules: ['PA-15', 'CX-1'] });
};

const apply = ({ actor, property, invitee, now }: InviteRequest, { rules }: Allowed): InvitationSent => {
  const invitation = invitationRecord({
    id: invitee.id,
    property: property.id,
    invitedBy: actor.id,
    name: invitee.name,
    email: invitee.email,
    rights: invitee.rights,
    sentAt: now,
    status: PENDING,
  });
  return { rules, invitation, expiresAt: expiresAt(invitation) };
};

export const inviteDecision = decision(checkInviteRequest, decide, apply);

/**
 * PA-15, CX-1: whether an admin of the property may invite this person.
 * Rejection codes: `actor_not_admin`, `no_access_rights_chosen`, `invitation_already_pending`,
 * `invalid_input` (a malformed email among its issues).
 *
 * @example
 * canInvite({ actor: primary, property, invitee: { id: invitation.id, name, email: address, rights }, now, invitations: [] });
 * // ok({ rules: ['PA-15', 'CX-1'] })
 */
export const canInvite: (request: InviteRequest) => Result<Allowed, InviteRejection | InvalidInput> =
  inviteDecision.can;

/**
 * PA-15: invites a person who holds a primary account, or no account, to a property with the
 * access rights chosen for them. The same decision as {@link canInvite}; on success the pending
 * invitation to persist and send, which expires 7 days after `now` (CX-6).
 *
 * @example
 * invite({ actor: primary, property, invitee: { id: invitation.id, name, email: address, rights }, now, invitations: [] });
 * // ok({ rules: ['PA-15', 'CX-1'], invitation: { status: { kind: 'pending' }, ... }, expiresAt: ... })
 */
export const invite: (request: InviteRequest) => Result<InvitationSent, InviteRejection | InvalidInput> =
  inviteDecision.act;
