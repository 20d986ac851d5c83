import type { Result } from 'neverthrow';

import { checkChangeOwnershipRequest } from '../validation/generated';
import type { NonPrimaryAccount } from '../values/account';
import { type Invitation, stateAt } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { ChangeOwnershipRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { decideMove, moved, type MovePropertyRejection, type PropertyRecontracted } from './moveProperty';
import { invitationRecord, nonPrimaryRecord } from './records';

/**
 * What a change of ownership changes: the property, moved; every non-primary account of the
 * previous owner, without it; and every pending invitation for it, revoked (CX-5).
 */
export interface OwnershipChanged extends PropertyRecontracted {
  readonly accessRemoved: readonly NonPrimaryAccount[];
  readonly invitationsRevoked: readonly Invitation[];
}

const apply = (request: ChangeOwnershipRequest, { rules }: Allowed): OwnershipChanged => {
  const { property, accessHolders, invitations, now } = request;
  return {
    ...moved(request),
    rules,
    accessRemoved: accessHolders
      .filter((account) => account.properties.includes(property.id))
      .map((account) =>
        nonPrimaryRecord({ ...account, properties: account.properties.filter((id) => id !== property.id) }),
      ),
    invitationsRevoked: invitations
      .filter((invitation) => invitation.property === property.id && stateAt(invitation, now) === 'pending')
      .map((invitation) =>
        invitationRecord({ ...invitation, status: { kind: 'revoked', at: now, by: { kind: 'platform' } } }),
      ),
  };
};

export const changeOwnershipDecision = decision(
  checkChangeOwnershipRequest,
  (request: ChangeOwnershipRequest) => decideMove(request, 'change_ownership'),
  apply,
);

/**
 * PA-18, CX-5: whether the platform may hand the property to the given agreement.
 * Rejection codes: `platform_operation_only`, `agreement_is_terminated`,
 * `property_already_in_agreement`, `invalid_input`.
 *
 * @example
 * canChangeOwnership({ actor: PLATFORM, property, to: buyer, accessHolders: [user], invitations: [], now });
 * // ok({ rules: ['PA-18', 'CX-5'] })
 */
export const canChangeOwnership: (
  request: ChangeOwnershipRequest,
) => Result<Allowed, MovePropertyRejection | InvalidInput> = changeOwnershipDecision.can;

/**
 * PA-18, CX-5: the platform changes a property's ownership. It leaves the previous primary
 * account, and no account of the previous owner keeps access unless the new owner grants it again.
 *
 * @example
 * changeOwnership({ actor: PLATFORM, property, to: buyer, accessHolders: [user], invitations: [], now });
 * // ok({ rules: ['PA-18', 'CX-5'], property: { ... }, accessRemoved: [{ properties: [], ... }], ... })
 */
export const changeOwnership: (
  request: ChangeOwnershipRequest,
) => Result<OwnershipChanged, MovePropertyRejection | InvalidInput> = changeOwnershipDecision.act;
