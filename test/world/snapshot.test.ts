import { describe, expect, it } from 'vitest';
import { describe as message, EMPTY_WORLD, findAccountByLogin, pendingInvitations, propertiesOf, snapshotOf, worldFrom, type WorldSnapshot } from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { SNAPSHOT, world } from './world';

describe('worldFrom and snapshotOf', () => {
  it('round-trip: the snapshot of a world built from a snapshot is that snapshot, sorted', () => {
    const snapshot = parseSnapshot(SNAPSHOT)._unsafeUnwrap();
    expect(snapshotOf(worldFrom(snapshot)._unsafeUnwrap())).toStrictEqual(snapshot);
    expect(snapshotOf(EMPTY_WORLD)).toStrictEqual({ agreements: [], properties: [], accounts: [], invitations: [] });
  });

  it('refuses an inconsistent world, naming each problem by its path: duplicates, INV-2, CX-4, dangling references', () => {
    const broken = parseSnapshot({
      agreements: [{ leid: 1, status: 'active' }, { leid: 1, status: 'active' }],
      properties: [{ id: 'h1', link: { kind: 'attached', primaryOf: 5 } }],
      accounts: [
        { kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 1 },
        { kind: 'primary', id: 'anna2', login: 'ANNA', email: 'anna@example.com', name: 'Anna', agreement: 1 },
        { kind: 'non_primary', id: 'carl', login: 'carl', email: 'carl@example.com', name: 'Carl', rights: ['inbox'], properties: ['h1', 'h8'] },
      ],
      invitations: [{ id: 'i1', property: 'h8', invitedBy: 'anna', name: 'X', email: 'x@example.com', rights: ['inbox'], sentAt: 1, status: { kind: 'pending' } }],
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
    expect(message(error, 'en')).toContain('accounts[1].agreement: names an agreement that already has a primary account');
    expect(message(error, 'sv')).toContain('accounts[1].login: upprepar ett användarnamn');
  });
});

describe('queries', () => {
  it('answer from the world: by login (CX-7 form), an account\u2019s properties, pending invitations', () => {
    const current = world();
    expect(findAccountByLogin(current, 'carl' as never)?.id).toBe('carl');
    expect(propertiesOf(current, 'carl' as never)).toStrictEqual(['h1']);
    expect(propertiesOf(current, 'anna' as never)).toStrictEqual(['h1']);
    expect(pendingInvitations(current, 'h1' as never, 0 as never)).toStrictEqual([]);
  });

  it('answer as the empty world for something that is not a world', () => {
    expect(propertiesOf({} as never, 'carl' as never)).toStrictEqual([]);
    expect(findAccountByLogin(null as never, 'carl' as never)).toBeUndefined();
  });
});
