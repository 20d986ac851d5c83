import { holdsAdmin } from '../values/accessRights';
import type { Account, Actor, PrimaryAccount } from '../values/account';
import type { Property } from '../values/property';

/**
 * PA-1: whether `property` is in the portfolio of `primary`: its LEID is the primary's
 * agreement, or the platform attached it to this primary (PA-4). Derived, never stored.
 */
export const inPortfolio = (primary: PrimaryAccount, property: Property): boolean => {
  switch (property.link.kind) {
    case 'agreement':
      return property.link.leid === primary.agreement;
    case 'attached':
      return property.link.primaryOf === primary.agreement;
    case 'none':
      return false;
  }
};

/** Whether `account` reaches `property`: through its portfolio (PA-1) or its given list (CX-2). */
export const reaches = (account: Account, property: Property): boolean =>
  account.kind === 'primary' ? inPortfolio(account, property) : account.properties.includes(property.id);

/**
 * CX-1: whether `actor` is an admin of `property`: the primary account whose portfolio holds it
 * (PA-7: always full admin), or a non-primary account that reaches it and holds admin.
 */
export const adminOver = (actor: Actor, property: Property): boolean => {
  switch (actor.kind) {
    case 'platform':
      return false;
    case 'primary':
      return inPortfolio(actor, property);
    case 'non_primary':
      return holdsAdmin(actor.rights) && actor.properties.includes(property.id);
  }
};
