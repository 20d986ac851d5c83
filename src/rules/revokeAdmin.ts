import { err, type Result } from 'neverthrow';

import type { PrimaryAdminRightsLocked } from '../rejections/common';
import { adminLocked } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkRightsChangeRequest } from '../validation/generated';
import { holdsAdmin, withoutAdmin } from '../values/accessRights';
import type { AccountId } from '../values/ids';
import type { InvalidInput } from '../values/problem';
import type { RightsChangeRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import {
  type AccessRightsChanged,
  changedTo,
  rightsGate,
  type RightsGateRejection,
  rightsStanding,
  type RightsVerdict,
} from './rightsGate';

/** Why admin cannot be taken back. */
export type RevokeAdminRejection =
  PrimaryAdminRightsLocked | RightsGateRejection | RejectionOf<'not_admin', { readonly account: AccountId }>;

const decide = (request: RightsChangeRequest): Result<RightsVerdict, RevokeAdminRejection> => {
  const standing = rightsStanding(request);
  if (standing !== null) return err(standing);
  const { target } = request;
  if (target.kind === 'primary') return err(adminLocked(target));
  if (!holdsAdmin(target.rights))
    return err({ code: 'not_admin', rules: ['LIB-1', 'CX-3'], facts: { account: target.id }, remedies: [] });
  return rightsGate(request, target, ['CX-3', 'CX-1', 'CX-2']);
};

export const revokeAdminDecision = decision(
  checkRightsChangeRequest,
  decide,
  (_request: RightsChangeRequest, verdict) => changedTo(verdict, withoutAdmin(verdict.target.rights)),
);

/**
 * PA-7, CX-3: whether an admin of the property may take admin back from the target.
 * Rejection codes: `actor_not_admin`, `property_not_reached`, `primary_admin_rights_locked`,
 * `not_admin`, `rights_reach_other_properties`, `invalid_input`.
 *
 * @example
 * canRevokeAdmin({ actor: primary, target: primary, property, reached: [] });
 * // err({ code: 'primary_admin_rights_locked', rules: ['PA-7', 'CX-3'], ... })
 */
export const canRevokeAdmin: (request: RightsChangeRequest) => Result<Allowed, RevokeAdminRejection | InvalidInput> =
  revokeAdminDecision.can;

/**
 * CX-3: takes admin back from a non-primary account; it keeps every area but managing users.
 * Never from a primary account (PA-7).
 *
 * @example
 * revokeAdmin({ actor: primary, target: primary, property, reached: [] });
 * // err({ code: 'primary_admin_rights_locked', rules: ['PA-7', 'CX-3'], ... })
 */
export const revokeAdmin: (
  request: RightsChangeRequest,
) => Result<AccessRightsChanged, RevokeAdminRejection | InvalidInput> = revokeAdminDecision.act;
