import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin } from '../rejections/common';
import type { RejectionOf } from '../rejections/rejection';
import { checkAddUserRequest } from '../validation/generated';
import type { AccessRights } from '../values/accessRights';
import type { NonPrimaryAccount } from '../values/account';
import type { Email } from '../values/email';
import type { AccountId, PropertyId } from '../values/ids';
import type { LoginName } from '../values/loginName';
import type { InvalidInput } from '../values/problem';
import type { AddUserRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { adminStanding } from './reach';
import { nonPrimaryRecord } from './records';

/** Why the user cannot be added. */
export type AddUserRejection =
  | ActorNotAdmin
  | RejectionOf<'user_not_found', { readonly username: LoginName }>
  | RejectionOf<'username_email_mismatch', { readonly username: LoginName; readonly email: Email }>
  | RejectionOf<'user_is_primary_account', { readonly account: AccountId; readonly property: PropertyId }>
  | RejectionOf<'user_already_has_access', { readonly account: AccountId; readonly property: PropertyId }>;

/**
 * The account to persist, now reaching the property, and its access rights as they are: the
 * adding admin reviews them, and does not set them here (PA-14). They are account-wide (CX-2).
 */
export interface UserAdded extends Allowed {
  readonly account: NonPrimaryAccount;
  readonly property: PropertyId;
  readonly rightsToReview: AccessRights;
}

type Verdict = Allowed & { readonly user: NonPrimaryAccount };

const decide = ({
  actor,
  property,
  username,
  email,
  accountWithUsername: user,
}: AddUserRequest): Result<Verdict, AddUserRejection> => {
  const standing = adminStanding(actor, property.id, property);
  if (standing !== null) return err(standing);
  // No account with this username, another email, or a primary account: each may be invited by
  // email instead (PA-15), which the three refusals all offer.
  const invite: AddUserRejection['remedies'] = [
    { kind: 'invite_instead', rule: 'PA-15', property: property.id, email },
  ];
  // A looked-up account with another login is no match: the username identifies nobody.
  if (user?.login !== username)
    return err({ code: 'user_not_found', rules: ['PA-14'], facts: { username }, remedies: invite });
  if (user.email !== email)
    return err({ code: 'username_email_mismatch', rules: ['PA-14'], facts: { username, email }, remedies: invite });
  if (user.kind === 'primary') {
    return err({
      code: 'user_is_primary_account',
      rules: ['PA-14', 'PA-15'],
      facts: { account: user.id, property: property.id },
      remedies: invite,
    });
  }
  if (user.properties.includes(property.id)) {
    return err({
      code: 'user_already_has_access',
      rules: ['PA-14'],
      facts: { account: user.id, property: property.id },
      remedies: [],
    });
  }
  return ok({ rules: ['PA-14', 'PA-13', 'CX-1'], user });
};

const apply = ({ property }: AddUserRequest, { rules, user }: Verdict): UserAdded => ({
  rules,
  account: nonPrimaryRecord({ ...user, properties: [...user.properties, property.id] }),
  property: property.id,
  rightsToReview: user.rights,
});

export const addUserDecision = decision(checkAddUserRequest, decide, apply);

/**
 * PA-13, PA-14, CX-1: whether an admin of the property may add this existing user to it.
 * Rejection codes: `actor_not_admin`, `user_not_found`, `username_email_mismatch`,
 * `user_is_primary_account` (each with the remedy to invite by email instead, PA-15),
 * `user_already_has_access`, `invalid_input`.
 *
 * @example
 * canAddUser({ actor: primary, property, username: user.login, email: user.email, accountWithUsername: user });
 * // ok({ rules: ['PA-14', 'PA-13', 'CX-1'] })
 */
export const canAddUser: (request: AddUserRequest) => Result<Allowed, AddUserRejection | InvalidInput> =
  addUserDecision.can;

/**
 * PA-14: adds an existing non-primary user to a property, even one outside the partner
 * agreement (PA-13). The same decision as {@link canAddUser}.
 *
 * @example
 * addUser({ actor: primary, property, username: user.login, email: user.email, accountWithUsername: user });
 * // ok({ rules: ['PA-14', 'PA-13', 'CX-1'], account: { ... }, property: 'hotel-1', rightsToReview: ['reservations'] })
 */
export const addUser: (request: AddUserRequest) => Result<UserAdded, AddUserRejection | InvalidInput> =
  addUserDecision.act;
