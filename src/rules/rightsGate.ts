import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin, PropertyNotReached, RightsReachOtherProperties } from '../rejections/common';
import { notReached, reachesOthers } from '../rejections/refusals';
import type { AccessRights } from '../values/accessRights';
import type { NonPrimaryAccount } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { RightsChangeRequest } from '../values/requests';
import type { Allowed } from './decision';
import { adminOver, adminStanding, reaches } from './reach';
import { nonPrimaryRecord } from './records';

/** What every change of rights can be refused for. */
export type RightsGateRejection = ActorNotAdmin | PropertyNotReached | RightsReachOtherProperties;

/** What every change of rights says it changed. */
export interface AccessRightsChanged extends Allowed {
  readonly account: NonPrimaryAccount;
  readonly previous: AccessRights;
  /** Every property the new rights apply to (CX-2). */
  readonly affected: readonly PropertyId[];
}

/** The gate's verdict: allowed, on a non-primary target. */
export type RightsVerdict = Allowed & { readonly target: NonPrimaryAccount };

/**
 * What every change of rights looks at first, in this order: the actor's standing, an admin of the
 * property (CX-1); then whether the target reaches the property. An account that does not reach
 * it, or that is not there, is one answer: `property_not_reached`.
 */
export const rightsStanding = ({ actor, target, property }: RightsChangeRequest): RightsGateRejection | null =>
  adminStanding(actor, property.id, property) ??
  (reaches(target, property) ? null : notReached(target.id, property.id));

/**
 * The check every change of rights shares once the target is known to be non-primary: because
 * rights are account-wide (CX-2), the actor must be an admin of every other property the target
 * reaches too. On success it cites `rules`, the rules of the change itself.
 */
export const rightsGate = (
  { actor, property, reached }: RightsChangeRequest,
  target: NonPrimaryAccount,
  rules: RightsVerdict['rules'],
): Result<RightsVerdict, RightsGateRejection> => {
  const records = new Map(reached.map((record) => [record.id, record]));
  const outside = target.properties.filter((id) => {
    const record = records.get(id);
    return record === undefined || !adminOver(actor, record);
  });
  const [first, ...rest] = outside;
  if (first !== undefined) {
    return err(reachesOthers(target, property.id, [first, ...rest]));
  }
  return ok({ rules, target });
};

/** The change to persist: the target with `rights`, and what they now apply to. */
export const changedTo = ({ rules, target }: RightsVerdict, rights: AccessRights): AccessRightsChanged => ({
  rules,
  account: nonPrimaryRecord({ ...target, rights }),
  previous: target.rights,
  affected: target.properties,
});
