import { err, ok, type Result } from 'neverthrow';

import type { NoAccessRightsChosen, PrimaryAdminRightsLocked } from '../rejections/common';
import { adminLocked, noRights } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkSetAccessRightsRequest } from '../validation/generated';
import { type AccessRights, sameRights } from '../values/accessRights';
import type { AccountId } from '../values/ids';
import type { InvalidInput } from '../values/problem';
import type { SetAccessRightsRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import {
  type AccessRightsChanged,
  changedTo,
  rightsGate,
  type RightsGateRejection,
  rightsStanding,
  type RightsVerdict,
} from './rightsGate';

/** Why the rights cannot be set. */
export type SetAccessRightsRejection =
  | PrimaryAdminRightsLocked
  | NoAccessRightsChosen
  | RightsGateRejection
  | RejectionOf<'access_rights_unchanged', { readonly account: AccountId; readonly rights: AccessRights }>;

const decide = (request: SetAccessRightsRequest): Result<RightsVerdict, SetAccessRightsRejection> => {
  const standing = rightsStanding(request);
  if (standing !== null) return err(standing);
  const { target, property, rights } = request;
  if (target.kind === 'primary') return err(adminLocked(target));
  if (rights.length === 0) return err(noRights(property.id, 'LIB-2'));
  return rightsGate(request, target, ['CX-1', 'CX-2']).andThen(
    (verdict): Result<RightsVerdict, SetAccessRightsRejection> =>
      // LIB-1: rights as they are already would change nothing (both lists are canonical).
      sameRights(target.rights, rights)
        ? err({
            code: 'access_rights_unchanged',
            rules: ['LIB-1', 'CX-2'],
            facts: { account: target.id, rights },
            remedies: [],
          })
        : ok(verdict),
  );
};

export const setAccessRightsDecision = decision(
  checkSetAccessRightsRequest,
  decide,
  (request: SetAccessRightsRequest, verdict) => changedTo(verdict, request.rights),
);

/**
 * PA-7, CX-1, CX-2, CX-3: whether these rights may be set on the target account.
 * Rejection codes: `actor_not_admin`, `property_not_reached`, `primary_admin_rights_locked`,
 * `no_access_rights_chosen`, `rights_reach_other_properties`, `access_rights_unchanged` (LIB-1:
 * the account holds these rights already), `invalid_input`.
 *
 * @example
 * canSetAccessRights({ actor: primary, target: user, property, reached: [property], rights });
 * // ok({ rules: ['CX-1', 'CX-2'] })
 */
export const canSetAccessRights: (
  request: SetAccessRightsRequest,
) => Result<Allowed, SetAccessRightsRejection | InvalidInput> = setAccessRightsDecision.can;

/**
 * Sets the access rights of a non-primary account, admin included (CX-3). Rights are
 * account-wide (CX-2), so the result lists every property they now apply to. A primary
 * account's rights can never be changed (PA-7).
 *
 * @example
 * setAccessRights({ actor: primary, target: user, property, reached: [property], rights });
 * // ok({ rules: ['CX-1', 'CX-2'], account: { rights, ... }, previous: [...], affected: ['hotel-1'] })
 */
export const setAccessRights: (
  request: SetAccessRightsRequest,
) => Result<AccessRightsChanged, SetAccessRightsRejection | InvalidInput> = setAccessRightsDecision.act;
