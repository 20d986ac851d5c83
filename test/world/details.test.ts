import { err } from 'neverthrow';
import {
  execute,
  findInvitation,
  pendingInvitations,
  primaryPortfolio,
  snapshotOf,
  whoReaches,
  type World,
  worldFrom,
} from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { by, command, SNAPSHOT, world } from './world';

// The world's details that the flows pass over: expiry events, the invitee's primary among
// several, each refusal of the world's own, the order of snapshots, and every query's edges.

const inviteAt = (current: World, id: string, now: string) =>
  execute(
    current,
    command({
      action: 'invite',
      actor: by('anna'),
      property: 'h1',
      now,
      invitee: { id, name: 'Eva', email: 'eva@example.com', rights: ['inbox'] },
    }),
  );

describe('invitations in the world', () => {
  it('CX-6: inviting again records the expired invitation as expired, and leaves a pending one alone', () => {
    const first = inviteAt(world(), 'i1', '2026-11-01T10:00:00Z')._unsafeUnwrap();
    const other = execute(
      first.world,
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        now: '2026-11-07T10:00:00Z',
        invitee: { id: 'i2', name: 'Per', email: 'per@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const again = inviteAt(other.world, 'i3', '2026-11-09T10:00:00Z')._unsafeUnwrap();
    expect(again.events.map((event) => [event.kind, 'invitation' in event ? event.invitation.id : null])).toStrictEqual(
      [
        ['invitation_expired', 'i1'],
        ['invitation_sent', 'i3'],
      ],
    );
    expect(
      pendingInvitations(again.world, 'h1' as never, Date.parse('2026-11-09T10:00:00Z') as never)
        ._unsafeUnwrap()
        .map((invitation) => invitation.id)
        .sort(),
    ).toStrictEqual(['i2', 'i3']);
    // Recorded as expired, so a world restored from a snapshot of this one does not record it again.
    expect(findInvitation(again.world, 'i1' as never)?.status).toStrictEqual({ kind: 'expired' });
    expect(findInvitation(again.world, 'i2' as never)?.status).toStrictEqual({ kind: 'pending' });
  });

  it('pendingInvitations leaves out an invitation that has run out by the time asked about', () => {
    const sent = inviteAt(world(), 'i1', '2026-11-01T10:00:00Z')._unsafeUnwrap();
    expect(
      pendingInvitations(sent.world, 'h1' as never, Date.parse('2026-11-07T10:00:00Z') as never)._unsafeUnwrap(),
    ).toHaveLength(1);
    expect(
      pendingInvitations(sent.world, 'h1' as never, Date.parse('2026-11-08T10:00:00Z') as never)._unsafeUnwrap(),
    ).toStrictEqual([]);
  });

  it('PA-16: when one email holds two primaries, the login of either is refused, and a new login accepted', () => {
    const snapshot = parseSnapshot({
      ...SNAPSHOT,
      agreements: [...SNAPSHOT.agreements, { leid: 3, status: 'active' }],
      accounts: [
        ...SNAPSHOT.accounts,
        { kind: 'primary', id: 'bo3', login: 'bo.three', email: 'bo@example.com', name: 'Bo', agreement: 3 },
      ],
    })._unsafeUnwrap();
    const sent = execute(
      worldFrom(snapshot)._unsafeUnwrap(),
      command({
        action: 'invite',
        actor: by('anna'),
        property: 'h1',
        invitee: { id: 'i1', name: 'Bo', email: 'bo@example.com', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const accept = (login: string, account = 'bo.new') =>
      execute(
        sent.world,
        command({ action: 'accept_invitation', actor: { kind: 'invitee', invitation: 'i1' }, account, login }),
      );
    expect(accept('bo').isErr() && accept('bo')._unsafeUnwrapErr().code).toBe('login_same_as_primary');
    expect(accept('bo.three')._unsafeUnwrapErr()).toMatchObject({
      code: 'login_same_as_primary',
      facts: { primary: 'bo3' },
    });
    expect(accept('bo.nordlys').isOk()).toBe(true);
    expect(accept('bo.nordlys', 'carl')).toStrictEqual(
      err({ code: 'record_id_taken', rules: [], facts: { record: 'account', id: 'carl' }, remedies: [] }),
    );
  });
});

describe('properties in the world', () => {
  it('PA-4: attaching an existing listing is a property_linked event, with the link it had', () => {
    const attached = execute(
      world(),
      command({
        action: 'add_property',
        actor: { kind: 'platform' },
        agreement: 1,
        property: 'h9',
        origin: { kind: 'existing_listing' },
      }),
    )._unsafeUnwrap();
    expect(attached.events).toStrictEqual([
      {
        kind: 'property_linked',
        at: Date.parse('2026-11-22T10:00:00Z'),
        property: { id: 'h9', link: { kind: 'attached', primaryOf: 1 } },
        previous: { kind: 'none' },
        primary: 'anna',
      },
    ]);
    expect(whoReaches(attached.world, 'h9' as never)).toStrictEqual([
      { account: 'anna', kind: 'primary', rights: ['admin'] },
    ]);
  });

  it('names the missing or taken property to the platform, and an agreement without a primary account', () => {
    const take = (
      actor: object,
      property: string,
      kind: 'existing_listing' | 'new_registration',
      agreement = 1,
    ): ReturnType<typeof execute> =>
      execute(world(), command({ action: 'add_property', actor, agreement, property, origin: { kind } }));
    const platform = { kind: 'platform' };
    expect(take(platform, 'h7', 'existing_listing')).toStrictEqual(
      err({ code: 'record_not_found', rules: [], facts: { record: 'property', id: 'h7' }, remedies: [] }),
    );
    expect(take(platform, 'h7', 'existing_listing', 5)).toStrictEqual(
      err({ code: 'record_not_found', rules: [], facts: { record: 'agreement', id: 5 }, remedies: [] }),
    );
    // A new property's ID is the server's: one that is taken is the server's mistake, told as such.
    expect(take(by('anna'), 'h1', 'new_registration')).toStrictEqual(
      err({ code: 'record_id_taken', rules: [], facts: { record: 'property', id: 'h1' }, remedies: [] }),
    );
  });

  it('PA-2, PA-3: a primary account is told one answer for a listing outside its agreement, there or not', () => {
    const take = (property: string, agreement = 1): ReturnType<typeof execute> =>
      execute(
        world(),
        command({
          action: 'add_property',
          actor: by('anna'),
          agreement,
          property,
          origin: { kind: 'existing_listing' },
        }),
      );
    // h2 is another agreement's, h9 linked to none, h7 not there: to anna, all alike.
    for (const property of ['h2', 'h9', 'h7'])
      expect(take(property)).toStrictEqual(
        err({
          code: 'property_not_in_agreement',
          rules: ['PA-2', 'PA-3'],
          facts: { property, agreement: 1 },
          remedies: [
            { kind: 'create_non_primary_account', rule: 'PA-12', property },
            { kind: 'ask_platform_to_attach', rule: 'PA-4', property },
          ],
        }),
      );
    // Another agreement is not anna's to add to, whether it is there or not.
    for (const agreement of [2, 5])
      expect(take('h7', agreement)).toStrictEqual(
        err({
          code: 'actor_is_not_this_primary',
          rules: ['PA-10'],
          facts: { actor: { kind: 'primary', id: 'anna' }, agreement },
          remedies: [],
        }),
      );
  });

  it('an agreement without a primary account takes nothing, even from the platform', () => {
    const noPrimary = worldFrom(
      parseSnapshot({
        agreements: [{ leid: 4, status: 'active' }],
        properties: [{ id: 'y', link: { kind: 'none' } }],
      })._unsafeUnwrap(),
    )._unsafeUnwrap();
    expect(
      execute(
        noPrimary,
        command({
          action: 'add_property',
          actor: { kind: 'platform' },
          agreement: 4,
          property: 'x',
          origin: { kind: 'new_registration' },
        }),
      ),
    ).toStrictEqual(
      err({
        code: 'platform_attaches_existing_listings_only',
        rules: ['PA-4'],
        facts: { property: 'x', origin: 'new_registration' },
        remedies: [],
      }),
    );
    expect(
      execute(
        noPrimary,
        command({
          action: 'add_property',
          actor: { kind: 'platform' },
          agreement: 4,
          property: 'y',
          origin: { kind: 'existing_listing' },
        }),
      ),
    ).toStrictEqual(
      err({
        code: 'agreement_has_no_primary',
        rules: ['PA-10', 'PA-4'],
        facts: { actor: { kind: 'platform' }, agreement: 4 },
        remedies: [{ kind: 'grant_primary_account', rule: 'PA-9', agreement: 4 }],
      }),
    );
    expect(
      execute(world(), command({ action: 'revoke_invitation', actor: by('anna'), property: 'h1', invitation: 'i9' })),
    ).toStrictEqual(
      err({ code: 'record_not_found', rules: [], facts: { record: 'invitation', id: 'i9' }, remedies: [] }),
    );
  });

  it('queries: an unlinked property is reached by nobody; a non-primary account has no portfolio; an unknown property has no reach', () => {
    const current = world();
    expect(whoReaches(current, 'h9' as never)).toStrictEqual([]);
    expect(whoReaches(current, 'nope' as never)).toStrictEqual([]);
    expect(primaryPortfolio(current, 'carl' as never)).toStrictEqual([]);
    expect(whoReaches(current, 'h1' as never)).toStrictEqual([
      { account: 'anna', kind: 'primary', rights: ['admin'] },
      { account: 'carl', kind: 'non_primary', rights: ['inbox'] },
    ]);
  });
});

// Records as JSON, for the snapshot tests: only what differs between them is spelt out.
const primary = (id: string, login: string, agreement: number) => ({
  kind: 'primary',
  id,
  login,
  email: `${id}@example.com`,
  name: id,
  agreement,
});
const pending = (id: string, property: string, invitedBy: string) => ({
  id,
  property,
  invitedBy,
  name: 'N',
  email: 'n@example.com',
  rights: ['inbox'],
  sentAt: 1,
  status: { kind: 'pending' },
});

describe('snapshots', () => {
  it('list every record sorted by its ID, whatever order they came in', () => {
    const shuffled = parseSnapshot({
      agreements: [
        { leid: 3, status: 'active' },
        { leid: 1, status: 'active' },
        { leid: 2, status: 'terminated' },
      ],
      properties: [
        { id: 'b', link: { kind: 'none' } },
        { id: 'a', link: { kind: 'none' } },
      ],
      accounts: [primary('z', 'z', 3), primary('y', 'y', 1)],
      invitations: [pending('i2', 'a', 'y'), pending('i1', 'b', 'z')],
    })._unsafeUnwrap();
    const snapshot = snapshotOf(worldFrom(shuffled)._unsafeUnwrap());
    expect([
      snapshot.agreements.map((a) => a.leid),
      snapshot.properties.map((p) => p.id),
      snapshot.accounts.map((a) => a.id),
      snapshot.invitations.map((i) => i.id),
    ]).toStrictEqual([
      [1, 2, 3],
      ['a', 'b'],
      ['y', 'z'],
      ['i1', 'i2'],
    ]);
  });

  it('refuse repeated IDs in every list, a primary of a missing agreement, and an invitation from a missing account', () => {
    const broken = parseSnapshot({
      agreements: [{ leid: 1, status: 'active' }],
      properties: [
        { id: 'a', link: { kind: 'none' } },
        { id: 'a', link: { kind: 'agreement', leid: 1 } },
      ],
      accounts: [primary('y', 'y', 9), primary('y', 'y2', 1)],
      invitations: [pending('i1', 'a', 'ghost'), pending('i1', 'a', 'y')],
    })._unsafeUnwrap();
    expect(worldFrom(broken)._unsafeUnwrapErr().issues).toStrictEqual([
      { path: ['properties', 1, 'id'], problem: { code: 'duplicate', of: 'id' } },
      { path: ['accounts', 0, 'agreement'], problem: { code: 'unknown_reference', record: 'agreement' } },
      { path: ['accounts', 1, 'id'], problem: { code: 'duplicate', of: 'id' } },
      { path: ['invitations', 0, 'invitedBy'], problem: { code: 'unknown_reference', record: 'account' } },
      { path: ['invitations', 1, 'id'], problem: { code: 'duplicate', of: 'id' } },
    ]);
  });
});
