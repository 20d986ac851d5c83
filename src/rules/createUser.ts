import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin, LoginTaken, NoAccessRightsChosen } from '../rejections/common';
import { loginTaken, noRights } from '../rejections/refusals';
import type { RejectionOf } from '../rejections/rejection';
import { checkCreateUserRequest } from '../validation/generated';
import type { NonPrimaryAccount } from '../values/account';
import type { AccountId } from '../values/ids';
import type { LoginName } from '../values/loginName';
import type { InvalidInput } from '../values/problem';
import type { CreateUserRequest } from '../values/requests';
import { type Allowed, decision } from './decision';
import { adminStanding } from './reach';
import { nonPrimaryRecord } from './records';

/** Why the account cannot be created. */
export type CreateUserRejection =
  | ActorNotAdmin
  | NoAccessRightsChosen
  | LoginTaken
  | RejectionOf<'login_same_as_creator', { readonly login: LoginName; readonly creator: AccountId }>;

/** The account to persist: new, non-primary, reaching exactly the property (PA-12). */
export interface UserCreated extends Allowed {
  readonly account: NonPrimaryAccount;
}

const decide = ({ actor, property, user, loginHolder }: CreateUserRequest): Result<Allowed, CreateUserRejection> => {
  const standing = adminStanding(actor, property.id, property);
  if (standing !== null) return err(standing);
  if (user.rights.length === 0) return err(noRights(property.id, 'LIB-2'));
  if (user.login === actor.login) {
    return err({
      code: 'login_same_as_creator',
      rules: ['PA-12'],
      facts: { login: user.login, creator: actor.id },
      remedies: [{ kind: 'choose_another_login', rule: 'CX-4' }],
    });
  }
  if (loginHolder !== null) return err(loginTaken(user.login, loginHolder));
  return ok({ rules: ['PA-12', 'PA-13', 'CX-1'] });
};

const apply = ({ property, user }: CreateUserRequest, { rules }: Allowed): UserCreated => ({
  rules,
  account: nonPrimaryRecord({
    id: user.id,
    login: user.login,
    email: user.email,
    name: user.name,
    rights: user.rights,
    properties: [property.id],
  }),
});

export const createUserDecision = decision(checkCreateUserRequest, decide, apply);

/**
 * PA-12, CX-1, CX-4: whether an admin of the property may create this new non-primary account.
 * Rejection codes: `actor_not_admin`, `no_access_rights_chosen`, `login_same_as_creator`,
 * `login_taken`, `invalid_input`.
 *
 * @example
 * canCreateUser({ actor: primary, property, user: { id: anna, login, email: address, name, rights }, loginHolder: null });
 * // ok({ rules: ['PA-12', 'PA-13', 'CX-1'] })
 */
export const canCreateUser: (request: CreateUserRequest) => Result<Allowed, CreateUserRejection | InvalidInput> =
  createUserDecision.can;

/**
 * PA-12: creates a new non-primary account, with login details different from the creator's,
 * and adds the property to it. The same decision as {@link canCreateUser}.
 *
 * @example
 * createUser({ actor: primary, property, user: { id: anna, login, email: address, name, rights }, loginHolder: null });
 * // ok({ rules: ['PA-12', 'PA-13', 'CX-1'], account: { kind: 'non_primary', properties: ['hotel-9'], ... } })
 */
export const createUser: (request: CreateUserRequest) => Result<UserCreated, CreateUserRejection | InvalidInput> =
  createUserDecision.act;
