import {
  execute,
  findInvitation,
  type Invitation,
  replay,
  snapshotOf,
  type World,
  type WorldEvent,
  worldFrom,
} from 'partner-account-rules';
import { parseCommand, parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

// CX-6, PA-15: replay holds every moment an event carries to the rules and to the event itself, so
// a log cannot close an invitation early, backdate one, or accept one after it ran out.

const DAY = 86_400_000;
const T = Date.parse('2026-11-01T00:00:00Z');
const start = (): World =>
  worldFrom(
    parseSnapshot({
      agreements: [{ leid: 1, status: 'active' }],
      properties: [{ id: 'h1', link: { kind: 'agreement', leid: 1 } }],
      accounts: [{ kind: 'primary', id: 'p1', login: 'owner', email: 'o@x.example', name: 'O', agreement: 1 }],
    })._unsafeUnwrap(),
  )._unsafeUnwrap();

const sent = () => {
  const world = start();
  const done = execute(
    world,
    parseCommand({
      action: 'invite',
      actor: { kind: 'account', id: 'p1' },
      now: T,
      property: 'h1',
      invitee: { id: 'i1', name: 'Anna', email: 'anna@guest.example', rights: ['inbox'] },
    })._unsafeUnwrap(),
  )._unsafeUnwrap();
  const invitation = findInvitation(done.world, 'i1' as never) as Invitation;
  return { world, events: done.events, invitation };
};

const refused = (world: World, events: readonly WorldEvent[]) =>
  replay(world, events)
    ._unsafeUnwrapErr()
    .issues.map(({ path, problem }) => [path.join('.'), 'reason' in problem ? problem.reason : problem.code]);

describe('replay holds the moments of events to the rules', () => {
  it('CX-6: an invitation recorded as expired before its 7 days are over is refused', () => {
    const { world, events, invitation } = sent();
    const early: WorldEvent = {
      kind: 'invitation_expired',
      at: (T + DAY) as never,
      invitation: { ...invitation, status: { kind: 'expired' } },
    };
    expect(refused(world, [...events, early])).toStrictEqual([['1.at', 'before_expiry']]);
    // At its expiry, the same event is what invite records.
    expect(replay(world, [...events, { ...early, at: (T + 7 * DAY) as never }]).isOk()).toBe(true);
  });

  it('CX-6: an invitation is sent at the moment its event records, not earlier or later', () => {
    const { world, events, invitation } = sent();
    for (const sentAt of [T - 30 * DAY, T + DAY])
      expect(
        refused(world, [{ ...events[0], invitation: { ...invitation, sentAt: sentAt as never } } as WorldEvent]),
      ).toStrictEqual([['0.invitation.sentAt', 'not_at_event']]);
  });

  it('CX-6: an invitation cannot be accepted after it expired, nor at another moment than its event', () => {
    const { world, events, invitation } = sent();
    const account = {
      kind: 'non_primary',
      id: 'anna',
      login: 'anna',
      email: 'anna@guest.example',
      name: 'Anna',
      rights: ['inbox'],
      properties: ['h1'],
    } as const;
    const accepted = (at: number, statusAt: number): WorldEvent =>
      ({
        kind: 'invitation_accepted',
        at,
        invitation: { ...invitation, status: { kind: 'accepted', at: statusAt, account: 'anna' } },
        account,
      }) as unknown as WorldEvent;
    expect(refused(world, [...events, accepted(T + 8 * DAY, T + 8 * DAY)])).toStrictEqual([['1.at', 'after_expiry']]);
    expect(refused(world, [...events, accepted(T + DAY, T + 2 * DAY)])).toStrictEqual([
      ['1.invitation.status.at', 'not_at_event'],
    ]);
    expect(replay(world, [...events, accepted(T + DAY, T + DAY)]).isOk()).toBe(true);
  });

  it('CX-6: an invitation that is no longer pending is not revoked or expired again', () => {
    const { world, events, invitation } = sent();
    const revoked: WorldEvent = {
      kind: 'invitation_revoked',
      at: (T + DAY) as never,
      invitation: { ...invitation, status: { kind: 'revoked', at: (T + DAY) as never, by: { kind: 'platform' } } },
    };
    const expired: WorldEvent = {
      kind: 'invitation_expired',
      at: (T + 8 * DAY) as never,
      invitation: { ...invitation, status: { kind: 'expired' } },
    };
    expect(refused(world, [...events, revoked, expired])).toStrictEqual([['2.invitation.status', 'not_pending']]);
  });

  it('a world restored from its snapshot records nothing twice: an expiry recorded stays recorded', () => {
    const { world, events } = sent();
    const expired = execute(
      replay(world, events)._unsafeUnwrap(),
      parseCommand({
        action: 'invite',
        actor: { kind: 'account', id: 'p1' },
        now: T + 8 * DAY,
        property: 'h1',
        invitee: { id: 'i2', name: 'Bo', email: 'bo@guest.example', rights: ['inbox'] },
      })._unsafeUnwrap(),
    )._unsafeUnwrap();
    expect(expired.events.map(({ kind }) => kind)).toStrictEqual(['invitation_expired', 'invitation_sent']);
    const next = parseCommand({
      action: 'invite',
      actor: { kind: 'account', id: 'p1' },
      now: T + 9 * DAY,
      property: 'h1',
      invitee: { id: 'i3', name: 'Cy', email: 'cy@guest.example', rights: ['inbox'] },
    })._unsafeUnwrap();
    const restored = worldFrom(snapshotOf(expired.world))._unsafeUnwrap();
    expect(execute(restored, next)._unsafeUnwrap().events).toStrictEqual(
      execute(expired.world, next)._unsafeUnwrap().events,
    );
  });
});
