import fc from 'fast-check';
import { type Account, type CommandActor, snapshotOf, viewOf, type World, worldFrom } from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { actorsOf, seed, worlds } from './sequences';
import { byId, portfolioOf } from './world';

// viewOf, held to its definition (docs/rules.md, "What an actor may see"), read off the world's
// snapshot with plain array methods: for generated worlds and every actor, each list of the view
// is exactly what the definition names, in the order the view promises.

// What the definition says `actor` sees of `world`.
const expected = (world: World, actor: CommandActor) => {
  const snapshot = snapshotOf(world);
  if (actor.kind === 'platform') {
    // Every record, as the snapshot lists them; a view has no clock.
    const { agreements, properties, accounts, invitations } = snapshot;
    return { agreements, properties, accounts, invitations };
  }
  if (actor.kind === 'invitee') {
    const invitation = snapshot.invitations.find(({ id }) => id === actor.invitation);
    return {
      agreements: [],
      properties: snapshot.properties.filter(({ id }) => id === invitation?.property),
      accounts: [],
      invitations: invitation === undefined ? [] : [invitation],
    };
  }
  const account = snapshot.accounts.find(({ id }) => id === actor.id) as Account;
  // PA-1, CX-2: a primary account reaches its agreement's portfolio; another, its list.
  const properties = snapshot.properties.filter((property) =>
    account.kind === 'primary' ? portfolioOf(property) === account.agreement : account.properties.includes(property.id),
  );
  const seen = new Set(properties.map(({ id }) => id));
  const leids = new Set(properties.map(portfolioOf));
  if (account.kind === 'primary') leids.add(account.agreement);
  // The accounts there: the primary accounts of those properties' agreements, and every account
  // reaching one of them, showing only the properties the actor sees.
  const accounts = snapshot.accounts
    .filter(
      (other) =>
        other.id === account.id ||
        (other.kind === 'primary'
          ? properties.some((property) => portfolioOf(property) === other.agreement)
          : other.properties.some((id) => seen.has(id))),
    )
    .map((other) =>
      other.kind === 'primary' ? other : { ...other, properties: other.properties.filter((id) => seen.has(id)) },
    );
  return {
    agreements: snapshot.agreements.filter(({ leid }) => leids.has(leid)).sort((a, b) => a.leid - b.leid),
    properties: byId(properties),
    accounts: byId(accounts),
    invitations: byId(snapshot.invitations.filter(({ property }) => seen.has(property))),
  };
};

// A world with what generated ones seldom hold: a property attached to a primary account, an
// account reaching properties of three agreements (listed out of order, with invitations whose IDs
// run the other way), invitations at properties an account does not reach, and a primary
// account whose agreement has no property yet.
const MIXED = {
  agreements: [
    { leid: 3, status: 'active' },
    { leid: 1, status: 'active' },
    { leid: 2, status: 'active' },
    { leid: 4, status: 'active' },
  ],
  properties: [
    { id: 'h3', link: { kind: 'agreement', leid: 2 } },
    { id: 'h1', link: { kind: 'agreement', leid: 1 } },
    { id: 'h2', link: { kind: 'attached', primaryOf: 1 } },
    { id: 'h4', link: { kind: 'agreement', leid: 3 } },
    { id: 'h9', link: { kind: 'none' } },
  ],
  accounts: [
    { kind: 'primary', id: 'bo', login: 'bo', email: 'bo@example.com', name: 'Bo', agreement: 2 },
    { kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 },
    { kind: 'primary', id: 'eve', login: 'eve', email: 'eve@example.com', name: 'Eve', agreement: 4 },
    {
      kind: 'non_primary',
      id: 'dora',
      login: 'dora',
      email: 'dora@example.com',
      name: 'Dora',
      rights: ['inbox'],
      properties: ['h3', 'h2'],
    },
    {
      kind: 'non_primary',
      id: 'carl',
      login: 'carl',
      email: 'carl@example.com',
      name: 'Carl',
      rights: ['admin'],
      properties: ['h3', 'h4', 'h1'],
    },
  ],
  invitations: ['h3', 'h1', 'h4'].map((property, index) => ({
    id: `i${String(3 - index)}`,
    property,
    invitedBy: property === 'h3' ? 'bo' : 'anna',
    name: 'G',
    email: `g${String(index)}@example.com`,
    rights: ['inbox'],
    sentAt: 1_000,
    status: { kind: 'pending' },
  })),
};

describe('viewOf', () => {
  it('shows each actor of a world with attached and shared properties what the definition names', () => {
    const world = worldFrom(parseSnapshot(MIXED)._unsafeUnwrap())._unsafeUnwrap();
    for (const actor of actorsOf(world)) {
      expect(viewOf(world, actor)._unsafeUnwrap(), JSON.stringify(actor)).toStrictEqual(expected(world, actor));
    }
    // Carl reaches three agreements' properties and sees Dora with only h3; Anna sees h2, attached
    // to her agreement, and Dora with it.
    const carl = viewOf(world, { kind: 'account', id: 'carl' } as CommandActor)._unsafeUnwrap();
    expect(carl.agreements.map(({ leid }) => leid)).toStrictEqual([1, 2, 3]);
    expect(carl.accounts.find(({ id }) => id === 'dora')).toMatchObject({ properties: ['h3'] });
    expect(carl.invitations.map(({ id }) => id)).toStrictEqual(['i1', 'i2', 'i3']);
    const anna = viewOf(world, { kind: 'account', id: 'anna' } as CommandActor)._unsafeUnwrap();
    expect(anna.properties.map(({ id }) => id)).toStrictEqual(['h1', 'h2']);
    expect(anna.accounts.map(({ id }) => id)).toStrictEqual(['anna', 'carl', 'dora']);
    // Eve's agreement has no property: she sees it, and herself.
    expect(viewOf(world, { kind: 'account', id: 'eve' } as CommandActor)._unsafeUnwrap()).toMatchObject({
      agreements: [{ leid: 4 }],
      properties: [],
      accounts: [{ id: 'eve' }],
    });
    // An actor that is not one is refused by its field, and nothing is shown.
    expect(viewOf(world, { kind: 'robot' } as never)._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['actor', 'kind'], problem: { code: 'unknown_variant' } }],
    });
  });

  it('shows each actor of a generated world what the definition names', () => {
    let seen = 0;
    fc.assert(
      fc.property(worlds, (world) => {
        for (const actor of actorsOf(world)) {
          const view = viewOf(world, actor)._unsafeUnwrap();
          expect(view, `${seed()} ${JSON.stringify(actor)}`).toStrictEqual(expected(world, actor));
          seen += view.invitations.length + view.accounts.length;
        }
      }),
    );
    expect(seen, seed()).toBeGreaterThan(0);
  });
});
