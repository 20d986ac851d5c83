import type { Result } from 'neverthrow';

import { type AccessRights, accessRights, accessRightsProblem, AREAS, MAX_RIGHTS_LIST } from '../values/accessRights';
import { accountShape, actorShape, nonPrimaryShape, primaryShape } from '../values/account';
import { agreementShape } from '../values/agreement';
import { type DisplayName, displayName, displayNameProblem } from '../values/displayName';
import { type Email, email, emailProblem } from '../values/email';
import {
  type AccountId,
  accountId,
  idProblem,
  type InvitationId,
  invitationId,
  type PropertyId,
  propertyId,
} from '../values/ids';
import { type Instant, instant, instantProblem } from '../values/instant';
import { invitationShape } from '../values/invitation';
import { type LegalEntityId, legalEntityId, legalEntityIdProblem } from '../values/legalEntityId';
import { type LoginName, loginName, loginNameProblem } from '../values/loginName';
import { receivedType, type ValueError } from '../values/problem';
import { originShape, propertyShape } from '../values/property';
import { arrayOf, boolean, type Check, fromProblem, INVALID, itemsOf, literal } from './check';
import { checkOf, type LeafChecks } from './shapes';

// Each check below reuses the problem function of its smart constructor: a value that a
// constructor would refuse is refused here too, and no rule is written twice.

export const isLeid: Check<LegalEntityId> = fromProblem(legalEntityIdProblem);
export const isPropertyId: Check<PropertyId> = fromProblem(idProblem);
export const isAccountId: Check<AccountId> = fromProblem(idProblem);
export const isInvitationId: Check<InvitationId> = fromProblem(idProblem);
export const isLogin: Check<LoginName> = fromProblem(loginNameProblem);
export const isEmail: Check<Email> = fromProblem(emailProblem);
export const isDisplayName: Check<DisplayName> = fromProblem(displayNameProblem);
export const isInstant: Check<Instant> = fromProblem(instantProblem);
const isRightsCopy: Check<AccessRights> = fromProblem(accessRightsProblem);

/** Access rights, checked on a copy of the list's own items: a hole is no right, and no getter answers twice. */
export const isRights: Check<AccessRights> = (value, issues) => {
  const items = itemsOf(value, MAX_RIGHTS_LIST, issues);
  if (items === null) return INVALID;
  const checked = isRightsCopy(items, issues);
  return checked === INVALID ? INVALID : Object.freeze(checked);
};

/** The checks of the leaf values, as the smart constructors rule them. */
export const LEAF_CHECKS: LeafChecks = {
  leid: isLeid,
  propertyId: isPropertyId,
  accountId: isAccountId,
  invitationId: isInvitationId,
  login: isLogin,
  email: isEmail,
  displayName: isDisplayName,
  instant: isInstant,
  rights: isRights,
  boolean,
};

// The same values as JSON brings them, each built by its smart constructor: a login in any case
// or width, an email in capitals, a moment as ISO 8601 text or milliseconds.
const built =
  <T>(make: (input: unknown) => Result<T, ValueError>): Check<T> =>
  (value, issues) =>
    make(value).match(
      (made) => made,
      ({ problem }) => {
        issues.push({ path: [], problem });
        return INVALID;
      },
    );

const instantFromJson: Check<Instant> = (value, issues) => {
  if (typeof value === 'string' || typeof value === 'number') return built(instant)(value, issues);
  issues.push({
    path: [],
    problem: { code: 'wrong_type', expected: ['string', 'number'], received: receivedType(value) },
  });
  return INVALID;
};

// Each right read at its own index, as the JSON Schema names them; the list then in canonical form.
const rightFromJson = literal('admin', ...AREAS);
const rightsFromJson: Check<AccessRights> = (value, issues) => {
  const items = arrayOf(rightFromJson, MAX_RIGHTS_LIST)(value, issues);
  return items === INVALID ? INVALID : built(accessRights)(items, issues);
};

// A value already in its made form (most of what a store or a client sends: a lower-case login,
// a moment in milliseconds) is taken as the made value's check takes it, without building it again:
// for such a value the constructor answers it unchanged. Anything else is built.
const madeOrBuilt =
  <T>(made: Check<T>, build: Check<T>): Check<T> =>
  (value, issues) => {
    const checked = made(value, []);
    return checked === INVALID ? build(value, issues) : checked;
  };

/** The leaves as JSON brings them, each built by its smart constructor. */
export const JSON_LEAVES: LeafChecks = {
  leid: built(legalEntityId),
  propertyId: built(propertyId),
  accountId: built(accountId),
  invitationId: built(invitationId),
  login: madeOrBuilt(isLogin, built(loginName)),
  email: madeOrBuilt(isEmail, built(email)),
  displayName: madeOrBuilt(isDisplayName, built(displayName)),
  instant: madeOrBuilt(isInstant, instantFromJson),
  rights: madeOrBuilt(isRights, rightsFromJson),
  boolean,
};

export const isAgreement = checkOf(agreementShape, LEAF_CHECKS);
export const isProperty = checkOf(propertyShape, LEAF_CHECKS);
export const isPrimary = checkOf(primaryShape, LEAF_CHECKS);
export const isNonPrimary = checkOf(nonPrimaryShape, LEAF_CHECKS);
export const isAccount = checkOf(accountShape, LEAF_CHECKS);
export const isActor = checkOf(actorShape, LEAF_CHECKS);
export const isInvitation = checkOf(invitationShape, LEAF_CHECKS);
/** How a property comes to a primary account (PA-3, PA-4, PA-5, PA-10). */
export const isOrigin = checkOf(originShape, LEAF_CHECKS);
