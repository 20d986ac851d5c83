import { type AccessRights, accessRightsProblem, MAX_RIGHTS_LIST } from '../values/accessRights';
import type { DisplayName } from '../values/displayName';
import { displayNameProblem } from '../values/displayName';
import type { Email } from '../values/email';
import { emailProblem } from '../values/email';
import { type AccountId, idProblem, type InvitationId, type PropertyId } from '../values/ids';
import { type Instant, instantProblem } from '../values/instant';
import { type LegalEntityId, legalEntityIdProblem } from '../values/legalEntityId';
import { type LoginName, loginNameProblem } from '../values/loginName';
import { boolean, type Check, fromProblem, INVALID, itemsOf } from './check';
import type { LeafChecks } from './shapes';

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
