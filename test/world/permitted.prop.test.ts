import fc from 'fast-check';
import {
  type Action,
  ACTIONS,
  type CommandActor,
  execute,
  permittedActions,
  snapshotOf,
  type World,
  worldFrom,
} from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { actorsOf, seed, worlds } from './sequences';
import { invitationJson, SNAPSHOT } from './world';

// permittedActions is exact. For generated worlds, every actor (each account, each invitee, the
// platform) and every property (each of the world's, one it does not hold, none): an action is
// `allowed` exactly when some command of it would be accepted now, with arguments the world holds
// or new IDs and logins where the action makes a record; `refused` with a rejection exactly when
// execute answers every such command with that very rejection.

const HOUR = 3_600_000;
const FRESH = { id: 'fresh-id', login: 'fresh.login', email: 'fresh@example.com', leid: 99 };
const RIGHTS = [[], ['inbox'], ['admin'], ['reservations', 'finance']];

/** Every argument list of `action` to try in `world`, about property `property`. */
const argumentsOf = (
  world: World,
  action: Action,
  property: string | null,
  actor: CommandActor,
): readonly Readonly<Record<string, unknown>>[] => {
  const { agreements, properties, accounts, invitations } = snapshotOf(world);
  const leids = [...agreements.map(({ leid }) => leid), FRESH.leid];
  const logins = [...accounts.map(({ login }) => login), FRESH.login];
  const own = actor.kind === 'account' ? accounts.find(({ id }) => id === actor.id) : undefined;
  const emails = [...accounts.map(({ email }) => email), ...invitations.map(({ email }) => email), FRESH.email];
  const targets = [...accounts.map(({ id }) => id), FRESH.id];
  const p = property ?? 'h1';
  switch (action) {
    case 'add_property':
      return leids.flatMap((agreement) => [
        { agreement, property: FRESH.id, origin: { kind: 'new_registration' } },
        ...[true, false].flatMap((partnerExisted) =>
          [agreement, FRESH.leid].map((leid) => ({
            agreement,
            property: FRESH.id,
            origin: { kind: 'assigned_leid', leid, partnerExisted },
          })),
        ),
        ...[...properties.map(({ id }) => id), FRESH.id].map((id) => ({
          agreement,
          property: id,
          origin: { kind: 'existing_listing' },
        })),
      ]);
    case 'request_primary_account':
    case 'terminate_agreement':
      return leids.map((agreement) => ({ agreement }));
    case 'grant_primary_account':
      return leids.flatMap((agreement) =>
        logins.map((login) => ({ agreement, account: { id: FRESH.id, login, email: FRESH.email, name: 'F' } })),
      );
    case 'create_user':
      return [...logins, ...(own === undefined ? [] : [own.login])].flatMap((login) =>
        RIGHTS.slice(0, 2).map((rights) => ({
          property: p,
          user: { id: FRESH.id, login, email: FRESH.email, name: 'F', rights },
        })),
      );
    case 'add_user':
      return [
        ...accounts.flatMap(({ login, email }) => [
          { username: login, email },
          { username: login, email: FRESH.email },
        ]),
        { username: FRESH.login, email: FRESH.email },
      ].map((lookup) => ({ property: p, ...lookup }));
    case 'invite':
      return emails.flatMap((email) =>
        RIGHTS.slice(0, 2).map((rights) => ({
          property: p,
          invitee: { id: FRESH.id, name: 'F', email, rights },
        })),
      );
    case 'accept_invitation':
      return logins.map((login) => ({ account: FRESH.id, login }));
    case 'revoke_invitation':
      return [...invitations.map(({ id }) => id), FRESH.id].map((invitation) => ({ property: p, invitation }));
    case 'remove_property':
    case 'grant_admin':
    case 'revoke_admin':
      return targets.map((account) => ({ property: p, account }));
    case 'set_access_rights':
      return targets.flatMap((account) => {
        const target = accounts.find(({ id }) => id === account);
        const current = target?.kind === 'non_primary' ? [[...target.rights]] : [];
        return [...RIGHTS, ...current].map((rights) => ({ property: p, account, rights }));
      });
    case 'recontract_property':
    case 'change_ownership':
      return leids.map((to) => ({ property: p, to }));
  }
};

const ABOUT_A_PROPERTY = new Set<Action>([
  'create_user',
  'add_user',
  'invite',
  'revoke_invitation',
  'remove_property',
  'set_access_rights',
  'grant_admin',
  'revoke_admin',
  'recontract_property',
  'change_ownership',
]);

// Holds every permission `actor` may ask about in `world` at `now` to what execute answers the
// commands tried (see the top of this file), counting what it saw in `seen`.
const holdExact = (
  world: World,
  now: number,
  seen: Record<'allowed' | 'refused' | 'unavailable' | 'commands', number>,
) => {
  const properties = [...snapshotOf(world).properties.map(({ id }) => id), 'nowhere', null];
  for (const actor of actorsOf(world)) {
    for (const property of properties) {
      const answer = permittedActions(world, actor, now as never, (property ?? undefined) as never);
      const permissions = answer._unsafeUnwrap();
      expect(permissions.map(({ action }) => action)).toStrictEqual(ACTIONS);
      for (const permission of permissions) {
        const where = `${seed()} ${JSON.stringify(actor)} at ${String(property)}: ${permission.action}`;
        // An action about one property, asked without one: it needs one named, unless the
        // actor may never take it at all, whatever the property (the platform managing users).
        const scoped = ABOUT_A_PROPERTY.has(permission.action) && property === null;
        if (scoped) expect(['needs_property', 'refused'], where).toContain(permission.status);
        else expect(permission.status, where).not.toBe('needs_property');
        if (permission.status === 'needs_property') continue;
        const wheres = scoped ? properties.filter((id) => id !== null) : [property];
        const tried = wheres.flatMap((at) => argumentsOf(world, permission.action, at, actor));
        const answers = tried.map((args) => {
          seen.commands += 1;
          return execute(world, parseCommand({ action: permission.action, actor, now, ...args })._unsafeUnwrap());
        });
        const accepted = answers.some((result) => result.isOk());
        seen[permission.status] += 1;
        expect(permission.status === 'allowed', `${where}: accepted ${String(accepted)}`).toBe(accepted);
        if (permission.status === 'refused') {
          const { rejection } = permission;
          for (const result of answers) expect(result.isErr() && result.error, where).toStrictEqual(rejection);
        }
      }
    }
  }
};

const DAY = 24 * HOUR;
const SENT = Date.UTC(2026, 10, 22, 10);
const sent = (id: string, property: string, sentAt: number, status: Record<string, unknown>) =>
  invitationJson({ id, property, email: `${id}@example.com`, sentAt, status });

// A world that generated ones seldom reach: an invitation in each state (one sent at the
// world's clock, one open but run out, one accepted, one revoked), every agreement in force
// with its primary account and only one in force, so no property has anywhere to move.
const SETTLED = {
  clock: SENT,
  agreements: [
    { leid: 1, status: 'active' },
    { leid: 2, status: 'terminated' },
  ],
  properties: [
    { id: 'h1', link: { kind: 'agreement', leid: 1 } },
    { id: 'h2', link: { kind: 'agreement', leid: 1 } },
    { id: 'h9', link: { kind: 'none' } },
  ],
  // Anna, primary account of agreement 1, and Carl, reaching h1.
  accounts: SNAPSHOT.accounts.filter(({ id }) => id !== 'bo'),
  invitations: [
    sent('i1', 'h1', SENT, { kind: 'pending' }),
    sent('i2', 'h2', SENT - 8 * DAY, { kind: 'pending' }),
    sent('i3', 'h1', SENT - 2 * DAY, { kind: 'accepted', at: SENT - DAY, account: 'carl' }),
    sent('i4', 'h1', SENT - 2 * DAY, { kind: 'revoked', at: SENT - DAY, by: { kind: 'account', id: 'anna' } }),
  ],
};

describe('permittedActions', () => {
  it('is exact: allowed when some command would be accepted, refused with the rejection execute gives every one', () => {
    const seen = { allowed: 0, refused: 0, unavailable: 0, commands: 0 };
    fc.assert(
      fc.property(worlds, fc.integer({ min: 1, max: 200 }), (world, hours) => {
        holdExact(world, (snapshotOf(world).clock ?? 0) + hours * HOUR, seen);
      }),
      { numRuns: 25 },
    );
    // Every status was met, over many commands: the property is not vacuous.
    expect(seen.allowed, seed()).toBeGreaterThan(100);
    expect(seen.refused, seed()).toBeGreaterThan(100);
    expect(seen.unavailable, seed()).toBeGreaterThan(10);
  });

  it('is exact in a world generated ones seldom reach: invitations in every state, nowhere to move to', () => {
    const world = worldFrom(parseSnapshot(SETTLED)._unsafeUnwrap())._unsafeUnwrap();
    const seen = { allowed: 0, refused: 0, unavailable: 0, commands: 0 };
    // At the clock, the moment i1 was sent; then a week on, when i1 has run out too.
    for (const now of [SENT, SENT + 7 * DAY]) holdExact(world, now, seen);
    const status = (actor: CommandActor, action: Action, now: number, property?: string) =>
      permittedActions(world, actor, now as never, property as never)
        ._unsafeUnwrap()
        .find((permission) => permission.action === action)?.status;
    const invitee = (invitation: string): CommandActor => ({ kind: 'invitee', invitation }) as CommandActor;
    // CX-6: an invitation may be accepted from the moment it is sent, while it is pending only.
    expect(status(invitee('i1'), 'accept_invitation', SENT)).toBe('allowed');
    expect(['i2', 'i3', 'i4'].map((id) => status(invitee(id), 'accept_invitation', SENT))).toStrictEqual([
      'refused',
      'refused',
      'refused',
    ]);
    // An open invitation that has run out is not one to revoke.
    const anna: CommandActor = { kind: 'account', id: 'anna' } as CommandActor;
    expect(status(anna, 'revoke_invitation', SENT, 'h1')).toBe('allowed');
    expect(status(anna, 'revoke_invitation', SENT, 'h2')).toBe('unavailable');
    // PA-9: a primary account has no standing to ask for one; PA-18, PA-19: no agreement to move to.
    expect(status(anna, 'request_primary_account', SENT)).toBe('refused');
    expect(status({ kind: 'platform' }, 'recontract_property', SENT, 'h1')).toBe('unavailable');
    expect(status({ kind: 'platform' }, 'grant_primary_account', SENT)).toBe('unavailable');
    expect(seen.allowed).toBeGreaterThan(0);
    // PA-4: with no listing free to attach, the platform has nothing to add, though an agreement
    // in force has its primary account to take one.
    const attached = { ...SETTLED, properties: SETTLED.properties.filter(({ id }) => id !== 'h9') };
    const full = worldFrom(parseSnapshot(attached)._unsafeUnwrap())._unsafeUnwrap();
    holdExact(full, SENT, seen);
    expect(
      permittedActions(full, { kind: 'platform' }, SENT as never)
        ._unsafeUnwrap()
        .find(({ action }) => action === 'add_property')?.status,
    ).toBe('unavailable');
  });
});
