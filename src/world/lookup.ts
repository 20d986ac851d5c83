import { err, ok, type Result } from 'neverthrow';
import { adminStanding } from '../rules/reach';
import type { ActorNotAdmin } from '../rejections/common';
import { PLATFORM, type Account, type Actor, type NonPrimaryAccount, type PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Invitation } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type { Property } from '../values/property';
import { skeletonOf } from '../values/skeleton';
import type { Action, CommandActor } from './command';
import { cannotIssue, notFound, type RecordKind, type WorldRejection } from './rejection';
import { notAdmin } from '../rejections/refusals';
import { membersOf, type Tables } from './world';

// The world's lookups: each answers from one index, never from a scan, and names the missing
// record when there is none.

const found = <T>(value: T | undefined, record: RecordKind, id: string | number): Result<T, WorldRejection> =>
  value === undefined ? err(notFound(record, id)) : ok(value);

export const agreementIn = (tables: Tables, leid: LegalEntityId): Result<PartnerAgreement, WorldRejection> =>
  found(tables.agreements.get(leid), 'agreement', leid);

export const propertyIn = (tables: Tables, id: PropertyId): Result<Property, WorldRejection> =>
  found(tables.properties.get(id), 'property', id);

export const accountIn = (tables: Tables, id: AccountId): Result<Account, WorldRejection> =>
  found(tables.accounts.get(id), 'account', id);

export const invitationIn = (tables: Tables, id: InvitationId): Result<Invitation, WorldRejection> =>
  found(tables.invitations.get(id), 'invitation', id);

/** The primary account of the agreement, or `null` when it has none (INV-2: never two). */
export const primaryOf = (tables: Tables, leid: LegalEntityId): PrimaryAccount | null => {
  const id = tables.primaries.get(leid);
  const account = id === undefined ? undefined : tables.accounts.get(id);
  return account?.kind === 'primary' ? account : null;
};

/** CX-4, CX-7: the account whose login is `login` or looks like it (one skeleton), or `null`. */
export const loginHolder = (tables: Tables, login: LoginName): AccountId | null =>
  tables.logins.get(login) ?? tables.skeletons.get(skeletonOf(login)) ?? null;

/** The logged-in account behind a command; the platform and invitees are not accounts. */
export const accountActor = (tables: Tables, actor: CommandActor, action: Action): Result<Account, WorldRejection> =>
  actor.kind === 'account' ? accountIn(tables, actor.id) : err(cannotIssue(actor.kind, action));

/** The actor of a decision: an account or the platform; an invitee cannot act here. */
export const decisionActor = (tables: Tables, actor: CommandActor, action: Action): Result<Actor, WorldRejection> => {
  switch (actor.kind) {
    case 'account':
      return accountIn(tables, actor.id);
    case 'platform':
      return ok(PLATFORM);
    case 'invitee':
      return err(cannotIssue(actor.kind, action));
  }
};

/**
 * CX-1: the property `id`, when `actor` is an admin of it; otherwise the one refusal every request
 * about it gets, whether the property is there or not, so that no one but its admins learns
 * anything of it. Nothing else about a request is looked up before this.
 */
export const administered = (tables: Tables, actor: Account, id: PropertyId): Result<Property, ActorNotAdmin> => {
  const property = tables.properties.get(id);
  const refused = adminStanding(actor, id, property);
  if (refused !== null || property === undefined) return err(refused ?? notAdmin(actor, id));
  return ok(property);
};

const records = (tables: Tables, ids: readonly PropertyId[]): Property[] =>
  ids.flatMap((id) => tables.properties.get(id) ?? []);

/** PA-1: the records of an agreement's portfolio, from its index. */
export const portfolioIn = (tables: Tables, leid: LegalEntityId): Property[] =>
  records(tables, membersOf(tables.portfolios, leid));

/**
 * The records of the properties a non-primary account reaches, for rights that apply to all of
 * them (CX-2). A primary account's rights never change (PA-7), so its portfolio, which may hold a
 * whole chain, is not looked up for it.
 */
export const reachedBy = (tables: Tables, account: Account): Property[] =>
  account.kind === 'non_primary' ? records(tables, account.properties) : [];

/** The non-primary accounts that reach a property. */
export const reachersOf = (tables: Tables, property: PropertyId): NonPrimaryAccount[] =>
  membersOf(tables.reachers, property).flatMap((id) => {
    const account = tables.accounts.get(id);
    return account?.kind === 'non_primary' ? [account] : [];
  });

/** The invitations of a property still counted open. */
export const openInvitationsOf = (tables: Tables, property: PropertyId): Invitation[] =>
  membersOf(tables.openInvitations, property).flatMap((id) => tables.invitations.get(id) ?? []);
