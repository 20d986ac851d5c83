import fc from 'fast-check';
import {
  ACTIONS,
  type CommandActor,
  execute,
  loginName,
  loginSkeleton,
  permittedActions,
  snapshotOf,
  viewOf,
  type World,
  worldFrom,
  type WorldSnapshot,
} from 'partner-account-rules';
import { toAccepted, toProblem } from 'partner-account-rules/http';
import { parseCommand } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { seed, worlds } from './sequences';

// Need to know, as noninterference: for generated worlds W and W' that differ only in records the
// acting account may not see, every command it issues, its permittedActions and its view of the
// world answer alike in the client audience (code, rules, facts, remedies, messages in English and
// Swedish; for an accepted command, what toAccepted tells). What an account may see is defined
// here on its own, as docs/rules.md says it: its own account, the properties it reaches, their
// agreements, and the accounts and invitations there (an invitee: its invitation and that
// invitation's property). Two things the rules disclose by name are declassified, and only they:
// whether a login, or one that looks like it, is taken (CX-4, CX-7), and the non-primary user an
// admin names by username and email (PA-14). A command whose answer depends on them is compared
// only where W and W' agree on what they disclose.

type Snapshot = WorldSnapshot;
type Link = Snapshot['properties'][number]['link'];
const leidOf = (link: Link): number | null =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;

interface Sight {
  readonly agreements: ReadonlySet<number>;
  readonly properties: ReadonlySet<string>;
  readonly accounts: ReadonlySet<string>;
  readonly invitations: ReadonlySet<string>;
}

/** What `actor` may see of `snapshot`, defined apart from the library's own viewOf. */
const sightOf = (snapshot: Snapshot, actor: CommandActor): Sight => {
  if (actor.kind === 'invitee') {
    const invitation = snapshot.invitations.find(({ id }) => id === actor.invitation);
    return {
      agreements: new Set(),
      properties: new Set(invitation === undefined ? [] : [invitation.property]),
      accounts: new Set(),
      invitations: new Set(invitation === undefined ? [] : [invitation.id]),
    };
  }
  const me = snapshot.accounts.find(({ id }) => actor.kind === 'account' && id === actor.id);
  if (me === undefined)
    return { agreements: new Set(), properties: new Set(), accounts: new Set(), invitations: new Set() };
  const reached = new Set(
    me.kind === 'primary'
      ? snapshot.properties.filter(({ link }) => leidOf(link) === me.agreement).map(({ id }) => id)
      : me.properties,
  );
  const leids = new Set(
    snapshot.properties.filter(({ id }) => reached.has(id)).flatMap(({ link }) => leidOf(link) ?? []),
  );
  if (me.kind === 'primary') leids.add(me.agreement);
  const there = snapshot.accounts.filter((account) =>
    account.kind === 'primary'
      ? snapshot.properties.some(({ id, link }) => reached.has(id) && leidOf(link) === account.agreement)
      : account.properties.some((id) => reached.has(id)),
  );
  return {
    agreements: leids,
    properties: reached,
    accounts: new Set([me.id, ...there.map(({ id }) => id)]),
    invitations: new Set(snapshot.invitations.filter(({ property }) => reached.has(property)).map(({ id }) => id)),
  };
};

/** The records of `snapshot` that `sight` covers, whole. */
const seen = (snapshot: Snapshot, sight: Sight) => ({
  agreements: snapshot.agreements.filter(({ leid }) => sight.agreements.has(leid)),
  properties: snapshot.properties.filter(({ id }) => sight.properties.has(id)),
  accounts: snapshot.accounts.filter(({ id }) => sight.accounts.has(id)),
  invitations: snapshot.invitations.filter(({ id }) => sight.invitations.has(id)),
});

type Plain = { -readonly [K in keyof Snapshot]: Snapshot[K] extends readonly (infer T)[] ? T[] : Snapshot[K] };
const copy = (snapshot: Snapshot): Plain => JSON.parse(JSON.stringify(snapshot)) as Plain;

/** How W' differs from W, in what the actor may not see. */
interface Change {
  readonly drop: readonly boolean[];
  readonly unlink: readonly boolean[];
  readonly tenant: boolean;
  readonly tenantLogin: string;
  readonly tenantRights: readonly string[];
}

const change: fc.Arbitrary<Change> = fc.record({
  drop: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  unlink: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  tenant: fc.boolean(),
  tenantLogin: fc.constantFrom('zed', 'eva', 'fred', 'gus'),
  tenantRights: fc.constantFrom(['admin'], ['inbox']),
});

// Another partner, all of it out of the actor's sight: an agreement with a primary account, a
// property linked to it and one linked to none, a user of its property, a pending invitation.
const addTenant = (snapshot: Plain, wanted: string, rights: readonly string[]): void => {
  const clock = snapshot.clock ?? 0;
  // A login the world already holds would make no world: then one no command uses.
  const login = snapshot.accounts.some((account) => account.login === wanted) ? 'zed' : wanted;
  snapshot.agreements.push({ leid: 90, status: 'active' } as never, { leid: 91, status: 'terminated' } as never);
  snapshot.properties.push(
    { id: 'z1', link: { kind: 'agreement', leid: 90 } } as never,
    { id: 'z2', link: { kind: 'none' } } as never,
  );
  snapshot.accounts.push(
    { kind: 'primary', id: 'zp', login: 'zoe', email: 'zoe@zeta.example', name: 'Zoe', agreement: 90 } as never,
    { kind: 'non_primary', id: 'zu', login, email: 'eva@example.com', name: 'Zu', rights, properties: ['z1'] } as never,
  );
  snapshot.invitations.push({
    id: 'zi',
    property: 'z1',
    invitedBy: 'zp',
    name: 'Guest',
    email: 'eva@example.com',
    rights: ['inbox'],
    sentAt: clock - 3_600_000,
    status: { kind: 'pending' },
  } as never);
};

/**
 * W' for W and an actor: records it may not see dropped or unlinked where nothing it sees names
 * them, and another partner added; or, where that breaks the world, W with the other partner alone.
 */
const otherWorld = (world: World, actor: CommandActor, how: Change): World => {
  const before = snapshotOf(world);
  const sight = sightOf(before, actor);
  const visible = seen(before, sight);
  // What the visible records name stays: an account's properties, an invitation's accounts.
  const named = new Set<string>([
    ...visible.accounts.flatMap((account) => (account.kind === 'non_primary' ? account.properties : [])),
    ...visible.invitations.flatMap(({ invitedBy, status }) => [
      invitedBy,
      ...(status.kind === 'accepted' ? [status.account] : []),
      ...(status.kind === 'revoked' && status.by.kind === 'account' ? [status.by.id] : []),
    ]),
  ]);
  const after = copy(before);
  const dropped = (index: number): boolean => how.drop[index % how.drop.length] === true;
  after.accounts = after.accounts.filter(({ id }, index) => sight.accounts.has(id) || named.has(id) || !dropped(index));
  after.properties = after.properties
    .filter(({ id }, index) => sight.properties.has(id) || named.has(id) || !dropped(index + 13))
    .map((property, index) =>
      sight.properties.has(property.id) || how.unlink[index % how.unlink.length] !== true
        ? property
        : { ...property, link: { kind: 'none' } },
    ) as never;
  // Agreements out of sight that no property is linked or attached to any more: dropped, or
  // their status turned, with their primary account when nothing visible names it.
  const linked = new Set(after.properties.flatMap(({ link }) => leidOf(link) ?? []));
  const free = (leid: number): boolean => !sight.agreements.has(leid) && !linked.has(leid);
  const gone = new Set(
    after.agreements.filter(({ leid }, index) => free(leid) && dropped(index + 7)).map(({ leid }) => leid),
  );
  after.agreements = after.agreements
    .filter(({ leid }) => !gone.has(leid))
    .map((agreement, index) =>
      free(agreement.leid) && how.unlink[(index + 3) % how.unlink.length] === true
        ? { ...agreement, status: agreement.status === 'active' ? 'terminated' : 'active' }
        : agreement,
    ) as never;
  after.accounts = after.accounts.filter(
    (account) => account.kind !== 'primary' || !gone.has(account.agreement) || named.has(account.id),
  );
  const properties = new Set(after.properties.map(({ id }) => id));
  const accounts = new Set(after.accounts.map(({ id }) => id));
  // What the invisible records named and is gone, they name no more.
  after.accounts = after.accounts.map((account) =>
    account.kind === 'non_primary' && !sight.accounts.has(account.id)
      ? { ...account, properties: account.properties.filter((id) => properties.has(id)) }
      : account,
  );
  after.invitations = after.invitations.filter(
    (invitation, index) =>
      sight.invitations.has(invitation.id) ||
      (properties.has(invitation.property) &&
        accounts.has(invitation.invitedBy) &&
        (invitation.status.kind !== 'accepted' || accounts.has(invitation.status.account)) &&
        (invitation.status.kind !== 'revoked' ||
          invitation.status.by.kind !== 'account' ||
          accounts.has(invitation.status.by.id)) &&
        !dropped(index + 29)),
  );
  // Another partner added, or, when nothing else changed, added anyway: W' always differs from W.
  if (how.tenant || JSON.stringify(after) === JSON.stringify(before))
    addTenant(after, how.tenantLogin, how.tenantRights);
  const changed = worldFrom(after);
  if (changed.isOk() && JSON.stringify(seen(snapshotOf(changed.value), sight)) === JSON.stringify(visible))
    return changed.value;
  const plain = copy(before);
  addTenant(plain, how.tenantLogin, how.tenantRights);
  return worldFrom(plain)._unsafeUnwrap();
};

// What the rules disclose by name about a command, in a world: whether its login (or a look-alike)
// is taken (CX-4, CX-7), the primary logins of the invitee's email (PA-16), and the account an
// admin names by username and email (PA-14).
const disclosed = (world: World, actor: CommandActor, raw: Record<string, unknown>): string => {
  const snapshot = snapshotOf(world);
  const skeleton = (text: unknown) => loginSkeleton(text).unwrapOr(null);
  const taken = (login: unknown) =>
    snapshot.accounts.filter((account) => skeleton(account.login) === skeleton(login)).map(({ id }) => id);
  const user = raw['user'] as { login?: unknown } | undefined;
  const account = raw['account'] as { login?: unknown } | undefined;
  const invitation = snapshot.invitations.find(({ id }) => actor.kind === 'invitee' && id === actor.invitation);
  const username = loginName(raw['username']).unwrapOr(null);
  const named = snapshot.accounts.find(({ login }) => login === username);
  return JSON.stringify([
    taken(user?.login ?? account?.login ?? raw['login']).length > 0,
    snapshot.accounts
      .filter((holder) => holder.kind === 'primary' && holder.email === invitation?.email)
      .map(({ login }) => skeleton(login)),
    named === undefined
      ? null
      : [
          named.id,
          named.kind,
          named.email,
          named.kind === 'non_primary' ? [named.rights, named.properties.includes(raw['property'] as never)] : null,
        ],
  ]);
};

const clientAnswer = (world: World, command: ReturnType<typeof parseCommand>): unknown =>
  command
    .andThen((valid) => execute(world, valid))
    .match(
      (executed) => toAccepted(executed),
      (rejection) => [toProblem(rejection, { locale: 'en' }), toProblem(rejection, { locale: 'sv' })],
    );

const permitted = (world: World, actor: CommandActor, now: number, property: string | undefined) =>
  permittedActions(world, actor, now as never, property as never).map((permissions) =>
    permissions.map((permission) =>
      permission.status === 'refused'
        ? [
            permission.action,
            'refused',
            toProblem(permission.rejection, { locale: 'en' }),
            toProblem(permission.rejection, { locale: 'sv' }),
          ]
        : [permission.action, permission.status],
    ),
  );

// PA-14 discloses to an admin whether some account could be added: a non-primary one that does not
// reach the property yet.
const addable = (world: World, property: string | undefined): boolean =>
  snapshotOf(world).accounts.some(
    (account) => account.kind === 'non_primary' && !account.properties.includes(property as never),
  );

/** Raw commands by `actor`, naming records of both worlds, the actor's own, and new ones. */
const commandsBy = (w: World, v: World, actor: CommandActor): fc.Arbitrary<Record<string, unknown>[]> => {
  const [a, b] = [snapshotOf(w), snapshotOf(v)];
  const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
  const property = pick([...new Set([...a.properties, ...b.properties].map(({ id }) => id)), 'fresh-p']);
  const account = pick([...new Set([...a.accounts, ...b.accounts].map(({ id }) => id)), 'fresh-a']);
  const leid = pick([...new Set([...a.agreements, ...b.agreements].map(({ leid: id }) => id)), 99]);
  const invitation = pick([...new Set([...a.invitations, ...b.invitations].map(({ id }) => id)), 'fresh-i']);
  const login = pick(['zoe', 'zed', 'eva', 'fred', 'gus', 'anna', 'carl', 'fresh.login', 'f\u0433esh']);
  const email = pick(['eva@example.com', 'zoe@zeta.example', 'anna@example.com', 'fresh@example.com']);
  const rights = pick([[], ['inbox'], ['admin'], ['reservations']]);
  const origin = fc.oneof(
    fc.constant({ kind: 'new_registration' }),
    fc.constant({ kind: 'existing_listing' }),
    fc.record({ kind: fc.constant('assigned_leid'), leid, partnerExisted: fc.boolean() }),
  );
  const args = fc.oneof(
    // A new property's ID is the server's, new; an existing listing is named by the client.
    fc.record({ action: fc.constant('add_property'), agreement: leid, origin }).chain((made) =>
      (made.origin.kind === 'existing_listing' ? property : fc.constant('new-id')).map((id) => ({
        ...made,
        property: id,
      })),
    ),
    fc.record({ action: fc.constant('request_primary_account'), agreement: leid }),
    fc.record({
      action: fc.constant('grant_primary_account'),
      agreement: leid,
      account: fc.record({ id: fc.constant('new-id'), login, email, name: fc.constant('N') }),
    }),
    fc.record({
      action: fc.constant('create_user'),
      property,
      user: fc.record({ id: fc.constant('new-id'), login, email, name: fc.constant('N'), rights }),
    }),
    fc.record({ action: fc.constant('add_user'), property, username: login, email }),
    fc.record({
      action: fc.constant('invite'),
      property,
      invitee: fc.record({ id: fc.constant('new-id'), name: fc.constant('N'), email, rights }),
    }),
    fc.record({ action: fc.constant('accept_invitation'), account: fc.constant('new-id'), login }),
    fc.record({ action: fc.constant('revoke_invitation'), property, invitation }),
    fc.record({ action: fc.constantFrom('remove_property', 'grant_admin', 'revoke_admin'), account, property }),
    fc.record({ action: fc.constant('set_access_rights'), account, property, rights }),
    fc.record({ action: fc.constantFrom('recontract_property', 'change_ownership'), property, to: leid }),
    fc.record({ action: fc.constant('terminate_agreement'), agreement: leid }),
  );
  return fc.array(
    fc.tuple(args, fc.integer({ min: 0, max: 240 })).map(([made, hours]) => ({
      ...made,
      actor,
      now: (a.clock ?? 0) + hours * 3_600_000,
    })),
    { minLength: 10, maxLength: 30 },
  );
};

const actorOf = (world: World): fc.Arbitrary<CommandActor> => {
  const { accounts, invitations } = snapshotOf(world);
  return fc.constantFrom<CommandActor>(
    ...accounts.map(({ id }): CommandActor => ({ kind: 'account', id })),
    ...invitations.map(({ id }): CommandActor => ({ kind: 'invitee', invitation: id })),
  );
};

const pairs = worlds.chain((w) =>
  actorOf(w).chain((actor) =>
    change.chain((how) => {
      const v = otherWorld(w, actor, how);
      return commandsBy(w, v, actor).map((raws) => ({ w, v, actor, raws }));
    }),
  ),
);

describe('noninterference: what a client is told depends on nothing it may not see', () => {
  it('commands, permitted actions and the view answer alike in worlds that differ out of its sight', () => {
    const tally = { compared: 0, declassified: 0, differentWorlds: 0, permissions: 0 };
    fc.assert(
      fc.property(pairs, ({ w, v, actor, raws }) => {
        const where = `${seed()} actor ${JSON.stringify(actor)}`;
        // The two worlds differ, but not in anything the actor sees.
        const [a, b] = [snapshotOf(w), snapshotOf(v)];
        expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
        tally.differentWorlds += 1;
        expect(seen(b, sightOf(b, actor)), where).toStrictEqual(seen(a, sightOf(a, actor)));
        expect(viewOf(v, actor), where).toStrictEqual(viewOf(w, actor));
        for (const raw of raws) {
          if (disclosed(w, actor, raw) !== disclosed(v, actor, raw)) {
            tally.declassified += 1;
            continue;
          }
          const command = parseCommand(raw);
          expect(clientAnswer(v, command), `${where}: ${JSON.stringify(raw)}`).toStrictEqual(clientAnswer(w, command));
          tally.compared += 1;
        }
        const now = (a.clock ?? 0) + 3_600_000;
        const properties = [...new Set([...a.properties, ...b.properties].map(({ id }) => id)), 'fresh-p', undefined];
        for (const property of properties) {
          const [x, y] = [permitted(w, actor, now, property), permitted(v, actor, now, property)];
          // PA-14: whether some user could be added is the rule's to tell an admin.
          const declassify = addable(w, property) !== addable(v, property);
          const without = (answer: typeof x) =>
            answer.map((list) => list.filter(([action]) => !declassify || action !== 'add_user'));
          expect(without(y), `${where} at ${String(property)}`).toStrictEqual(without(x));
          tally.permissions += 1;
        }
        expect(ACTIONS).toHaveLength(15);
      }),
      { numRuns: 60 },
    );
    // Mostly compared, not declassified away.
    expect(tally.compared, seed()).toBeGreaterThan(tally.declassified * 2);
    expect(tally.compared, seed()).toBeGreaterThan(600);
  });
});
