import { err, ok, type Result } from 'neverthrow';

import { invitationRecord, nonPrimaryRecord } from '../rules/records';
import { parserOf } from '../validation/check';
import { checkOf } from '../validation/shapes';
import { LEAF_CHECKS } from '../validation/values';
import type { AccessRights } from '../values/accessRights';
import { type Account, accountShape, MAX_RECORDS, type PrimaryAccount } from '../values/account';
import { agreementShape, type PartnerAgreement } from '../values/agreement';
import { deepFreeze } from '../values/frozen';
import type { PropertyId } from '../values/ids';
import { type Instant, INSTANT_LIMIT } from '../values/instant';
import { expiresAt, type Invitation, invitationShape } from '../values/invitation';
import type { InputIssue, InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import { propertyShape } from '../values/property';
import { type Infer, leaf, list, nullable, object, optional } from '../values/shape';
import { skeletonOf } from '../values/skeleton';
import { checkAccount, checkInvitation, checkProperty, type Report } from './integrity';
import {
  EMPTY_WORLD,
  inBatch,
  isWorld,
  putAccount,
  putAgreement,
  putInvitation,
  putProperty,
  type Tables,
  type World,
  worldHolding,
} from './world';

/**
 * The shape of a {@link WorldSnapshot}, written once: its type, its check (`makeSnapshot`), its
 * JSON reader (`parseSnapshot`, where a list left out is empty) and its zod schema follow from it.
 * `clock` is the world's clock: the latest moment it accepted a command at, or `null` before any;
 * left out, it is the latest moment the records name (an invitation sent, accepted or revoked).
 */
export const snapshotShape = object({
  clock: optional(nullable(leaf('instant'))),
  agreements: list(agreementShape, MAX_RECORDS),
  properties: list(propertyShape, MAX_RECORDS),
  accounts: list(accountShape, MAX_RECORDS),
  invitations: list(invitationShape, MAX_RECORDS),
});

/**
 * A world as plain data: every record once, in lists sorted by ID. What {@link snapshotOf}
 * writes and {@link worldFrom} reads; the JSON form of it is `partner-account-rules/schema`'s.
 * See {@link snapshotShape}.
 */
export type WorldSnapshot = Infer<typeof snapshotShape>;

const byKey =
  <T>(key: (item: T) => string | number) =>
  (a: T, b: T): number => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/**
 * The records of a world as plain data, sorted by ID so equal worlds give equal snapshots.
 * Something that is not a world gives the empty snapshot.
 *
 * @example
 * JSON.stringify(snapshotOf(world)); // what worldFrom reads back into an equal world
 */
export const snapshotOf = (world: World): WorldSnapshot => {
  const { tables } = isWorld(world) ? world : EMPTY_WORLD;
  return deepFreeze({
    clock: tables.clock,
    agreements: [...tables.agreements.values()].sort(byKey((agreement) => agreement.leid)),
    properties: [...tables.properties.values()].sort(byKey((property) => property.id)),
    accounts: [...tables.accounts.values()].sort(byKey((account) => account.id)),
    invitations: [...tables.invitations.values()].sort(byKey((invitation) => invitation.id)),
  });
};

/**
 * Checks a snapshot record by record, without building a world: a frozen copy whose records are
 * trusted (so `worldFrom` given it does not check them again), or `invalid_input` with the path
 * of every malformed field. Whether the records fit together (references, duplicates, conflicts)
 * is for {@link worldFrom} to say.
 *
 * @example
 * makeSnapshot(JSON.parse(text)).andThen(worldFrom);
 */
export const makeSnapshot: (snapshot: unknown) => Result<WorldSnapshot, InvalidInput> = parserOf(
  checkOf(snapshotShape, LEAF_CHECKS),
);

// Every record checked against the whole world (references, uniqueness, INV-1..INV-10), and
// each ID once per list: a duplicate overwrote its first in the tables, so it is found here.
const integrityIssues = (snapshot: WorldSnapshot, tables: Tables): InputIssue[] => {
  const issues: InputIssue[] = [];
  const within =
    (list: string, index: number): Report =>
    (path, problem) => {
      issues.push({ path: [list, index, ...path], problem });
    };
  const once = <T>(
    list: string,
    key: (item: T) => string | number,
    field: string,
    of: 'id' | 'login' | 'primary_account',
  ) => {
    const seen = new Set<string | number>();
    return (item: T, index: number): void => {
      const value = key(item);
      if (seen.has(value)) issues.push({ path: [list, index, field], problem: { code: 'duplicate', of } });
      seen.add(value);
    };
  };
  snapshot.agreements.forEach(once('agreements', (agreement: PartnerAgreement) => agreement.leid, 'leid', 'id'));
  const property = once('properties', (record: Property) => record.id, 'id', 'id');
  snapshot.properties.forEach((record, index) => {
    property(record, index);
    checkProperty(tables, record, within('properties', index));
  });
  const account = once('accounts', (record: Account) => record.id, 'id', 'id');
  // CX-7: logins that look alike (one UTS #39 skeleton) are one login twice.
  const login = once('accounts', (record: Account) => skeletonOf(record.login), 'login', 'login');
  // INV-2: one primary account per agreement.
  const primary = once('accounts', (record: PrimaryAccount) => record.agreement, 'agreement', 'primary_account');
  snapshot.accounts.forEach((record, index) => {
    account(record, index);
    login(record, index);
    if (record.kind === 'primary') primary(record, index);
    checkAccount(tables, record, within('accounts', index));
  });
  const invitation = once('invitations', (record: Invitation) => record.id, 'id', 'id');
  snapshot.invitations.forEach((record, index) => {
    invitation(record, index);
    checkInvitation(tables, record, within('invitations', index));
  });
  return issues;
};

// The latest moment the records name: no world can be earlier than what it has recorded. An
// invitation recorded as expired names the moment it expired.
const latestMoment = (snapshot: WorldSnapshot): Instant | null => {
  let latest: Instant | null = null;
  for (const invitation of snapshot.invitations) {
    const { sentAt, status } = invitation;
    const at = status.kind === 'pending' ? sentAt : status.kind === 'expired' ? expiresAt(invitation) : status.at;
    const later = at > sentAt ? at : sentAt;
    if (latest === null || later > latest) latest = later;
  }
  return latest;
};

// Equal values of one snapshot kept once in its world: the property IDs that accounts and
// invitations name are the strings of the properties' own records, and equal lists of rights are
// one list. A property is named by every account that reaches it (ten, in a large chain's world),
// and a world has a handful of distinct lists of rights, so otherwise these copies are a large
// part of its heap. The records that hold them are made anew by the builders a decision uses.
const sharing = (snapshot: WorldSnapshot): WorldSnapshot => {
  const ids = new Map<string, PropertyId>();
  for (const property of snapshot.properties) ids.set(property.id, property.id);
  const lists = new Map<string, AccessRights>();
  const shared = (rights: AccessRights): AccessRights => {
    // A right is a word of lower-case letters and underscores, so a comma parts them.
    const key = rights.join();
    const first = lists.get(key);
    if (first !== undefined) return first;
    lists.set(key, rights);
    return rights;
  };
  return {
    ...snapshot,
    accounts: snapshot.accounts.map((account): Account => {
      if (account.kind === 'primary') return account;
      const properties = account.properties.map((id) => ids.get(id) ?? id);
      return nonPrimaryRecord({ ...account, rights: shared(account.rights), properties });
    }),
    invitations: snapshot.invitations.map((invitation) =>
      invitationRecord({
        ...invitation,
        property: ids.get(invitation.property) ?? invitation.property,
        rights: shared(invitation.rights),
      }),
    ),
  };
};

/**
 * A world from a snapshot, checked whole: every record well formed, IDs and logins unique
 * (CX-4), at most one primary account per agreement (INV-2), and every reference to a record
 * that is there. Otherwise `invalid_input` with every issue and its path; nothing is built.
 *
 * @example
 * worldFrom({ agreements: [{ leid, status: 'active' }], properties: [], accounts: [], invitations: [] });
 * // ok(world)
 */
export const worldFrom = (snapshot: WorldSnapshot): Result<World, InvalidInput> =>
  makeSnapshot(snapshot).andThen((checked): Result<World, InvalidInput> => {
    const valid = sharing(checked);
    const latest = latestMoment(valid);
    const clock = valid.clock ?? latest;
    const tables = inBatch({ ...EMPTY_WORLD.tables, clock }, (open) => {
      const withProperties = valid.properties.reduce(putProperty, valid.agreements.reduce(putAgreement, open));
      return valid.invitations.reduce(putInvitation, valid.accounts.reduce(putAccount, withProperties));
    });
    const early: InputIssue[] =
      clock !== null && latest !== null && clock < latest
        ? [{ path: ['clock'], problem: { code: 'out_of_range', min: latest, max: INSTANT_LIMIT } }]
        : [];
    const [first, ...rest] = [...early, ...integrityIssues(valid, tables)];
    if (first !== undefined) return err({ code: 'invalid_input', issues: [first, ...rest] });
    return ok(worldHolding(tables));
  });
