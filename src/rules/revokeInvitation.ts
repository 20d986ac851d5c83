import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin, InvitationNotPending } from '../rejections/common';
import { notPending } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkRevokeInvitationRequest } from '../validation/generated';
import type { InvitationId, PropertyId } from '../values/ids';
import { type Invitation, stateAt } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { RevokeInvitationRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { adminStanding } from './reach';
import { invitationRecord } from './records';

/** Why the invitation cannot be revoked. */
export type RevokeInvitationRejection =
  | ActorNotAdmin
  | InvitationNotPending
  | RejectionOf<
      'invitation_for_other_property',
      { readonly invitation: InvitationId; readonly invitationProperty: PropertyId; readonly property: PropertyId }
    >;

/** The invitation to persist, now revoked. */
export interface InvitationRevoked extends Allowed {
  readonly invitation: Invitation;
}

const decide = ({
  actor,
  property,
  invitation,
  now,
}: RevokeInvitationRequest): Result<Allowed, RevokeInvitationRejection> => {
  const standing = adminStanding(actor, property.id, property);
  if (standing !== null) return err(standing);
  if (invitation.property !== property.id) {
    return err({
      code: 'invitation_for_other_property',
      rules: ['CX-1'],
      facts: { invitation: invitation.id, invitationProperty: invitation.property, property: property.id },
      remedies: [],
    });
  }
  const state = stateAt(invitation, now);
  return state === 'pending' ? ok({ rules: ['CX-6', 'CX-1'] }) : err(notPending(invitation, state));
};

const apply = ({ actor, invitation, now }: RevokeInvitationRequest, { rules }: Allowed): InvitationRevoked => ({
  rules,
  invitation: invitationRecord({
    ...invitation,
    status: { kind: 'revoked', at: now, by: { kind: 'account', id: actor.id } },
  }),
});

export const revokeInvitationDecision = decision(checkRevokeInvitationRequest, decide, apply);

/**
 * CX-1, CX-6: whether an admin of the property may revoke this invitation of it.
 * Rejection codes: `actor_not_admin`, `invitation_for_other_property`, `invitation_not_pending`,
 * `invalid_input`.
 *
 * @example
 * canRevokeInvitation({ actor: primary, property, invitation, now });
 * // ok({ rules: ['CX-6', 'CX-1'] })
 */
export const canRevokeInvitation: (
  request: RevokeInvitationRequest,
) => Result<Allowed, RevokeInvitationRejection | InvalidInput> = revokeInvitationDecision.can;

/**
 * CX-6: revokes a pending invitation, so it can never be accepted. The same decision as
 * {@link canRevokeInvitation}.
 *
 * @example
 * revokeInvitation({ actor: primary, property, invitation, now });
 * // ok({ rules: ['CX-6', 'CX-1'], invitation: { status: { kind: 'revoked', ... }, ... } })
 */
export const revokeInvitation: (
  request: RevokeInvitationRequest,
) => Result<InvitationRevoked, RevokeInvitationRejection | InvalidInput> = revokeInvitationDecision.act;
