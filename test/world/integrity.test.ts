import {
  execute,
  findAccountByLogin,
  type InputIssue,
  replay,
  snapshotOf,
  type WorldEvent,
  worldFrom,
} from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { by, command, invitationJson, SNAPSHOT, world } from './world';

// worldFrom and replay hold records to one account of consistency (src/world/integrity.ts):
// what one refuses, the other cannot build.

const issuesOf = (issues: readonly InputIssue[]): string[] =>
  issues.map(
    ({ path, problem }) =>
      `${path.join('.')}:${problem.code}${'reason' in problem ? `/${problem.reason}` : ''}${'record' in problem ? `/${problem.record}` : ''}`,
  );

const invitation = invitationJson();
const refused = (change: Record<string, unknown>): string[] =>
  issuesOf(worldFrom(parseSnapshot({ ...SNAPSHOT, ...change })._unsafeUnwrap())._unsafeUnwrapErr().issues);

describe('worldFrom refuses a world no commands could leave', () => {
  it('an accepted invitation naming a missing account, or revoked by one', () => {
    expect(
      refused({ invitations: [{ ...invitation, status: { kind: 'accepted', at: 2_000, account: 'ghost' } }] }),
    ).toStrictEqual(['invitations.0.status.account:unknown_reference/account']);
    expect(
      refused({
        invitations: [{ ...invitation, status: { kind: 'revoked', at: 2_000, by: { kind: 'account', id: 'ghost' } } }],
      }),
    ).toStrictEqual(['invitations.0.status.by:unknown_reference/account']);
  });

  it('CX-6: an invitation accepted before it was sent', () => {
    expect(
      refused({ invitations: [{ ...invitation, status: { kind: 'accepted', at: 500, account: 'carl' } }] }),
    ).toStrictEqual(['invitations.0.status.at:conflict/before_sent']);
  });

  it('CX-6: an invitation accepted or revoked once its 7 days were over, the last moment of them allowed', () => {
    const expiry = 1_000 + 7 * 86_400_000;
    const accepted = (at: number) => ({ ...invitation, status: { kind: 'accepted', at, account: 'carl' } });
    const revoked = (at: number) => ({ ...invitation, status: { kind: 'revoked', at, by: { kind: 'platform' } } });
    for (const ended of [accepted, revoked]) {
      expect(refused({ invitations: [ended(expiry)] })).toStrictEqual([
        'invitations.0.status.at:conflict/after_expiry',
      ]);
      expect(refused({ invitations: [ended(expiry + 1)] })).toStrictEqual([
        'invitations.0.status.at:conflict/after_expiry',
      ]);
      expect(worldFrom(parseSnapshot({ ...SNAPSHOT, invitations: [ended(expiry - 1)] })._unsafeUnwrap()).isOk()).toBe(
        true,
      );
    }
  });

  it('PA-15: two pending invitations for one person and property, open at the same time', () => {
    expect(refused({ invitations: [invitation, { ...invitation, id: 'i2', sentAt: 2_000 }] })).toStrictEqual([
      'invitations.0.email:conflict/second_pending_invitation',
      'invitations.1.email:conflict/second_pending_invitation',
    ]);
    // Once the first has run out, a second is what invite allows.
    expect(
      worldFrom(
        parseSnapshot({
          ...SNAPSHOT,
          invitations: [invitation, { ...invitation, id: 'i2', sentAt: 1_000 + 7 * 86_400_000 }],
        })._unsafeUnwrap(),
      ).isOk(),
    ).toBe(true);
  });

  it('PA-18: a terminated agreement that still has linked or attached properties', () => {
    expect(
      refused({
        agreements: [
          { leid: 1, status: 'terminated' },
          { leid: 2, status: 'active' },
        ],
      }),
    ).toStrictEqual(['properties.0.link.leid:conflict/agreement_is_terminated']);
  });

  it('an account listed twice is one duplicate ID, of either kind', () => {
    const [anna, , carl] = SNAPSHOT.accounts;
    expect(refused({ accounts: [...SNAPSHOT.accounts, { ...carl, login: 'carl2' }] })).toStrictEqual([
      'accounts.3.id:duplicate',
    ]);
    expect(refused({ accounts: [...SNAPSHOT.accounts, { ...anna, login: 'anna2' }] })).toStrictEqual([
      'accounts.3.id:duplicate',
      'accounts.3.agreement:duplicate',
    ]);
  });

  it('a non-primary account reaching one property twice', () => {
    const accounts = [...SNAPSHOT.accounts.slice(0, 2), { ...SNAPSHOT.accounts[2], properties: ['h1', 'h1'] }];
    expect(refused({ accounts })).toStrictEqual(['accounts.2.properties.1:duplicate']);
  });
});

describe('replay checks events as worldFrom checks records', () => {
  const at = 1_000;
  const forged = (event: Record<string, unknown>): string[] =>
    issuesOf(replay(world(), [event as unknown as WorldEvent])._unsafeUnwrapErr().issues);

  it('INV-7, CX-4: a forged account with a login already held is refused, and so is a second primary', () => {
    const account = {
      kind: 'non_primary',
      id: 'x1',
      login: 'anna',
      email: 'x@example.com',
      name: 'X',
      rights: ['admin'],
      properties: ['h1'],
    };
    expect(forged({ kind: 'user_created', at, by: { kind: 'platform' }, account })).toStrictEqual([
      '0.account.login:duplicate',
    ]);
    expect(
      forged({ kind: 'user_created', at, by: { kind: 'platform' }, account: { ...account, id: 'carl', login: 'x1' } }),
    ).toStrictEqual(['0.account.id:duplicate']);
  });

  it('a change of access that renames the account, or changes its email or name, is refused', () => {
    const carl = SNAPSHOT.accounts[2];
    const granted = (account: Record<string, unknown>) =>
      forged({ kind: 'admin_granted', at, by: { kind: 'platform' }, account: { ...carl, ...account } });
    expect(granted({ login: 'carla' })).toStrictEqual(['0.account.login:conflict/not_kept']);
    expect(granted({ email: 'c@example.com', name: 'C' })).toStrictEqual([
      '0.account.email:conflict/not_kept',
      '0.account.name:conflict/not_kept',
    ]);
    // Kept as stored, the same change is one a command makes.
    const kept = replay(world(), [
      { kind: 'admin_granted', at, by: { kind: 'platform' }, account: { ...carl, rights: ['admin'] } } as never,
    ])._unsafeUnwrap();
    expect(findAccountByLogin(kept, 'carl' as never)).toMatchObject({ rights: ['admin'] });
    expect(findAccountByLogin(kept, 'carla' as never)).toBeUndefined();
  });

  it('dangling references: a property of a missing agreement, for a primary of none, an invitation of a missing property', () => {
    expect(
      forged({
        kind: 'property_registered',
        at,
        primary: 'nobody',
        property: { id: 'h7', link: { kind: 'agreement', leid: 777 } },
      }),
    ).toStrictEqual(['0.primary:conflict/not_primary_of_agreement']);
    expect(
      forged({
        kind: 'user_created',
        at,
        by: { kind: 'platform' },
        account: {
          kind: 'non_primary',
          id: 'x1',
          login: 'x1',
          email: 'x@example.com',
          name: 'X',
          rights: ['inbox'],
          properties: ['ghost'],
        },
      }),
    ).toStrictEqual(['0.account.properties.0:unknown_reference/property']);
    expect(
      forged({ kind: 'invitation_sent', at, invitation: { ...invitation, property: 'ghost', invitedBy: 'ghost' } }),
    ).toStrictEqual([
      '0.invitation.property:unknown_reference/property',
      '0.invitation.invitedBy:unknown_reference/account',
    ]);
  });

  it('an event dated before the world\u2019s clock, or before the event before it', () => {
    const later = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'G', email: 'g@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const early = { kind: 'primary_account_requested', at: 0, requester: 'carl', agreement: 2 };
    expect(issuesOf(replay(later.world, [early as unknown as WorldEvent])._unsafeUnwrapErr().issues)).toStrictEqual([
      '0.at:out_of_range',
    ]);
  });

  it('INV-2, PA-9: a granted primary account for an agreement that has one, or for a missing or terminated agreement', () => {
    const primary = { kind: 'primary', id: 'p9', login: 'p9', email: 'p9@example.com', name: 'P', agreement: 1 };
    expect(forged({ kind: 'primary_account_granted', at, account: primary })).toStrictEqual([
      '0.account.agreement:duplicate',
    ]);
    expect(
      forged({ kind: 'primary_account_granted', at, account: { ...primary, login: 'carl', agreement: 9 } }),
    ).toStrictEqual(['0.account.login:duplicate']);
    expect(forged({ kind: 'primary_account_granted', at, account: { ...primary, agreement: 9 } })).toStrictEqual([
      '0.account.agreement:unknown_reference/agreement',
    ]);
    const ended = execute(
      world(),
      command({ action: 'terminate_agreement', actor: { kind: 'platform' }, agreement: 1 }),
    )._unsafeUnwrap().world;
    const orphan = execute(
      ended,
      command({
        action: 'grant_primary_account',
        actor: { kind: 'platform' },
        agreement: 1,
        account: { id: 'p9', login: 'p9', email: 'p9@example.com', name: 'P' },
      }),
    );
    expect(orphan._unsafeUnwrapErr().code).toBe('agreement_is_terminated');
  });

  it('PA-18: a termination that leaves part of the portfolio linked', () => {
    expect(
      forged({ kind: 'agreement_terminated', at, agreement: { leid: 1, status: 'terminated' }, unlinked: [] }),
    ).toStrictEqual(['0.unlinked:conflict/agreement_is_terminated']);
  });

  it('the events of executed commands replay to the same world', () => {
    const first = execute(
      world(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'G', email: 'g@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const second = execute(
      first.world,
      command({
        action: 'accept_invitation',
        actor: { kind: 'invitee', invitation: 'i1' },
        account: 'g1',
        login: 'gee',
      }),
    )._unsafeUnwrap();
    const third = execute(
      second.world,
      command({ action: 'change_ownership', actor: { kind: 'platform' }, property: 'h1', to: 2 }),
    )._unsafeUnwrap();
    // PA-9: an agreement without a primary account gets one from the platform, and it adds a property.
    const fourth = execute(
      third.world,
      command({ action: 'terminate_agreement', actor: { kind: 'platform' }, agreement: 1 }),
    )._unsafeUnwrap();
    const opened = parseSnapshot({
      ...snapshotOf(fourth.world),
      agreements: [...snapshotOf(fourth.world).agreements, { leid: 3, status: 'active' }],
    })._unsafeUnwrap();
    const start = worldFrom(opened)._unsafeUnwrap();
    const granted = execute(
      start,
      command({
        action: 'grant_primary_account',
        actor: { kind: 'platform' },
        agreement: 3,
        account: { id: 'p3', login: 'Cleo', email: 'cleo@example.com', name: 'Cleo' },
      }),
    )._unsafeUnwrap();
    expect(granted.events).toStrictEqual([
      {
        kind: 'primary_account_granted',
        at: Date.parse('2026-11-22T10:00:00Z'),
        account: { kind: 'primary', id: 'p3', login: 'cleo', email: 'cleo@example.com', name: 'Cleo', agreement: 3 },
      },
    ]);
    const added = execute(
      granted.world,
      command({
        action: 'add_property',
        actor: by('p3'),
        agreement: 3,
        property: 'h3',
        origin: { kind: 'new_registration' },
      }),
    )._unsafeUnwrap();
    const events = [...first.events, ...second.events, ...third.events, ...fourth.events];
    expect(snapshotOf(replay(world(), events)._unsafeUnwrap())).toStrictEqual(snapshotOf(fourth.world));
    expect(snapshotOf(replay(start, [...granted.events, ...added.events])._unsafeUnwrap())).toStrictEqual(
      snapshotOf(added.world),
    );
  });
});

describe('CX-7: one login per skeleton', () => {
  const snapshot = {
    agreements: [{ leid: 1, status: 'active' }],
    properties: [{ id: 'h1', link: { kind: 'agreement', leid: 1 } }],
    accounts: [
      { kind: 'primary', id: 'p1', login: 'anna', email: 'a@example.com', name: 'A', agreement: 1 },
      {
        kind: 'non_primary',
        id: 'u1',
        login: '\u0430nna',
        email: 'b@example.com',
        name: 'B',
        rights: ['inbox'],
        properties: ['h1'],
      },
    ],
  };

  it('a snapshot with two logins that look alike is refused at the second', () => {
    expect(worldFrom(parseSnapshot(snapshot)._unsafeUnwrap())._unsafeUnwrapErr().issues).toStrictEqual([
      { path: ['accounts', 1, 'login'], problem: { code: 'duplicate', of: 'login' } },
    ]);
  });

  it('a command or an event that makes a look-alike login is refused', () => {
    const start = worldFrom(
      parseSnapshot({ ...snapshot, accounts: [snapshot.accounts[0]] })._unsafeUnwrap(),
    )._unsafeUnwrap();
    const made = execute(
      start,
      parseCommand({
        action: 'create_user',
        actor: { kind: 'account', id: 'p1' },
        now: 0,
        property: 'h1',
        user: { id: 'u1', login: '\u0430nna', email: 'b@example.com', name: 'B', rights: ['inbox'] },
      })._unsafeUnwrap(),
    );
    expect(made._unsafeUnwrapErr()).toMatchObject({ code: 'login_taken', facts: { holder: 'p1' } });
    const account = parseSnapshot(snapshot)._unsafeUnwrap().accounts[1];
    expect(
      replay(start, [
        { kind: 'user_created', at: 0, account, by: { kind: 'primary', id: 'p1' } } as never,
      ])._unsafeUnwrapErr().issues,
    ).toStrictEqual([{ path: [0, 'account', 'login'], problem: { code: 'duplicate', of: 'login' } }]);
  });
});
