import fc from 'fast-check';
import type {
  AccountId,
  Email,
  InvitationId,
  LegalEntityId,
  LoginName,
  PropertyId,
  World,
  WorldSnapshot,
} from 'partner-account-rules';
import { snapshotOf, worldFrom } from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { answered } from '../../src/world/answers';
import { ask, type Lookup } from '../../src/world/lookups';
import { tablesOf } from '../../src/world/world';
import { seed, worlds } from './sequences';
import { byId, portfolioOf, SNAPSHOT, world as smallWorld } from './world';

// The world's answer to each lookup, held to what the lookup's definition (world/lookups.ts)
// says of the world's records, read off its snapshot with plain array methods: for generated
// worlds, every lookup about each of their records, one they do not hold, and every mode of
// `some_agreement`. The world answers from its indexes; this test is what says the indexes and
// their reading agree with the records (lists in order of ID, unknown IDs left out).

const nonPrimary = (snapshot: WorldSnapshot) => snapshot.accounts.filter((account) => account.kind === 'non_primary');

/** What the definition of `lookup` answers about `snapshot`. */
const expected = (snapshot: WorldSnapshot, lookup: Lookup): unknown => {
  const primaries = snapshot.accounts.filter((account) => account.kind === 'primary');
  switch (lookup.kind) {
    case 'agreement':
      return snapshot.agreements.find(({ leid }) => leid === lookup.leid);
    case 'property':
      return snapshot.properties.find(({ id }) => id === lookup.id);
    case 'account':
      return snapshot.accounts.find(({ id }) => id === lookup.id);
    case 'invitation':
      return snapshot.invitations.find(({ id }) => id === lookup.id);
    case 'account_by_login':
      return snapshot.accounts.find(({ login }) => login === lookup.login);
    case 'primary_of':
      return primaries.find(({ agreement }) => agreement === lookup.leid) ?? null;
    case 'primaries_by_email':
      return byId(primaries.filter(({ email }) => email === lookup.email));
    case 'properties':
      return lookup.ids.flatMap((id) => snapshot.properties.filter((property) => property.id === id));
    case 'reachers':
      return byId(nonPrimary(snapshot).filter(({ properties }) => properties.includes(lookup.property)));
    case 'open_invitations':
      return byId(
        snapshot.invitations.filter(
          (invitation) => invitation.property === lookup.property && invitation.status.kind === 'pending',
        ),
      );
    case 'portfolio':
      return byId(snapshot.properties.filter((property) => portfolioOf(property) === lookup.leid));
    case 'some_agreement':
      return snapshot.agreements.some((agreement) => {
        if (agreement.status !== 'active' || agreement.leid === lookup.except) return false;
        const primary = primaries.some((account) => account.agreement === agreement.leid);
        return lookup.primary === 'any' || primary === (lookup.primary === 'with');
      });
    case 'has_unlinked':
      return snapshot.properties.some(({ link }) => link.kind === 'none');
    case 'outsider_exists':
      return nonPrimary(snapshot).some(({ properties }) => !properties.includes(lookup.property));
    case 'login_holder':
      // Answered from the skeletons too: held to the model by the world's own tests.
      return undefined;
  }
};

// Every lookup about the records of `snapshot`, and about records it does not hold.
const lookupsAbout = (snapshot: WorldSnapshot): Lookup[] => {
  const leids = [...snapshot.agreements.map(({ leid }) => leid), 999_999_999 as LegalEntityId];
  const properties = [...snapshot.properties.map(({ id }) => id), 'nowhere' as PropertyId];
  const lookups: Lookup[] = [{ kind: 'has_unlinked' }];
  for (const leid of leids) {
    lookups.push({ kind: 'agreement', leid }, { kind: 'primary_of', leid }, { kind: 'portfolio', leid });
  }
  for (const except of [null, ...leids])
    for (const primary of ['with', 'without', 'any'] as const)
      lookups.push({ kind: 'some_agreement', primary, except });
  for (const property of properties) {
    lookups.push(
      { kind: 'property', id: property },
      { kind: 'reachers', property },
      { kind: 'open_invitations', property },
      { kind: 'outsider_exists', property },
    );
  }
  // All of them in reverse, with one it does not hold: the answer keeps the order asked.
  lookups.push({ kind: 'properties', ids: [...properties].reverse() });
  for (const account of snapshot.accounts) {
    lookups.push({ kind: 'account', id: account.id }, { kind: 'account_by_login', login: account.login });
    if (account.kind === 'primary') lookups.push({ kind: 'primaries_by_email', email: account.email });
    else lookups.push({ kind: 'properties', ids: account.properties });
  }
  lookups.push(
    { kind: 'account', id: 'nobody' as AccountId },
    { kind: 'account_by_login', login: 'nobody' as LoginName },
    { kind: 'primaries_by_email', email: 'no@body.example' as Email },
  );
  for (const invitation of snapshot.invitations) lookups.push({ kind: 'invitation', id: invitation.id });
  lookups.push({ kind: 'invitation', id: 'never-sent' as InvitationId });
  return lookups;
};

// Asks `world` every lookup about it and holds each answer to its definition; counts the
// answers that tell a right answer from a near one.
const check = (world: World, seen: { lists: number; outsiderless: number; unlinked: number }): void => {
  const snapshot = snapshotOf(world);
  const tables = tablesOf(world);
  for (const lookup of lookupsAbout(snapshot)) {
    const answer = answered(tables, ask(lookup));
    expect(answer, `${seed()} ${JSON.stringify(lookup)}`).toEqual(expected(snapshot, lookup));
    if (Array.isArray(answer) && answer.length > 1) seen.lists += 1;
    if (lookup.kind === 'outsider_exists' && answer === false) seen.outsiderless += 1;
    if (lookup.kind === 'has_unlinked' && answer === true) seen.unlinked += 1;
  }
};

describe('the world answers each lookup as its definition says', () => {
  it('in a world where every non-primary account reaches a property', () => {
    // Carl, its one non-primary account, reaches h1: no one is left to add there.
    const seen = { lists: 0, outsiderless: 0, unlinked: 0 };
    check(smallWorld(), seen);
    expect(seen.outsiderless).toBe(1);
    expect(seen.unlinked).toBe(1);
  });

  it('in a world with no property free to attach', () => {
    // The small world with h9 linked to agreement 2: the platform has nothing to attach (PA-4).
    const linked = {
      ...SNAPSHOT,
      properties: SNAPSHOT.properties.map((property) =>
        property.id === 'h9' ? { id: 'h9', link: { kind: 'agreement', leid: 2 } } : property,
      ),
    };
    const seen = { lists: 0, outsiderless: 0, unlinked: 0 };
    check(worldFrom(parseSnapshot(linked)._unsafeUnwrap())._unsafeUnwrap(), seen);
    expect(seen.unlinked).toBe(0);
    // Agreement 2's portfolio now lists two properties, to be put in order.
    expect(seen.lists).toBeGreaterThan(0);
  });

  it('from its indexes, what the records say, for generated worlds', () => {
    const seen = { lists: 0, outsiderless: 0, unlinked: 0 };
    fc.assert(
      fc.property(worlds, (world: World) => {
        check(world, seen);
      }),
    );
    // Lists of several records to put in order, and worlds with a property free to attach.
    expect(seen.lists, seed()).toBeGreaterThan(0);
    expect(seen.unlinked, seed()).toBeGreaterThan(0);
  });
});
