import { portfolioLeid } from '../rules/reach';
import type { Account } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { Email } from '../values/email';
import type { AccountId, InvitationId, PropertyId } from '../values/ids';
import type { Instant } from '../values/instant';
import type { Invitation } from '../values/invitation';
import type { LegalEntityId } from '../values/legalEntityId';
import type { LoginName } from '../values/loginName';
import type { Property } from '../values/property';
import { skeletonOf } from '../values/skeleton';
import { type KeySet, setKeys, setSize, setWith, setWithout } from './keySet';
import { type Batch, PersistentMap } from './persistentMap';

/**
 * The records of a world and the indexes that answer its questions without a scan. Every
 * index is derived from the records by {@link putAccount}, {@link putProperty} and
 * {@link putInvitation}, so it cannot drift from them.
 */
export interface Tables {
  /**
   * The world's clock: the latest `now` it accepted, or `null` before any. Time only moves
   * forward: a command at an earlier moment is refused, so what was decided stays decided (CX-6).
   */
  readonly clock: Instant | null;
  readonly agreements: PersistentMap<LegalEntityId, PartnerAgreement>;
  readonly properties: PersistentMap<PropertyId, Property>;
  readonly accounts: PersistentMap<AccountId, Account>;
  readonly invitations: PersistentMap<InvitationId, Invitation>;
  /** CX-4: who holds each login. */
  readonly logins: PersistentMap<LoginName, AccountId>;
  /** CX-7: who holds a login with each skeleton: at most one account of logins that look alike. */
  readonly skeletons: PersistentMap<string, AccountId>;
  /** INV-2: the primary account of each agreement. */
  readonly primaries: PersistentMap<LegalEntityId, AccountId>;
  /** The primary accounts each email belongs to (PA-16 compares against them). */
  readonly primariesByEmail: PersistentMap<Email, KeySet<AccountId>>;
  /** PA-1: each agreement's portfolio, from the properties' links; the one index of it. */
  readonly portfolios: PersistentMap<LegalEntityId, KeySet<PropertyId>>;
  /** PA-4: the properties linked to no agreement and attached to none, which the platform may attach. */
  readonly unlinked: PersistentMap<PropertyId, true>;
  /** The non-primary accounts that reach each property. */
  readonly reachers: PersistentMap<PropertyId, KeySet<AccountId>>;
  /** The pending invitations of each property. */
  readonly openInvitations: PersistentMap<PropertyId, KeySet<InvitationId>>;
  /** Every invitation of each property, whatever became of it. */
  readonly propertyInvitations: PersistentMap<PropertyId, KeySet<InvitationId>>;
}

/**
 * An extranet at one moment: agreements, properties, accounts with their access, and
 * invitations. Immutable: {@link execute} returns a new world and leaves this one as it was.
 * Opaque: read it through the queries (`primaryPortfolio`, `whoReaches`, …) and `snapshotOf`.
 */
export interface World {
  readonly kind: 'world';
  /** @internal The records and their indexes: not part of the API, left out of the declarations. */
  readonly tables: Tables;
}

const EMPTY_TABLES: Tables = Object.freeze({
  clock: null,
  agreements: PersistentMap.empty<LegalEntityId, PartnerAgreement>(),
  properties: PersistentMap.empty<PropertyId, Property>(),
  accounts: PersistentMap.empty<AccountId, Account>(),
  invitations: PersistentMap.empty<InvitationId, Invitation>(),
  logins: PersistentMap.empty<LoginName, AccountId>(),
  skeletons: PersistentMap.empty<string, AccountId>(),
  primaries: PersistentMap.empty<LegalEntityId, AccountId>(),
  primariesByEmail: PersistentMap.empty<Email, KeySet<AccountId>>(),
  portfolios: PersistentMap.empty<LegalEntityId, KeySet<PropertyId>>(),
  unlinked: PersistentMap.empty<PropertyId, true>(),
  reachers: PersistentMap.empty<PropertyId, KeySet<AccountId>>(),
  openInvitations: PersistentMap.empty<PropertyId, KeySet<InvitationId>>(),
  propertyInvitations: PersistentMap.empty<PropertyId, KeySet<InvitationId>>(),
});

// Worlds are instances of a class of this module's own, marked by a private field: whether a value
// is a world is one test, which no look-alike object or proxy passes and no getter can intercept.
class WorldValue implements World {
  readonly kind = 'world';
  readonly #made = true;
  constructor(readonly tables: Tables) {
    Object.freeze(this);
  }
  static holds(value: unknown): value is World {
    return typeof value === 'object' && value !== null && #made in value;
  }
}

/** @internal The world holding `tables`. */
export const worldHolding = (tables: Tables): World =>
  new WorldValue(Object.isFrozen(tables) ? tables : Object.freeze({ ...tables }));

/** A world with nothing in it: the start of every world built by commands. */
export const EMPTY_WORLD: World = worldHolding(EMPTY_TABLES);

/** @internal The tables of `world`; something that is not a world has the empty world's. */
export const tablesOf = (world: World): Tables => (isWorld(world) ? world : EMPTY_WORLD).tables;

/**
 * The tables after `fill`, which may change them many times: inside, the maps write into the
 * nodes this batch made instead of copying a path per change; after, they are persistent.
 */
export const inBatch = (tables: Tables, fill: (open: Tables) => Tables): Tables => {
  const batch: Batch = { done: false };
  const filled = fill({
    clock: tables.clock,
    agreements: tables.agreements.inBatch(batch),
    properties: tables.properties.inBatch(batch),
    accounts: tables.accounts.inBatch(batch),
    invitations: tables.invitations.inBatch(batch),
    logins: tables.logins.inBatch(batch),
    skeletons: tables.skeletons.inBatch(batch),
    primaries: tables.primaries.inBatch(batch),
    primariesByEmail: tables.primariesByEmail.inBatch(batch),
    portfolios: tables.portfolios.inBatch(batch),
    unlinked: tables.unlinked.inBatch(batch),
    reachers: tables.reachers.inBatch(batch),
    openInvitations: tables.openInvitations.inBatch(batch),
    propertyInvitations: tables.propertyInvitations.inBatch(batch),
  });
  batch.done = true;
  return filled;
};

/** Whether `value` is a world this package made. */
export const isWorld = (value: unknown): value is World => WorldValue.holds(value);

// The index with `key` put in or taken out of `group`'s set; a group left with no keys goes.
const grouped = <G extends string | number, K extends string | number>(
  index: PersistentMap<G, KeySet<K>>,
  group: G,
  key: K,
  member: boolean,
): PersistentMap<G, KeySet<K>> => {
  const stored = index.get(group);
  // A set that already is what is asked comes back as itself, and the index stays as it was. In
  // an open batch a set that is a map may also change in place and come back as itself: it is
  // stored all the same.
  const next = member ? setWith(stored, key, index) : setWithout(stored, key);
  return setSize(next) === 0 ? index.delete(group) : index.set(group, next);
};

/** The tables with the clock moved to `at`; it never moves back. */
export const advanceClock = (tables: Tables, at: Instant): Tables =>
  tables.clock !== null && tables.clock >= at ? tables : { ...tables, clock: at };

/** The tables with `agreement` stored. */
export const putAgreement = (tables: Tables, agreement: PartnerAgreement): Tables => ({
  ...tables,
  agreements: tables.agreements.set(agreement.leid, agreement),
});

/** The tables with `property` stored, and its portfolio index moved with its link (PA-1). */
export const putProperty = (tables: Tables, property: Property): Tables => {
  const previous = tables.properties.get(property.id);
  const before = previous === undefined ? null : portfolioLeid(previous.link);
  const after = portfolioLeid(property.link);
  let { portfolios, unlinked } = tables;
  if (before !== after) {
    if (before !== null) portfolios = grouped(portfolios, before, property.id, false);
    if (after !== null) portfolios = grouped(portfolios, after, property.id, true);
  }
  const free = property.link.kind === 'none';
  if (unlinked.has(property.id) !== free)
    unlinked = free ? unlinked.set(property.id, true) : unlinked.delete(property.id);
  return { ...tables, properties: tables.properties.set(property.id, property), portfolios, unlinked };
};

/** The tables with `account` stored, its login, primary and reach indexed. */
export const putAccount = (tables: Tables, account: Account): Tables => {
  const before = tables.accounts.get(account.id);
  let { logins, skeletons, primaries, primariesByEmail, reachers } = tables;
  // A login that stays the same keeps its skeleton: it is worked out only for a new login.
  if (before?.login !== account.login) {
    if (before !== undefined) {
      logins = logins.delete(before.login);
      skeletons = skeletons.delete(skeletonOf(before.login));
    }
    logins = logins.set(account.login, account.id);
    skeletons = skeletons.set(skeletonOf(account.login), account.id);
  }
  if (before?.kind === 'primary') {
    primariesByEmail = grouped(primariesByEmail, before.email, before.id, false);
  }
  if (account.kind === 'primary') {
    primaries = primaries.set(account.agreement, account.id);
    primariesByEmail = grouped(primariesByEmail, account.email, account.id, true);
  }
  const had = before?.kind === 'non_primary' ? before.properties : [];
  const has = account.kind === 'non_primary' ? account.properties : [];
  // A change of rights keeps the same list: nothing to re-index, however many properties it holds.
  if (had.length === 0) {
    for (const property of has) reachers = grouped(reachers, property, account.id, true);
  } else if (had !== has) {
    const hadSet = new Set(had);
    const hasSet = new Set(has);
    for (const property of had) if (!hasSet.has(property)) reachers = grouped(reachers, property, account.id, false);
    for (const property of has) if (!hadSet.has(property)) reachers = grouped(reachers, property, account.id, true);
  }
  return {
    ...tables,
    accounts: tables.accounts.set(account.id, account),
    logins,
    skeletons,
    primaries,
    primariesByEmail,
    reachers,
  };
};

/** The tables with `invitation` stored; it is open while its status is pending (CX-6). */
export const putInvitation = (tables: Tables, invitation: Invitation): Tables => ({
  ...tables,
  invitations: tables.invitations.set(invitation.id, invitation),
  openInvitations: grouped(
    tables.openInvitations,
    invitation.property,
    invitation.id,
    invitation.status.kind === 'pending',
  ),
  propertyInvitations: grouped(tables.propertyInvitations, invitation.property, invitation.id, true),
});

/** The keys of a set index entry, in order. */
export const membersOf = <G extends string | number, K extends string | number>(
  index: PersistentMap<G, KeySet<K>>,
  group: G,
): readonly K[] => setKeys(index.get(group));

/** How many keys a set index entry holds. */
export const membersIn = <G extends string | number, K extends string | number>(
  index: PersistentMap<G, KeySet<K>>,
  group: G,
): number => setSize(index.get(group));
