import { err, ok, type Result } from 'neverthrow';
import { arrayOf, guard, nullable, object, optional } from '../guard/check';
import { isAccount, isAgreement, isInstant, isInvitation, isProperty, MAX_RECORDS } from '../guard/values';
import type { Account } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import { INSTANT_LIMIT, type Instant } from '../values/instant';
import type { Invitation } from '../values/invitation';
import { deepFreeze } from '../values/frozen';
import type { InputIssue, InvalidInput, Problem } from '../values/problem';
import type { Property } from '../values/property';
import { EMPTY_WORLD, inBatch, isWorld, worldOf, putAccount, putAgreement, putInvitation, putProperty, type Tables, type World } from './world';

/**
 * A world as plain data: every record once, in lists sorted by ID. What {@link snapshotOf}
 * writes and {@link worldFrom} reads; the JSON form of it is `partner-account-rules/schema`'s.
 */
export interface WorldSnapshot {
  /**
   * The world's clock: the latest moment it accepted a command at, or `null` before any. Left
   * out, it is the latest moment the records name (an invitation sent, accepted or revoked).
   */
  readonly clock?: Instant | null | undefined;
  readonly agreements: readonly PartnerAgreement[];
  readonly properties: readonly Property[];
  readonly accounts: readonly Account[];
  readonly invitations: readonly Invitation[];
}

const byKey = <T>(key: (item: T) => string | number) => (a: T, b: T): number => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The records of a world as plain data, sorted by ID so equal worlds give equal snapshots.
 * Something that is not a world gives the empty snapshot.
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

const parseSnapshot = guard(
  object({
    clock: optional(nullable(isInstant)),
    agreements: arrayOf(isAgreement, MAX_RECORDS),
    properties: arrayOf(isProperty, MAX_RECORDS),
    accounts: arrayOf(isAccount, MAX_RECORDS),
    invitations: arrayOf(isInvitation, MAX_RECORDS),
  }),
);

// The references between records, checked in one pass per list against what came before.
const integrityIssues = (snapshot: WorldSnapshot, tables: Tables): InputIssue[] => {
  const issues: InputIssue[] = [];
  const at = (path: InputIssue['path'], problem: Problem): void => {
    issues.push({ path, problem });
  };
  const seen = new Set<string | number>();
  snapshot.agreements.forEach(({ leid }, index) => {
    if (seen.has(leid)) at(['agreements', index, 'leid'], { code: 'duplicate', of: 'id' });
    seen.add(leid);
  });
  const ids = { properties: new Set<string>(), accounts: new Set<string>(), invitations: new Set<string>() };
  const once = (list: keyof typeof ids, id: string, index: number): void => {
    if (ids[list].has(id)) at([list, index, 'id'], { code: 'duplicate', of: 'id' });
    else ids[list].add(id);
  };
  snapshot.properties.forEach(({ id, link }, index) => {
    once('properties', id, index);
    if (link.kind === 'agreement' && !tables.agreements.has(link.leid)) at(['properties', index, 'link', 'leid'], { code: 'unknown_reference', record: 'agreement' });
    if (link.kind === 'attached' && !tables.agreements.has(link.primaryOf)) {
      at(['properties', index, 'link', 'primaryOf'], { code: 'unknown_reference', record: 'agreement' });
    }
  });
  const logins = new Set<string>();
  const primaries = new Set<number>();
  snapshot.accounts.forEach((account, index) => {
    once('accounts', account.id, index);
    if (logins.has(account.login)) at(['accounts', index, 'login'], { code: 'duplicate', of: 'login' });
    logins.add(account.login);
    if (account.kind === 'primary') {
      if (!tables.agreements.has(account.agreement)) at(['accounts', index, 'agreement'], { code: 'unknown_reference', record: 'agreement' });
      if (primaries.has(account.agreement)) at(['accounts', index, 'agreement'], { code: 'duplicate', of: 'primary_account' });
      primaries.add(account.agreement);
      return;
    }
    account.properties.forEach((property, position) => {
      if (!tables.properties.has(property)) at(['accounts', index, 'properties', position], { code: 'unknown_reference', record: 'property' });
    });
  });
  snapshot.invitations.forEach((invitation, index) => {
    once('invitations', invitation.id, index);
    if (!tables.properties.has(invitation.property)) at(['invitations', index, 'property'], { code: 'unknown_reference', record: 'property' });
    if (!tables.accounts.has(invitation.invitedBy)) at(['invitations', index, 'invitedBy'], { code: 'unknown_reference', record: 'account' });
  });
  return issues;
};

// The latest moment the records name: no world can be earlier than what it has recorded.
const latestMoment = (snapshot: WorldSnapshot): Instant | null => {
  let latest: Instant | null = null;
  for (const { sentAt, status } of snapshot.invitations) {
    const at = status.kind === 'pending' ? sentAt : status.at;
    const later = at > sentAt ? at : sentAt;
    if (latest === null || later > latest) latest = later;
  }
  return latest;
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
  parseSnapshot(snapshot).andThen((valid): Result<World, InvalidInput> => {
    const latest = latestMoment(valid);
    const clock = valid.clock ?? latest;
    const tables = inBatch({ ...EMPTY_WORLD.tables, clock }, (open) => {
      const withProperties = valid.properties.reduce(putProperty, valid.agreements.reduce(putAgreement, open));
      return valid.invitations.reduce(putInvitation, valid.accounts.reduce(putAccount, withProperties));
    });
    const early: InputIssue[] =
      clock !== null && latest !== null && clock < latest ? [{ path: ['clock'], problem: { code: 'out_of_range', min: latest, max: INSTANT_LIMIT } }] : [];
    const [first, ...rest] = [...early, ...integrityIssues(valid, tables)];
    if (first !== undefined) return err({ code: 'invalid_input', issues: [first, ...rest] });
    return ok(worldOf(tables));
  });
