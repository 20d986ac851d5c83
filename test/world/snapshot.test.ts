import { ok } from 'neverthrow';
import {
  EMPTY_WORLD,
  explain as message,
  findAccountByLogin,
  findAgreement,
  pendingInvitations,
  primaryPortfolio,
  propertiesOf,
  snapshotOf,
  worldFrom,
  type WorldSnapshot,
} from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { trustedAs } from '../../src/validation/trust';
import { invitationJson, SNAPSHOT, world } from './world';

describe('worldFrom and snapshotOf', () => {
  it('round-trip: the snapshot of a world built from a snapshot is that snapshot, sorted', () => {
    const snapshot = parseSnapshot(SNAPSHOT)._unsafeUnwrap();
    expect(snapshotOf(worldFrom(snapshot)._unsafeUnwrap())).toStrictEqual({ ...snapshot, clock: null });
    expect(snapshotOf(EMPTY_WORLD)).toStrictEqual({
      clock: null,
      agreements: [],
      properties: [],
      accounts: [],
      invitations: [],
    });
  });

  it('keeps equal lists of rights once: accounts and invitations of one snapshot share them, frozen and trusted', () => {
    const reader = (id: string, rights: string[]) => ({
      kind: 'non_primary',
      id,
      login: id,
      email: `${id}@example.com`,
      name: id,
      rights,
      properties: ['h1'],
    });
    const json = JSON.parse(
      JSON.stringify({
        ...SNAPSHOT,
        accounts: [...SNAPSHOT.accounts, reader('dana', ['inbox']), reader('erik', ['admin'])],
        invitations: [invitationJson({ rights: ['inbox'] })],
      }),
    ) as unknown;
    const snapshot = parseSnapshot(json)._unsafeUnwrap();
    const loaded = snapshotOf(worldFrom(snapshot)._unsafeUnwrap());
    expect(loaded).toStrictEqual({ ...snapshot, clock: 1_000 });
    const rightsOf = (id: string) => loaded.accounts.find((account) => account.id === id);
    const [carl, dana, erik] = ['carl', 'dana', 'erik'].map((id) => {
      const account = rightsOf(id);
      return account?.kind === 'non_primary' ? account : undefined;
    });
    expect(dana?.rights).toBe(carl?.rights);
    expect(loaded.invitations[0]?.rights).toBe(carl?.rights);
    expect(erik?.rights).not.toBe(carl?.rights);
    for (const record of [carl, dana, erik, loaded.invitations[0]]) {
      expect(record === undefined ? false : Object.isFrozen(record) && trustedAs(record) !== undefined).toBe(true);
    }
  });

  it('keeps the clock a snapshot states, takes the latest recorded moment when it states none, and refuses a clock before its records', () => {
    const invitation = invitationJson({ sentAt: 5_000, status: { kind: 'accepted', at: 7_000, account: 'carl' } });
    const stated = parseSnapshot({ ...SNAPSHOT, clock: 9_000, invitations: [invitation] })._unsafeUnwrap();
    expect(snapshotOf(worldFrom(stated)._unsafeUnwrap()).clock).toBe(9_000);
    const derived = parseSnapshot({ ...SNAPSHOT, invitations: [invitation] })._unsafeUnwrap();
    expect(snapshotOf(worldFrom(derived)._unsafeUnwrap()).clock).toBe(7_000);
    const early = parseSnapshot({ ...SNAPSHOT, clock: 6_000, invitations: [invitation] })._unsafeUnwrap();
    expect(worldFrom(early)._unsafeUnwrapErr().issues).toStrictEqual([
      { path: ['clock'], problem: { code: 'out_of_range', min: 7_000, max: 8.64e15 } },
    ]);
  });

  it('takes the latest moment of any invitation, in any order, an expiry included, and moments before 1970', () => {
    const clockOf = (snapshot: Record<string, unknown>): number | null | undefined =>
      snapshotOf(worldFrom(parseSnapshot({ ...SNAPSHOT, ...snapshot })._unsafeUnwrap())._unsafeUnwrap()).clock;
    const day = 86_400_000;
    const accepted = invitationJson({ sentAt: 5_000, status: { kind: 'accepted', at: 7_000, account: 'carl' } });
    const pending = invitationJson({ id: 'i2', email: 'h@example.com', sentAt: 2_000 });
    const expired = invitationJson({ id: 'i3', email: 'k@example.com', sentAt: 1_000, status: { kind: 'expired' } });
    expect(clockOf({ invitations: [accepted, pending] })).toBe(7_000);
    expect(clockOf({ invitations: [pending, accepted] })).toBe(7_000);
    // An invitation recorded as expired names the moment its 7 days ran out.
    expect(clockOf({ invitations: [pending, expired] })).toBe(1_000 + 7 * day);
    expect(clockOf({ invitations: [expired, accepted] })).toBe(1_000 + 7 * day);
    // Moments before 1970 are moments too: the clock is the latest, never "none".
    expect(clockOf({ invitations: [invitationJson({ sentAt: -5_000 })] })).toBe(-5_000);
    expect(clockOf({ invitations: [invitationJson({ sentAt: -5_000 }), { ...pending, sentAt: -9_000 }] })).toBe(-5_000);
    expect(clockOf({ invitations: [invitationJson({ sentAt: 0 }), { ...pending, sentAt: -9_000 }] })).toBe(0);
    // A clock stated before 1970 is kept when no record is later, and refused when one is.
    expect(clockOf({ clock: -5 })).toBe(-5);
    expect(clockOf({ clock: -5, invitations: [invitationJson({ sentAt: -5 })] })).toBe(-5);
    expect(
      worldFrom(
        parseSnapshot({ ...SNAPSHOT, clock: -5, invitations: [invitationJson({ sentAt: -4 })] })._unsafeUnwrap(),
      )._unsafeUnwrapErr().issues,
    ).toStrictEqual([{ path: ['clock'], problem: { code: 'out_of_range', min: -4, max: 8.64e15 } }]);
    expect(
      worldFrom(
        parseSnapshot({ ...SNAPSHOT, clock: -5, invitations: [invitationJson({ sentAt: 0 })] })._unsafeUnwrap(),
      )._unsafeUnwrapErr().issues,
    ).toStrictEqual([{ path: ['clock'], problem: { code: 'out_of_range', min: 0, max: 8.64e15 } }]);
    // An invitation said to end before it was sent still names the moment it was sent.
    const backwards = invitationJson({ sentAt: 5_000, status: { kind: 'accepted', at: 4_000, account: 'carl' } });
    expect(
      worldFrom(parseSnapshot({ ...SNAPSHOT, clock: 4_500, invitations: [backwards] })._unsafeUnwrap())
        ._unsafeUnwrapErr()
        .issues.map(({ path }) => path.join('.')),
    ).toStrictEqual(['clock', 'invitations.0.status.at']);
  });

  it('refuses an inconsistent world, naming each problem by its path: duplicates, INV-2, CX-4, dangling references', () => {
    const broken = parseSnapshot({
      agreements: [
        { leid: 1, status: 'active' },
        { leid: 1, status: 'active' },
      ],
      properties: [{ id: 'h1', link: { kind: 'attached', primaryOf: 5 } }],
      accounts: [
        { kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 },
        { kind: 'primary', id: 'anna2', login: 'ANNA', email: 'anna@example.com', name: 'Anna', agreement: 1 },
        {
          kind: 'non_primary',
          id: 'carl',
          login: 'carl',
          email: 'carl@example.com',
          name: 'Carl',
          rights: ['inbox'],
          properties: ['h1', 'h8'],
        },
      ],
      invitations: [
        {
          id: 'i1',
          property: 'h8',
          invitedBy: 'anna',
          name: 'X',
          email: 'x@example.com',
          rights: ['inbox'],
          sentAt: 1,
          status: { kind: 'pending' },
        },
      ],
    })._unsafeUnwrap() satisfies WorldSnapshot;
    const error = worldFrom(broken)._unsafeUnwrapErr();
    expect(error.issues).toStrictEqual([
      { path: ['agreements', 1, 'leid'], problem: { code: 'duplicate', of: 'id' } },
      { path: ['properties', 0, 'link', 'primaryOf'], problem: { code: 'unknown_reference', record: 'agreement' } },
      { path: ['accounts', 1, 'login'], problem: { code: 'duplicate', of: 'login' } },
      { path: ['accounts', 1, 'agreement'], problem: { code: 'duplicate', of: 'primary_account' } },
      { path: ['accounts', 2, 'properties', 1], problem: { code: 'unknown_reference', record: 'property' } },
      { path: ['invitations', 0, 'property'], problem: { code: 'unknown_reference', record: 'property' } },
    ]);
    expect(message(error, 'en')).toContain(
      'accounts[1].agreement: names an agreement that already has a primary account',
    );
    expect(message(error, 'sv')).toContain('accounts[1].login: upprepar ett användarnamn');
  });
});

describe('queries', () => {
  it('answer from the world: by login (CX-7 form), an account\u2019s properties, pending invitations', () => {
    const current = world();
    expect(findAccountByLogin(current, 'carl' as never)?.id).toBe('carl');
    expect(propertiesOf(current, 'carl' as never)).toStrictEqual(['h1']);
    expect(propertiesOf(current, 'anna' as never)).toStrictEqual(['h1']);
    expect(pendingInvitations(current, 'h1' as never, 0 as never)._unsafeUnwrap()).toStrictEqual([]);
    // A world with no clock yet takes any moment, even one before 1970.
    expect(pendingInvitations(EMPTY_WORLD, 'h1' as never, -1 as never)).toStrictEqual(ok([]));
  });

  it('find an agreement by its ID, and a portfolio only for a primary account the world holds', () => {
    const current = world();
    expect(findAgreement(current, 2 as never)).toStrictEqual({ leid: 2, status: 'active' });
    expect(findAgreement(current, 7 as never)).toBeUndefined();
    expect(primaryPortfolio(current, 'anna' as never).map(({ id }) => id)).toStrictEqual(['h1']);
    // A non-primary account has no portfolio, and an account the world does not hold has none either.
    expect(primaryPortfolio(current, 'carl' as never)).toStrictEqual([]);
    expect(primaryPortfolio(current, 'ghost' as never)).toStrictEqual([]);
  });

  it('pendingInvitations refuses a moment before the world\u2019s clock, and a malformed one, instead of guessing the past', () => {
    const later = worldFrom(parseSnapshot({ ...SNAPSHOT, clock: 10_000 })._unsafeUnwrap())._unsafeUnwrap();
    expect(pendingInvitations(later, 'h1' as never, 9_999 as never)._unsafeUnwrapErr()).toStrictEqual({
      code: 'time_went_backwards',
      rules: [],
      facts: { now: 9_999, clock: 10_000 },
      remedies: [],
    });
    expect(pendingInvitations(later, 'h1' as never, 10_000 as never)._unsafeUnwrap()).toStrictEqual([]);
    const malformed = pendingInvitations(
      later,
      'h1' as never,
      {
        valueOf: () => {
          throw new Error('boom');
        },
      } as never,
    )._unsafeUnwrapErr();
    expect(malformed.code === 'invalid_input' && malformed.issues[0].path).toStrictEqual(['now']);
  });

  it('answer as the empty world for something that is not a world', () => {
    expect(propertiesOf({} as never, 'carl' as never)).toStrictEqual([]);
    expect(findAccountByLogin(null as never, 'carl' as never)).toBeUndefined();
  });
});
