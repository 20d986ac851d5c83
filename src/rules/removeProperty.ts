import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin, PropertyNotReached } from '../rejections/common';
import { notReached } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { leavingRemedies } from '../rejections/remedy';
import { checkRemovePropertyRequest } from '../validation/generated';
import type { NonPrimaryAccount } from '../values/account';
import type { AccountId, PropertyId } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { InvalidInput } from '../values/problem';
import type { RemovePropertyRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { adminStanding, reaches } from './reach';
import { nonPrimaryRecord } from './records';

/** Why the property cannot be removed from the account. */
export type RemovePropertyRejection =
  | ActorNotAdmin
  | PropertyNotReached
  | RejectionOf<
      'primary_account_keeps_properties',
      { readonly account: AccountId; readonly property: PropertyId; readonly agreement: LegalEntityId }
    >;

/** The non-primary account to persist, no longer reaching the property. */
export interface PropertyRemoved extends Allowed {
  readonly account: NonPrimaryAccount;
  readonly property: PropertyId;
}

type Verdict = Allowed & { readonly account: NonPrimaryAccount };

const decide = ({ actor, account, property }: RemovePropertyRequest): Result<Verdict, RemovePropertyRejection> => {
  const standing = adminStanding(actor, property.id, property);
  if (standing !== null) return err(standing);
  if (!reaches(account, property)) return err(notReached(account.id, property.id));
  if (account.kind === 'primary') {
    // PA-17: a primary account is contractual; what it holds follows from the agreement alone.
    return err({
      code: 'primary_account_keeps_properties',
      rules: ['PA-17', 'PA-1'],
      facts: { account: account.id, property: property.id, agreement: account.agreement },
      remedies: leavingRemedies(property.id, account.agreement),
    });
  }
  return ok({ rules: ['CX-1'], account });
};

const apply = ({ property }: RemovePropertyRequest, { rules, account }: Verdict): PropertyRemoved => ({
  rules,
  account: nonPrimaryRecord({ ...account, properties: account.properties.filter((id) => id !== property.id) }),
  property: property.id,
});

export const removePropertyDecision = decision(checkRemovePropertyRequest, decide, apply);

/**
 * PA-17, CX-1: whether the property may be removed from the account. Only an admin of the
 * property is told anything about the account.
 * Rejection codes: `actor_not_admin`, `property_not_reached`, `primary_account_keeps_properties`
 * (remedies: re-contract, change ownership, terminate the agreement), `invalid_input`.
 *
 * @example
 * canRemoveProperty({ actor: primary, account: primary, property });
 * // err({ code: 'primary_account_keeps_properties', rules: ['PA-17', 'PA-1'], remedies: [...] })
 */
export const canRemoveProperty: (
  request: RemovePropertyRequest,
) => Result<Allowed, RemovePropertyRejection | InvalidInput> = removePropertyDecision.can;

/**
 * Removes a property from a non-primary account, by an admin of the property (CX-1). From a
 * primary account it is always refused (PA-17): a property leaves it only through PA-18.
 *
 * @example
 * removeProperty({ actor: primary, account: primary, property });
 * // err({ code: 'primary_account_keeps_properties', rules: ['PA-17', 'PA-1'], remedies: [...] })
 */
export const removeProperty: (
  request: RemovePropertyRequest,
) => Result<PropertyRemoved, RemovePropertyRejection | InvalidInput> = removePropertyDecision.act;
