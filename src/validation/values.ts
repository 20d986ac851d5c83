import { accessRightsProblem, MAX_RIGHTS_LIST, type AccessRights } from '../values/accessRights';
import { accountShape, actorShape, nonPrimaryShape, primaryShape } from '../values/account';
import { agreementShape } from '../values/agreement';
import { displayNameProblem, type DisplayName } from '../values/displayName';
import { emailProblem, type Email } from '../values/email';
import { idProblem, type AccountId, type InvitationId, type PropertyId } from '../values/ids';
import { instantProblem, type Instant } from '../values/instant';
import { invitationShape } from '../values/invitation';
import { legalEntityIdProblem, type LegalEntityId } from '../values/legalEntityId';
import { loginNameProblem, type LoginName } from '../values/loginName';
import { originShape, propertyShape } from '../values/property';
import { boolean, fromProblem, INVALID, itemsOf, type Check } from './check';
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

export const isAgreement = checkOf(agreementShape, LEAF_CHECKS);
export const isProperty = checkOf(propertyShape, LEAF_CHECKS);
export const isPrimary = checkOf(primaryShape, LEAF_CHECKS);
export const isNonPrimary = checkOf(nonPrimaryShape, LEAF_CHECKS);
export const isAccount = checkOf(accountShape, LEAF_CHECKS);
export const isActor = checkOf(actorShape, LEAF_CHECKS);
export const isInvitation = checkOf(invitationShape, LEAF_CHECKS);
/** How a property comes to a primary account (PA-3, PA-4, PA-5, PA-10). */
export const isOrigin = checkOf(originShape, LEAF_CHECKS);
