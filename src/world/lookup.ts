import { err, ok, type Result } from 'neverthrow';

import type { ActorNotAdmin } from '../rejections/common';
import { actorNotAdmin } from '../rejections/refusals';
import { adminStanding, portfolioLeid } from '../rules/reach';
import { type Account, type Actor, type NonPrimaryAccount, PLATFORM, type PrimaryAccount } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Invitation } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { Property } from '../values/property';
import { answered } from './answers';
import type { Action, CommandActor } from './command';
import { ask, type Asking } from './lookups';
import { cannotIssue, notFound, type RecordKind, type WorldRejection } from './rejection';
import type { Tables } from './world';

// The lookups the handlers share, each asked through world/lookups.ts, and a missing record named.

const found = <T>(value: T | undefined, record: RecordKind, id: string | number): Result<T, WorldRejection> =>
  value === undefined ? err(notFound(record, id)) : ok(value);

export function* agreementIn(leid: LegalEntityId): Asking<Result<PartnerAgreement, WorldRejection>> {
  return found(yield* ask({ kind: 'agreement', leid }), 'agreement', leid);
}

export function* propertyIn(id: PropertyId): Asking<Result<Property, WorldRejection>> {
  return found(yield* ask({ kind: 'property', id }), 'property', id);
}

export function* accountIn(id: AccountId): Asking<Result<Account, WorldRejection>> {
  return found(yield* ask({ kind: 'account', id }), 'account', id);
}

export function* invitationIn(id: InvitationId): Asking<Result<Invitation, WorldRejection>> {
  return found(yield* ask({ kind: 'invitation', id }), 'invitation', id);
}

/** The logged-in account behind a command; the platform and invitees are not accounts. */
export function* accountActor(actor: CommandActor, action: Action): Asking<Result<Account, WorldRejection>> {
  if (actor.kind !== 'account') return err(cannotIssue(actor.kind, action));
  return yield* accountIn(actor.id);
}

/** The actor of a decision: an account or the platform; an invitee cannot act here. */
export function* decisionActor(actor: CommandActor, action: Action): Asking<Result<Actor, WorldRejection>> {
  switch (actor.kind) {
    case 'account':
      return yield* accountIn(actor.id);
    case 'platform':
      return ok(PLATFORM);
    case 'invitee':
      return err(cannotIssue(actor.kind, action));
  }
}

/**
 * CX-1: the property `id`, when `actor` is an admin of it; otherwise the one refusal every request
 * about it gets, whether the property is there or not, so that no one but its admins learns
 * anything of it. Nothing else about a request is looked up before this.
 */
export function* administered(actor: Account, id: PropertyId): Asking<Result<Property, ActorNotAdmin>> {
  return standingAt(actor, id, yield* ask({ kind: 'property', id }));
}

/**
 * CX-1: `actor`'s standing over property `id`, whose record is `property` (if any): the property
 * it administers, or the refusal. `reached` as for `adminOver`.
 */
export const standingAt = (
  actor: Account,
  id: PropertyId,
  property: Property | undefined,
  reached?: ReadonlySet<PropertyId>,
): Result<Property, ActorNotAdmin> => {
  const refused = adminStanding(actor, id, property, reached);
  if (refused !== null || property === undefined) return err(refused ?? actorNotAdmin(actor, id));
  return ok(property);
};

/**
 * The agreements an account sees: a primary account its own; a non-primary account those its
 * properties are linked to or attached under (PA-1).
 */
export function* agreementsSeen(account: Account): Asking<ReadonlySet<LegalEntityId>> {
  if (account.kind === 'primary') return new Set([account.agreement]);
  const seen = new Set<LegalEntityId>();
  for (const property of yield* ask({ kind: 'properties', ids: account.properties })) {
    const leid = portfolioLeid(property.link);
    if (leid !== null) seen.add(leid);
  }
  return seen;
}

// The same lookups asked of the world's tables at once, for the queries.

/** The primary account of the agreement, or `null` when it has none (INV-2: never two). */
export const primaryOf = (tables: Tables, leid: LegalEntityId): PrimaryAccount | null =>
  answered(tables, ask({ kind: 'primary_of', leid }));

/** PA-1: the records of an agreement's portfolio, from its index. */
export const portfolioIn = (tables: Tables, leid: LegalEntityId): readonly Property[] =>
  answered(tables, ask({ kind: 'portfolio', leid }));

/** The non-primary accounts that reach a property. */
export const reachersOf = (tables: Tables, property: PropertyId): readonly NonPrimaryAccount[] =>
  answered(tables, ask({ kind: 'reachers', property }));

/** The invitations of a property still counted open. */
export const openInvitationsOf = (tables: Tables, property: PropertyId): readonly Invitation[] =>
  answered(tables, ask({ kind: 'open_invitations', property }));
