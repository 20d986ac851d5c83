import fc from 'fast-check';
import { err } from 'neverthrow';
import {
  type Command,
  execute,
  findAccount,
  findProperty,
  primaryPortfolio,
  replay,
  snapshotOf,
  whoReaches,
  worldFrom,
} from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { by, command, invitationJson, SNAPSHOT, world } from './world';

// Anna registers a new property, h3, under her agreement (PA-10).
const REGISTRATION = {
  action: 'add_property',
  actor: by('anna'),
  agreement: 1,
  property: 'h3',
  origin: { kind: 'new_registration' },
};

describe('execute', () => {
  it('PA-10, PA-6: a primary registers a property; the event carries it, linked, and the rules that allowed it', () => {
    const result = execute(world(), command(REGISTRATION))._unsafeUnwrap();
    expect(result.rules).toStrictEqual(['PA-10', 'PA-6']);
    expect(result.events).toStrictEqual([
      {
        kind: 'property_registered',
        at: Date.parse('2026-11-22T10:00:00Z'),
        property: { id: 'h3', link: { kind: 'agreement', leid: 1 } },
        primary: 'anna',
      },
    ]);
    expect(
      primaryPortfolio(result.world, 'anna' as never)
        .map((property) => property.id)
        .sort(),
    ).toStrictEqual(['h1', 'h3']);
  });

  it('CX-6: time only moves forward; a command dated before the world\u2019s clock is refused and changes nothing', () => {
    const later = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'Per', email: 'per@example.com', rights: ['inbox'] },
      }),
    );
    const next = later._unsafeUnwrap().world;
    expect(snapshotOf(next).clock).toBe(Date.parse('2026-11-22T10:00:00Z'));
    const earlier = execute(
      next,
      command({
        action: 'add_user',
        actor: by('bo'),
        property: 'h2',
        username: 'carl',
        email: 'carl@example.com',
        now: '2026-11-22T09:59:59Z',
      }),
    );
    expect(earlier).toStrictEqual(
      err({
        code: 'time_went_backwards',
        rules: [],
        facts: { now: Date.parse('2026-11-22T09:59:59Z'), clock: Date.parse('2026-11-22T10:00:00Z') },
        remedies: [],
      }),
    );
    expect(
      execute(
        next,
        command({ action: 'add_user', actor: by('bo'), property: 'h2', username: 'carl', email: 'carl@example.com' }),
      ).isOk(),
    ).toBe(true);
  });

  it('CX-5, CX-6: an invitation already expired at a change of ownership stays unacceptable: no earlier moment can be chosen after it', () => {
    const sent = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        now: '2026-11-01T10:00:00Z',
        invitee: { id: 'i1', name: 'Per', email: 'per@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const sold = execute(
      sent.world,
      command({
        action: 'change_ownership',
        actor: { kind: 'platform' },
        property: 'h1',
        to: 2,
        now: '2026-11-09T10:00:00Z',
      }),
    )._unsafeUnwrap();
    const accept = (now: string) =>
      execute(
        sold.world,
        command({
          action: 'accept_invitation',
          actor: { kind: 'invitee', invitation: 'i1' },
          account: 'per',
          login: 'per',
          now,
        }),
      );
    expect(accept('2026-11-02T10:00:00Z')._unsafeUnwrapErr().code).toBe('time_went_backwards');
    expect(accept('2026-11-10T10:00:00Z')._unsafeUnwrapErr()).toMatchObject({
      code: 'invitation_not_pending',
      facts: { state: 'expired' },
    });
    expect(whoReaches(sold.world, 'h1' as never).map((reach) => reach.account)).toStrictEqual(['bo']);
  });

  it('INV-8: leaves the world it was given as it was, and a refused command changes nothing', () => {
    const start = world();
    const before = JSON.stringify(snapshotOf(start));
    const accepted = execute(
      start,
      command({ action: 'add_user', actor: by('bo'), property: 'h2', username: 'carl', email: 'carl@example.com' }),
    );
    expect(accepted.isOk()).toBe(true);
    expect(JSON.stringify(snapshotOf(start))).toBe(before);
    expect(whoReaches(start, 'h2' as never).map((reach) => reach.account)).toStrictEqual(['bo']);
    const refused = execute(
      start,
      command({ action: 'remove_property', actor: by('anna'), account: 'anna', property: 'h1' }),
    );
    expect(refused.isErr() && refused.error.code).toBe('primary_account_keeps_properties');
  });

  it('to an admin, an account that is not there does not reach the property: the one answer for both', () => {
    expect(
      execute(world(), command({ action: 'grant_admin', actor: by('anna'), account: 'nobody', property: 'h1' })),
    ).toStrictEqual(
      err({
        code: 'property_not_reached',
        rules: ['CX-1'],
        facts: { account: 'nobody', property: 'h1' },
        remedies: [],
      }),
    );
  });

  it('CX-1: a property that is not there is, like one the actor does not administer, refused as not administered', () => {
    const invite = (property: string): Command =>
      command({
        action: 'invite',
        actor: by('anna'),
        property,
        invitee: { id: 'i1', name: 'X', email: 'x@example.com', rights: ['inbox'] },
      });
    for (const property of ['h7', 'h2'])
      expect(execute(world(), invite(property))).toStrictEqual(
        err({
          code: 'actor_not_admin',
          rules: ['CX-1'],
          facts: { actor: { kind: 'primary', id: 'anna' }, property },
          remedies: [{ kind: 'ask_property_admin', rule: 'CX-1', property }],
        }),
      );
  });

  it('names a record the world does not hold to the platform, which sees every record', () => {
    expect(
      execute(world(), command({ action: 'change_ownership', actor: { kind: 'platform' }, property: 'h7', to: 1 })),
    ).toStrictEqual(
      err({ code: 'record_not_found', rules: [], facts: { record: 'property', id: 'h7' }, remedies: [] }),
    );
  });

  it('refuses an ID already taken, for a new account, property or invitation', () => {
    const taken = command({
      action: 'create_user',
      actor: by('anna'),
      property: 'h1',
      user: { id: 'carl', login: 'new.login', email: 'n@example.com', name: 'N', rights: ['inbox'] },
    });
    expect(execute(world(), taken)._unsafeUnwrapErr()).toStrictEqual({
      code: 'record_id_taken',
      rules: [],
      facts: { record: 'account', id: 'carl' },
      remedies: [],
    });
    const registered = command({
      action: 'add_property',
      actor: by('anna'),
      agreement: 1,
      property: 'h2',
      origin: { kind: 'new_registration' },
    });
    expect(execute(world(), registered)._unsafeUnwrapErr().code).toBe('record_id_taken');
  });

  it('refuses an actor that cannot issue the action: an invitee managing users, an account accepting an invitation', () => {
    expect(
      execute(
        world(),
        command({
          action: 'grant_admin',
          actor: { kind: 'invitee', invitation: 'i1' },
          account: 'carl',
          property: 'h1',
        }),
      )._unsafeUnwrapErr(),
    ).toStrictEqual({
      code: 'actor_cannot_issue',
      rules: [],
      facts: { actor: 'invitee', action: 'grant_admin' },
      remedies: [],
    });
    expect(
      execute(
        world(),
        command({ action: 'accept_invitation', actor: by('anna'), account: 'x', login: 'x' }),
      )._unsafeUnwrapErr().code,
    ).toBe('actor_cannot_issue');
  });

  it('PA-16: the invitee primary whose login is chosen is the one compared, when one email holds several primaries', () => {
    const sent = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'Bo', email: 'bo@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const accept = command({
      action: 'accept_invitation',
      actor: { kind: 'invitee', invitation: 'i1' },
      account: 'bo2',
      login: 'BO',
    });
    expect(execute(sent.world, accept)._unsafeUnwrapErr().code).toBe('login_same_as_primary');
  });

  it('CX-5: a change of ownership removes the previous access and revokes the pending invitations', () => {
    const sent = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'Eva', email: 'eva@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const moved = execute(
      sent.world,
      command({ action: 'change_ownership', actor: { kind: 'platform' }, property: 'h1', to: 2 }),
    )._unsafeUnwrap();
    const [event] = moved.events;
    expect(
      event?.kind === 'ownership_changed' && [
        event.accessRemoved.map((a) => a.id),
        event.invitationsRevoked.map((i) => i.id),
      ],
    ).toStrictEqual([['carl'], ['i1']]);
    expect(whoReaches(moved.world, 'h1' as never)).toStrictEqual([
      { account: 'bo', kind: 'primary', rights: ['admin'] },
    ]);
    expect(findProperty(moved.world, 'h1' as never)?.link).toStrictEqual({ kind: 'agreement', leid: 2 });
  });

  it('PA-18: terminating an agreement unlinks its whole portfolio', () => {
    const ended = execute(
      world(),
      command({ action: 'terminate_agreement', actor: { kind: 'platform' }, agreement: 1 }),
    )._unsafeUnwrap();
    expect(primaryPortfolio(ended.world, 'anna' as never)).toStrictEqual([]);
    expect(findAccount(ended.world, 'anna' as never)?.kind).toBe('primary');
  });

  it('replay applies the events of executed commands to rebuild the same world, and refuses a malformed event with its path', () => {
    const start = world();
    const first = execute(
      start,
      command({ action: 'add_user', actor: by('bo'), property: 'h2', username: 'carl', email: 'carl@example.com' }),
    )._unsafeUnwrap();
    // CX-2: Carl still reaches Anna's h1, so Bo may not make him an admin until Anna removes it.
    const early = execute(
      first.world,
      command({ action: 'grant_admin', actor: by('bo'), account: 'carl', property: 'h2' }),
    );
    expect(early.isErr() && early.error.code).toBe('rights_reach_other_properties');
    const second = execute(
      first.world,
      command({ action: 'remove_property', actor: by('anna'), account: 'carl', property: 'h1' }),
    )._unsafeUnwrap();
    const third = execute(
      second.world,
      command({ action: 'grant_admin', actor: by('bo'), account: 'carl', property: 'h2' }),
    )._unsafeUnwrap();
    const events = [...first.events, ...second.events, ...third.events];
    expect(events.map((event) => event.kind)).toStrictEqual(['access_granted', 'access_removed', 'admin_granted']);
    expect(snapshotOf(replay(start, events)._unsafeUnwrap())).toStrictEqual(snapshotOf(third.world));
    expect(replay(start, [{ kind: 'admin_granted', at: 1 }] as never)._unsafeUnwrapErr().issues[0].path).toStrictEqual([
      0,
      'account',
    ]);
    expect(replay({} as never, [])._unsafeUnwrapErr().issues).toStrictEqual([
      { path: ['world'], problem: { code: 'not_a_world' } },
    ]);
  });

  it('INV-9: never throws, on a real world, for any command at all', () => {
    const start = world();
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (input) => {
        const result = execute(start, input as Command); // deliberately untyped
        expect(result.isErr() && result.error.code).toBe('invalid_input');
      }),
    );
    expect(
      execute(
        { kind: 'world', tables: {} } as never,
        command({ action: 'terminate_agreement', actor: { kind: 'platform' }, agreement: 1 }),
      )._unsafeUnwrapErr(),
    ).toStrictEqual({
      code: 'invalid_input',
      issues: [{ path: ['world'], problem: { code: 'not_a_world' } }],
    });
  });
});

// What each handler hands on, read exactly: the record a refusal names, the event an acceptance
// carries, the handler a command reaches. Mutation testing found each of these unread.
describe('execute, handler by handler', () => {
  const NOW = Date.parse('2026-11-22T10:00:00Z');
  const worldOf = (changes: Record<string, unknown>) =>
    worldFrom(parseSnapshot({ ...SNAPSHOT, ...changes })._unsafeUnwrap())._unsafeUnwrap();
  const refusal = (world: ReturnType<typeof worldOf>, json: Record<string, unknown>) => {
    const { code, facts } = execute(world, command(json))._unsafeUnwrapErr() as { code: string; facts: unknown };
    return { code, facts };
  };

  it('an invitation under an ID the world holds is refused, naming the invitation', () => {
    const held = worldOf({ invitations: [invitationJson({ sentAt: NOW - 1_000 })] });
    const invitee = { id: 'i1', name: 'Per', email: 'per@example.com', rights: ['inbox'] };
    expect(refusal(held, { action: 'invite', actor: by('anna'), property: 'h1', invitee })).toStrictEqual({
      code: 'record_id_taken',
      facts: { record: 'invitation', id: 'i1' },
    });
  });

  it('a primary account under an ID the world holds is refused, naming the account', () => {
    const account = { id: 'carl', login: 'cecilia', email: 'cecilia@example.com', name: 'Cecilia' };
    const json = { action: 'grant_primary_account', actor: { kind: 'platform' }, agreement: 3, account };
    const lacking = worldOf({ agreements: [...SNAPSHOT.agreements, { leid: 3, status: 'active' }] });
    expect(refusal(lacking, json)).toStrictEqual({ code: 'record_id_taken', facts: { record: 'account', id: 'carl' } });
  });

  it('PA-9: an agreement the account does not see is one the world does not hold, to it', () => {
    expect(refusal(world(), { action: 'request_primary_account', actor: by('carl'), agreement: 2 })).toStrictEqual({
      code: 'record_not_found',
      facts: { record: 'agreement', id: 2 },
    });
  });

  it('PA-9: a request for a primary account is carried by its event, and changes no record', () => {
    const lacking = worldOf({
      agreements: [...SNAPSHOT.agreements, { leid: 3, status: 'active' }],
      properties: [...SNAPSHOT.properties, { id: 'h3', link: { kind: 'agreement', leid: 3 } }],
      accounts: [
        ...SNAPSHOT.accounts,
        {
          kind: 'non_primary',
          id: 'dora',
          login: 'dora',
          email: 'd@example.com',
          name: 'D',
          rights: ['inbox'],
          properties: ['h3'],
        },
      ],
    });
    const done = execute(lacking, command({ action: 'request_primary_account', actor: by('dora'), agreement: 3 }));
    const { events, world: after } = done._unsafeUnwrap();
    expect(events).toStrictEqual([{ kind: 'primary_account_requested', at: NOW, requester: 'dora', agreement: 3 }]);
    expect({ ...snapshotOf(after), clock: null }).toStrictEqual({ ...snapshotOf(lacking), clock: null });
  });

  it('PA-7, CX-2: new access rights are carried by their event, with the rights before', () => {
    const done = execute(
      world(),
      command({ action: 'set_access_rights', actor: by('anna'), property: 'h1', account: 'carl', rights: ['finance'] }),
    )._unsafeUnwrap();
    expect(done.events).toHaveLength(1);
    expect(done.events[0]).toMatchObject({ kind: 'access_rights_set', at: NOW, previous: ['inbox'] });
    expect(findAccount(done.world, 'carl' as never)).toMatchObject({ rights: ['finance'] });
  });

  it('PA-18: re-contracting a property keeps who reaches it, where a change of ownership removes them', () => {
    const move = { actor: { kind: 'platform' }, property: 'h1', to: 2 };
    const recontracted = execute(world(), command({ action: 'recontract_property', ...move }))._unsafeUnwrap();
    expect(recontracted.events.map(({ kind }) => kind)).toStrictEqual(['property_recontracted']);
    const sold = execute(world(), command({ action: 'change_ownership', ...move }))._unsafeUnwrap();
    expect(sold.events.map(({ kind }) => kind)).toStrictEqual(['ownership_changed']);
    const reachers = (moved: typeof sold) => whoReaches(moved.world, 'h1' as never).map((reach) => reach.account);
    expect(reachers(recontracted)).toStrictEqual(['bo', 'carl']);
    expect(reachers(sold)).toStrictEqual(['bo']);
  });

  it('CX-6: a world with no clock yet takes a command dated before 1970', () => {
    expect(snapshotOf(world()).clock).toBeNull();
    const done = execute(world(), command({ ...REGISTRATION, now: -1_000 }));
    expect(snapshotOf(done._unsafeUnwrap().world).clock).toBe(-1_000);
  });
});
