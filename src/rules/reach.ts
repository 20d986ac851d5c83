import type { ActorNotAdmin } from '../rejections/common';
import { actorNotAdmin } from '../rejections/refusals';
import { holdsAdmin } from '../values/accessRights';
import type { Account, PrimaryAccount } from '../values/account';
import type { PropertyId } from '../values/ids';
import type { LegalEntityId } from '../values/legalEntityId';
import type { Property, PropertyLink } from '../values/property';

/**
 * PA-1: the LEID of the agreement whose portfolio a property with this link is in: the agreement
 * it is linked to, or the one whose primary account the platform attached it to (PA-4); none for
 * an unlinked property. The one definition of portfolio membership.
 */
export const portfolioLeid = (link: PropertyLink): LegalEntityId | null => {
  switch (link.kind) {
    case 'agreement':
      return link.leid;
    case 'attached':
      return link.primaryOf;
    case 'none':
      return null;
  }
};

/**
 * PA-1: whether `property` is in the portfolio of the agreement with `leid`: linked to it, or
 * attached by the platform to its primary account (PA-4). Derived, never stored.
 */
export const inPortfolioOf = (leid: LegalEntityId, property: Property): boolean =>
  portfolioLeid(property.link) === leid;

/** PA-1: whether `property` is in the portfolio of `primary`. */
export const inPortfolio = (primary: Pick<PrimaryAccount, 'agreement'>, property: Property): boolean =>
  inPortfolioOf(primary.agreement, property);

/**
 * Whether `account` reaches `property`: through its portfolio (PA-1) or its given list (CX-2).
 * `reached` as for {@link adminOver}.
 */
export const reaches = (account: Account, property: Property, reached?: ReadonlySet<PropertyId>): boolean =>
  account.kind === 'primary'
    ? inPortfolio(account, property)
    : (reached?.has(property.id) ?? account.properties.includes(property.id));

/**
 * CX-1: whether `actor` is an admin of `property`: the primary account whose portfolio holds it
 * (PA-7: always full admin), or a non-primary account that reaches it and holds admin.
 * `reached`, when given, is the set of a non-primary actor's properties, for a caller that asks
 * about many properties (its list is otherwise searched).
 */
export const adminOver = (actor: Account, property: Property, reached?: ReadonlySet<PropertyId>): boolean => {
  switch (actor.kind) {
    case 'primary':
      return inPortfolio(actor, property);
    case 'non_primary':
      return holdsAdmin(actor.rights) && (reached?.has(property.id) ?? actor.properties.includes(property.id));
  }
};

/**
 * CX-1: the actor's standing over property `id`, established before anything else about a
 * request is looked at: `null` for an admin of it, else the one refusal every request about that
 * property gets, whatever else it names. `property` is the record of `id`, or `undefined` where
 * there is none the actor may see: then too the answer is that refusal, so a client that is no
 * admin learns nothing of whether the property exists. `reached` as for {@link adminOver}.
 */
export const adminStanding = (
  actor: Account,
  id: PropertyId,
  property: Property | undefined,
  reached?: ReadonlySet<PropertyId>,
): ActorNotAdmin | null =>
  property !== undefined && property.id === id && adminOver(actor, property, reached) ? null : actorNotAdmin(actor, id);
