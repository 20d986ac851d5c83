import { err, type Result } from 'neverthrow';

import type { RejectionOf } from '../rejections/rejection';
import { checkRightsChangeRequest } from '../validation/generated';
import { FULL_ADMIN, holdsAdmin } from '../values/accessRights';
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

/** Why admin cannot be granted. */
export type GrantAdminRejection = RightsGateRejection | RejectionOf<'already_admin', { readonly account: AccountId }>;

const decide = (request: RightsChangeRequest): Result<RightsVerdict, GrantAdminRejection> => {
  const standing = rightsStanding(request);
  if (standing !== null) return err(standing);
  const { target } = request;
  // A primary account is always admin (PA-7); a non-primary one may already be (CX-3).
  if (target.kind === 'primary' || holdsAdmin(target.rights)) {
    return err({
      code: 'already_admin',
      rules: target.kind === 'primary' ? ['LIB-1', 'CX-3', 'PA-7'] : ['LIB-1', 'CX-3'],
      facts: { account: target.id },
      remedies: [],
    });
  }
  return rightsGate(request, target, ['CX-3', 'CX-1', 'CX-2']);
};

export const grantAdminDecision = decision(checkRightsChangeRequest, decide, (_request: RightsChangeRequest, verdict) =>
  changedTo(verdict, FULL_ADMIN),
);

/**
 * CX-3: whether an admin of the property may make the target an admin too.
 * Rejection codes: `actor_not_admin`, `property_not_reached`, `already_admin`,
 * `rights_reach_other_properties`, `invalid_input`.
 *
 * @example
 * canGrantAdmin({ actor: primary, target: user, property, reached: [property] });
 * // ok({ rules: ['CX-3', 'CX-1', 'CX-2'] })
 */
export const canGrantAdmin: (request: RightsChangeRequest) => Result<Allowed, GrantAdminRejection | InvalidInput> =
  grantAdminDecision.can;

/**
 * CX-3: grants admin rights to a non-primary account that reaches the property. The same
 * decision as {@link canGrantAdmin}.
 *
 * @example
 * grantAdmin({ actor: primary, target: user, property, reached: [property] });
 * // ok({ rules: ['CX-3', 'CX-1', 'CX-2'], account: { rights: ['admin'], ... }, ... })
 */
export const grantAdmin: (
  request: RightsChangeRequest,
) => Result<AccessRightsChanged, GrantAdminRejection | InvalidInput> = grantAdminDecision.act;
