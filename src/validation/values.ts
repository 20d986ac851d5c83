import { accessRightsProblem, MAX_RIGHTS_LIST, type AccessRights } from '../values/accessRights';
import type { Account, NonPrimaryAccount, Platform, PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import { displayNameProblem, type DisplayName } from '../values/displayName';
import { emailProblem, type Email } from '../values/email';
import { idProblem, MAX_ID_LENGTH, type AccountId, type InvitationId, type PropertyId } from '../values/ids';
import { instantProblem, type Instant } from '../values/instant';
import type { Invitation } from '../values/invitation';
import { legalEntityIdProblem, type LegalEntityId } from '../values/legalEntityId';
import { loginNameProblem, type LoginName } from '../values/loginName';
import type { Property, PropertyLink } from '../values/property';
import type { ActorRef } from '../values/actorRef';
import { receivedType, type Problem } from '../values/problem';
import { arrayOf, boolean, fromProblem, INVALID, itemsOf, literal, object, variant, type Check } from './check';

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

/**
 * What is wrong with an ID read as a reference to a record the caller holds: not a string, empty,
 * or longer than any ID. A decision only compares and reports such IDs, so their characters were
 * checked where the records were made (the constructors, the schema, the world), not again on
 * every decision.
 */
export const refProblem = (input: unknown): Problem | null => {
  if (typeof input === 'string' && input.length > 0 && input.length <= MAX_ID_LENGTH) return null;
  if (typeof input !== 'string') return { code: 'wrong_type', expected: ['string'], received: receivedType(input) };
  return input.length === 0 ? { code: 'empty' } : { code: 'too_long', max: MAX_ID_LENGTH, length: input.length };
};

export const isPropertyRef: Check<PropertyId> = fromProblem(refProblem);
export const isAccountRef: Check<AccountId> = fromProblem(refProblem);

/** The most records one list in a request may hold: ten times the portfolio of the largest chains. */
export const MAX_RECORDS = 1_000_000;

export const isAgreement: Check<PartnerAgreement> = object({ leid: isLeid, status: literal('active', 'terminated') });

export const isLink: Check<PropertyLink> = variant('kind', {
  agreement: object({ kind: literal('agreement'), leid: isLeid }),
  none: object({ kind: literal('none') }),
  attached: object({ kind: literal('attached'), primaryOf: isLeid }),
});

export const isProperty: Check<Property> = object({ id: isPropertyId, link: isLink });

/** A property as a decision reads it: its ID as a reference, and its link. */
export const isPropertyFacts: Check<Property> = object({ id: isPropertyRef, link: isLink });

const accountFields = { id: isAccountId, login: isLogin, email: isEmail, name: isDisplayName };

export const isPrimary: Check<PrimaryAccount> = object({
  ...accountFields,
  kind: literal('primary'),
  agreement: isLeid,
});

export const isNonPrimary: Check<NonPrimaryAccount> = object({
  ...accountFields,
  kind: literal('non_primary'),
  rights: isRights,
  properties: arrayOf(isPropertyId, MAX_RECORDS),
});

export const isAccount: Check<Account> = variant('kind', { primary: isPrimary, non_primary: isNonPrimary });

const isPlatform: Check<Platform> = object({ kind: literal('platform') });

/** Who acts, as a decision reads it: the kind and, for an account, its ID. */
export const isActorRef: Check<ActorRef> = variant('kind', {
  primary: object({ kind: literal('primary'), id: isAccountRef }),
  non_primary: object({ kind: literal('non_primary'), id: isAccountRef }),
  platform: isPlatform,
});

export const isActor: Check<Account | Platform> = variant('kind', {
  primary: isPrimary,
  non_primary: isNonPrimary,
  platform: isPlatform,
});

export const isInvitation: Check<Invitation> = object({
  id: isInvitationId,
  property: isPropertyId,
  invitedBy: isAccountId,
  name: isDisplayName,
  email: isEmail,
  rights: isRights,
  sentAt: isInstant,
  status: variant('kind', {
    pending: object({ kind: literal('pending') }),
    accepted: object({ kind: literal('accepted'), at: isInstant, account: isAccountId }),
    revoked: object({
      kind: literal('revoked'),
      at: isInstant,
      by: variant('kind', { account: object({ kind: literal('account'), id: isAccountId }), platform: isPlatform }),
    }),
  }),
});

/** How a property comes to a primary account (PA-3, PA-4, PA-5, PA-10). */
export const isOrigin = variant('kind', {
  new_registration: object({ kind: literal('new_registration') }),
  existing_listing: object({ kind: literal('existing_listing') }),
  assigned_leid: object({ kind: literal('assigned_leid'), leid: isLeid, partnerExisted: boolean }),
});
