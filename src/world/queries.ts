import { err, ok, type Result } from 'neverthrow';

import { portfolioLeid } from '../rules/reach';
import { type AccessRights, FULL_ADMIN } from '../values/accessRights';
import type { Account, AccountKind, PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import { deepFreeze } from '../values/frozen';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import { type Instant, instantProblem } from '../values/instant';
import { type Invitation, stateAt } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { openInvitationsOf, portfolioIn, primaryOf, reachersOf } from './lookup';
import { timeWentBackwards, type WorldRejection } from './rejection';
import { tablesOf, type World } from './world';

// Every query answers from an index, in time that grows with its answer, not with the world.
// Given something that is not a world, each answers as the empty world would.

/**
 * The partner agreement with this LEID, or `undefined`.
 *
 * @example
 * findAgreement(world, leid)?.status; // 'active'
 */
export const findAgreement = (world: World, leid: LegalEntityId): PartnerAgreement | undefined =>
  tablesOf(world).agreements.get(leid);

/**
 * The property with this ID, or `undefined`.
 *
 * @example
 * findProperty(world, hotel)?.link; // { kind: 'agreement', leid: 4711 }
 */
export const findProperty = (world: World, id: PropertyId): Property | undefined => tablesOf(world).properties.get(id);

/**
 * The account with this ID, or `undefined`.
 *
 * @example
 * findAccount(world, anna)?.kind; // 'primary'
 */
export const findAccount = (world: World, id: AccountId): Account | undefined => tablesOf(world).accounts.get(id);

/**
 * The account with this login name (CX-4: at most one), or `undefined`.
 *
 * @example
 * findAccountByLogin(world, login)?.id; // 'anna'
 */
export const findAccountByLogin = (world: World, login: LoginName): Account | undefined => {
  const tables = tablesOf(world);
  const id = tables.logins.get(login);
  return id === undefined ? undefined : tables.accounts.get(id);
};

/**
 * PA-1, INV-2: the primary account of the agreement with this LEID, or `undefined` while it has
 * none (PA-9: one can be requested, and the platform grants it).
 *
 * @example
 * findPrimaryAccount(world, leid)?.login; // 'nordlys.owner'
 */
export const findPrimaryAccount = (world: World, leid: LegalEntityId): PrimaryAccount | undefined =>
  primaryOf(tablesOf(world), leid) ?? undefined;

/**
 * The invitation with this ID, or `undefined`.
 *
 * @example
 * findInvitation(world, invitation.id)?.status; // { kind: 'pending' }
 */
export const findInvitation = (world: World, id: InvitationId): Invitation | undefined =>
  tablesOf(world).invitations.get(id);

/**
 * PA-1: the portfolio of a primary account, derived from its agreement's LEID through the
 * world's one index of links: linked properties and those attached under PA-4. Empty for an
 * account that is not primary or not there.
 *
 * @example
 * primaryPortfolio(world, anna).map(({ id }) => id); // ['hotel-1', 'hotel-2']
 */
export const primaryPortfolio = (world: World, account: AccountId): readonly Property[] => {
  const tables = tablesOf(world);
  const primary = tables.accounts.get(account);
  return Object.freeze(primary?.kind === 'primary' ? portfolioIn(tables, primary.agreement) : []);
};

/** One account that reaches a property, and with which rights. */
export interface Reach {
  readonly account: AccountId;
  readonly kind: AccountKind;
  /** Full admin for the primary account (PA-7); the account-wide rights otherwise (CX-2). */
  readonly rights: AccessRights;
}

/**
 * Who reaches a property, and with which rights: its agreement's primary account first.
 *
 * @example
 * whoReaches(world, hotel); // [{ account: 'anna', kind: 'primary', rights: ['admin'] }, ...]
 */
export const whoReaches = (world: World, property: PropertyId): readonly Reach[] => {
  const tables = tablesOf(world);
  const record = tables.properties.get(property);
  if (record === undefined) return Object.freeze([]);
  const leid = portfolioLeid(record.link);
  const primary = leid === null ? null : primaryOf(tables, leid);
  const first: Reach[] = primary === null ? [] : [{ account: primary.id, kind: 'primary', rights: FULL_ADMIN }];
  return deepFreeze([
    ...first,
    ...reachersOf(tables, property).map((account): Reach => ({
      account: account.id,
      kind: 'non_primary',
      rights: account.rights,
    })),
  ]);
};

/**
 * The IDs of the properties an account reaches: its portfolio (PA-1), or its given list (CX-2).
 *
 * @example
 * propertiesOf(world, anna); // ['hotel-1', 'hotel-2']
 */
export const propertiesOf = (world: World, account: AccountId): readonly PropertyId[] => {
  const tables = tablesOf(world);
  const record = tables.accounts.get(account);
  if (record === undefined) return Object.freeze([]);
  return record.kind === 'non_primary'
    ? record.properties
    : Object.freeze(portfolioIn(tables, record.agreement).map((property) => property.id));
};

/**
 * The invitations of a property still pending at `now` (CX-6: expiry follows from the time).
 * The world knows its present, not its past: a `now` before its clock is `time_went_backwards`,
 * and a malformed one `invalid_input`.
 *
 * @example
 * pendingInvitations(world, hotel, now); // ok([{ id: 'inv-1', status: { kind: 'pending' }, ... }])
 */
export const pendingInvitations = (
  world: World,
  property: PropertyId,
  now: Instant,
): Result<readonly Invitation[], InvalidInput | WorldRejection> => {
  const problem = instantProblem(now);
  if (problem !== null) return err({ code: 'invalid_input', issues: [{ path: ['now'], problem }] });
  const tables = tablesOf(world);
  if (tables.clock !== null && now < tables.clock) return err(timeWentBackwards(now, tables.clock));
  return ok(
    Object.freeze(openInvitationsOf(tables, property).filter((invitation) => stateAt(invitation, now) === 'pending')),
  );
};
