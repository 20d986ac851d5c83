import { EMPTY_WORLD, type InputIssue, replay, type World, type WorldEvent, worldFrom } from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { invitationJson, SNAPSHOT } from './world';

// Every check replay makes of an event, each met by a forged event: an event of each kind as a
// command would make it replays, and each change to it that no command could make is refused at
// its path, before the world takes it (what must already be there, or not yet) or after (how the
// records it carries fit the world they join).

const DAY = 86_400_000;
const SENT = 1_000;
const AT = 2_000;
const EXPIRY = SENT + 7 * DAY;

// Anna and Bo are the primary accounts of agreements 1 and 2, Carl reaches h1; agreement 3 has no
// primary account yet, 4 was terminated and keeps its primary Dag, 5 was terminated before it had
// one; Anna's invitation i1 to G for h1 is pending since SENT.
const primary = (id: string, agreement: number) => ({
  kind: 'primary',
  id,
  login: id,
  email: `${id}@example.com`,
  name: id,
  agreement,
});
const fixture = (): World =>
  worldFrom(
    parseSnapshot({
      ...SNAPSHOT,
      agreements: [
        ...SNAPSHOT.agreements,
        { leid: 3, status: 'active' },
        { leid: 4, status: 'terminated' },
        { leid: 5, status: 'terminated' },
      ],
      accounts: [...SNAPSHOT.accounts, primary('dag', 4)],
      invitations: [invitationJson({ sentAt: SENT })],
    })._unsafeUnwrap(),
  )._unsafeUnwrap();

const shown = ({ path, problem }: InputIssue): string => {
  const detail =
    'reason' in problem
      ? problem.reason
      : 'record' in problem
        ? problem.record
        : 'of' in problem
          ? problem.of
          : 'allowed' in problem
            ? problem.allowed.join('|')
            : '';
  return `${path.join('.')}:${problem.code}${detail === '' ? '' : `/${detail}`}`;
};

/** The issues of replaying `events` on `world`, or `[]` when it applies them. */
const issues = (events: readonly Record<string, unknown>[], world: World = fixture()): string[] => {
  const result = replay(world, events as unknown as WorldEvent[]);
  return result.isOk() ? [] : result.error.issues.map(shown);
};

const carl = SNAPSHOT.accounts[2];
const byPlatform = { by: { kind: 'platform' } };
const i1 = invitationJson({ sentAt: SENT });
const g1 = {
  kind: 'non_primary',
  id: 'g1',
  login: 'g1',
  email: 'g@example.com',
  name: 'G',
  rights: ['inbox'],
  properties: ['h1'],
};

describe('replay refuses a forged event, naming what no command could have made', () => {
  it('property_registered: a new ID, for the primary account of the agreement it links to, in force', () => {
    const event = {
      kind: 'property_registered',
      at: AT,
      property: { id: 'h7', link: { kind: 'agreement', leid: 1 } },
      primary: 'anna',
    };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, property: { ...event.property, id: 'h1' } }])).toStrictEqual([
      '0.property.id:duplicate/id',
    ]);
    expect(issues([{ ...event, primary: 'bo' }])).toStrictEqual(['0.primary:conflict/not_primary_of_agreement']);
    expect(issues([{ ...event, property: { id: 'h7', link: { kind: 'none' } } }])).toStrictEqual([
      '0.primary:conflict/not_primary_of_agreement',
    ]);
    // Dag is still the primary account of agreement 4, which ended: nothing is linked to it after.
    expect(
      issues([{ ...event, property: { id: 'h7', link: { kind: 'agreement', leid: 4 } }, primary: 'dag' }]),
    ).toStrictEqual(['0.property.link.leid:conflict/agreement_is_terminated']);
  });

  it('property_linked, property_recontracted: a property that is there, linked to an agreement in force', () => {
    const linked = {
      kind: 'property_linked',
      at: AT,
      property: { id: 'h9', link: { kind: 'agreement', leid: 1 } },
      previous: { kind: 'none' },
      primary: 'anna',
    };
    const recontracted = {
      kind: 'property_recontracted',
      at: AT,
      property: { id: 'h1', link: { kind: 'agreement', leid: 3 } },
      previous: { kind: 'agreement', leid: 1 },
    };
    for (const event of [linked, recontracted]) {
      expect(issues([event]), event.kind).toStrictEqual([]);
      expect(issues([{ ...event, property: { ...event.property, id: 'h8' } }]), event.kind).toStrictEqual([
        '0.property.id:unknown_reference/property',
      ]);
      expect(
        issues([{ ...event, property: { ...event.property, link: { kind: 'agreement', leid: 4 } } }]),
        event.kind,
      ).toStrictEqual(['0.property.link.leid:conflict/agreement_is_terminated']);
    }
  });

  it('ownership_changed: the accounts that lost access and the invitations revoked are there, and were so', () => {
    const event = {
      kind: 'ownership_changed',
      at: AT,
      property: { id: 'h1', link: { kind: 'agreement', leid: 3 } },
      previous: { kind: 'agreement', leid: 1 },
      accessRemoved: [{ ...carl, properties: [] }],
      invitationsRevoked: [{ ...i1, status: { kind: 'revoked', at: AT, by: { kind: 'platform' } } }],
    };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, property: { ...event.property, id: 'h8' } }])).toStrictEqual([
      '0.property.id:unknown_reference/property',
    ]);
    expect(
      issues([{ ...event, accessRemoved: [{ ...carl, id: 'ghost', login: 'ghost', properties: [] }] }]),
    ).toStrictEqual(['0.accessRemoved.0.id:unknown_reference/account']);
    expect(issues([{ ...event, accessRemoved: [{ ...carl, id: 'anna', login: 'anna' }] }])).toStrictEqual([
      '0.accessRemoved.0.id:conflict/not_non_primary',
    ]);
    expect(issues([{ ...event, accessRemoved: [{ ...carl, login: 'carla', properties: [] }] }])).toStrictEqual([
      '0.accessRemoved.0.login:conflict/not_kept',
    ]);
    expect(issues([{ ...event, invitationsRevoked: [{ ...event.invitationsRevoked[0], id: 'i9' }] }])).toStrictEqual([
      '0.invitationsRevoked.0.id:unknown_reference/invitation',
    ]);
    expect(issues([{ ...event, property: { ...event.property, link: { kind: 'agreement', leid: 5 } } }])).toStrictEqual(
      ['0.property.link.leid:conflict/agreement_is_terminated'],
    );
    const revokedBy = { kind: 'revoked', at: AT, by: { kind: 'account', id: 'ghost' } };
    expect(issues([{ ...event, invitationsRevoked: [{ ...i1, status: revokedBy }] }])).toStrictEqual([
      '0.invitationsRevoked.0.status.by:unknown_reference/account',
    ]);
  });

  it('primary_account_requested: by an account that is there, of an agreement that is there', () => {
    const event = { kind: 'primary_account_requested', at: AT, requester: 'carl', agreement: 3 };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, requester: 'ghost' }])).toStrictEqual(['0.requester:unknown_reference/account']);
    expect(issues([{ ...event, agreement: 9 }])).toStrictEqual(['0.agreement:unknown_reference/agreement']);
  });

  it('primary_account_granted (INV-2): a new account and login, the first primary of an agreement in force', () => {
    const event = { kind: 'primary_account_granted', at: AT, account: primary('p3', 3) };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, account: { ...event.account, id: 'carl' } }])).toStrictEqual([
      '0.account.id:duplicate/id',
    ]);
    expect(issues([{ ...event, account: { ...event.account, login: 'carl' } }])).toStrictEqual([
      '0.account.login:duplicate/login',
    ]);
    expect(issues([{ ...event, account: primary('p3', 1) }])).toStrictEqual([
      '0.account.agreement:duplicate/primary_account',
    ]);
    expect(issues([{ ...event, account: primary('p3', 5) }])).toStrictEqual([
      '0.account.agreement:conflict/agreement_is_terminated',
    ]);
    expect(issues([{ ...event, account: primary('p3', 9) }])).toStrictEqual([
      '0.account.agreement:unknown_reference/agreement',
    ]);
  });

  it('user_created: a new account and login, reaching properties that are there', () => {
    const event = { kind: 'user_created', at: AT, ...byPlatform, account: { ...g1, id: 'u9', login: 'u9' } };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, account: { ...event.account, id: 'carl' } }])).toStrictEqual([
      '0.account.id:duplicate/id',
    ]);
    expect(issues([{ ...event, account: { ...event.account, login: 'anna' } }])).toStrictEqual([
      '0.account.login:duplicate/login',
    ]);
    expect(issues([{ ...event, account: { ...event.account, properties: ['h8'] } }])).toStrictEqual([
      '0.account.properties.0:unknown_reference/property',
    ]);
  });

  it('each change of access: a non-primary account that is there, as stored, reaching properties that are there', () => {
    const changes = [
      { kind: 'access_granted', property: 'h2', account: { ...carl, properties: ['h1', 'h2'] } },
      { kind: 'access_removed', property: 'h1', account: { ...carl, properties: [] } },
      { kind: 'access_rights_set', previous: ['inbox'], account: { ...carl, rights: ['inbox', 'finance'] } },
      { kind: 'admin_granted', account: { ...carl, rights: ['admin'] } },
      { kind: 'admin_revoked', account: carl },
    ];
    for (const change of changes) {
      const event = { ...change, at: AT, ...byPlatform };
      expect(issues([event]), change.kind).toStrictEqual([]);
      expect(
        issues([{ ...event, account: { ...event.account, id: 'ghost', login: 'ghost' } }]),
        change.kind,
      ).toStrictEqual(['0.account.id:unknown_reference/account']);
      expect(issues([{ ...event, account: { ...event.account, id: 'anna' } }]), change.kind).toStrictEqual([
        '0.account.id:conflict/not_non_primary',
        '0.account.login:duplicate/login',
      ]);
      expect(issues([{ ...event, account: { ...event.account, login: 'anna' } }]), change.kind).toStrictEqual([
        '0.account.login:conflict/not_kept',
        '0.account.login:duplicate/login',
      ]);
      expect(issues([{ ...event, account: { ...event.account, properties: ['h8'] } }]), change.kind).toStrictEqual([
        '0.account.properties.0:unknown_reference/property',
      ]);
    }
  });

  it('invitation_sent (CX-6, PA-15): a new ID, sent at its event, pending, for a property that is there', () => {
    const invitation = invitationJson({ id: 'i2', email: 'k@example.com', sentAt: AT });
    const event = { kind: 'invitation_sent', at: AT, invitation };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, invitation: { ...invitation, id: 'i1' } }])).toStrictEqual([
      '0.invitation.id:duplicate/id',
    ]);
    expect(issues([{ ...event, invitation: { ...invitation, sentAt: AT - 1 } }])).toStrictEqual([
      '0.invitation.sentAt:conflict/not_at_event',
    ]);
    expect(issues([{ ...event, invitation: { ...invitation, status: { kind: 'expired' } } }])).toStrictEqual([
      '0.invitation.status.kind:unknown_variant/pending',
    ]);
    expect(issues([{ ...event, invitation: { ...invitation, property: 'h8' } }])).toStrictEqual([
      '0.invitation.property:unknown_reference/property',
    ]);
    expect(issues([{ ...event, invitation: { ...invitation, email: 'g@example.com' } }])).toStrictEqual([
      '0.invitation.email:conflict/second_pending_invitation',
    ]);
  });

  it('invitation_accepted (CX-6): a pending invitation, before it expired, by the new account it made', () => {
    const accepted = (at: number, account = 'g1') => ({ ...i1, status: { kind: 'accepted', at, account } });
    const event = { kind: 'invitation_accepted', at: AT, invitation: accepted(AT), account: g1 };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, invitation: { ...accepted(AT), id: 'i9' } }])).toStrictEqual([
      '0.invitation.id:unknown_reference/invitation',
    ]);
    expect(issues([{ ...event, invitation: { ...accepted(AT), sentAt: SENT - 1 } }])).toStrictEqual([
      '0.invitation.sentAt:conflict/not_at_event',
    ]);
    expect(issues([{ ...event, invitation: accepted(AT - 1) }])).toStrictEqual([
      '0.invitation.status.at:conflict/not_at_event',
    ]);
    expect(issues([{ ...event, at: EXPIRY, invitation: accepted(EXPIRY) }])).toStrictEqual([
      '0.at:conflict/after_expiry',
    ]);
    expect(issues([{ ...event, at: EXPIRY - 1, invitation: accepted(EXPIRY - 1) }])).toStrictEqual([]);
    expect(issues([{ ...event, invitation: accepted(AT, 'carl'), account: { ...g1, id: 'carl' } }])).toStrictEqual([
      '0.account.id:duplicate/id',
    ]);
    expect(issues([{ ...event, account: { ...g1, login: 'anna' } }])).toStrictEqual([
      '0.account.login:duplicate/login',
    ]);
    expect(issues([{ ...event, invitation: accepted(AT, 'someone') }])).toStrictEqual([
      '0.invitation.status:conflict/wrong_account',
    ]);
    expect(
      issues([{ ...event, invitation: { ...i1, status: { kind: 'revoked', at: AT, by: { kind: 'platform' } } } }]),
    ).toStrictEqual([
      '0.invitation.status.kind:unknown_variant/accepted',
      '0.invitation.status:conflict/wrong_account',
    ]);
    expect(issues([{ ...event, account: { ...g1, properties: ['h8'] } }])).toStrictEqual([
      '0.account.properties.0:unknown_reference/property',
    ]);
    // Ending it keeps what it was: its property, who sent it, to whom, with which rights.
    expect(
      issues([{ ...event, invitation: { ...accepted(AT), property: 'h2', invitedBy: 'bo', rights: ['finance'] } }]),
    ).toStrictEqual([
      '0.invitation.property:conflict/not_kept',
      '0.invitation.invitedBy:conflict/not_kept',
      '0.invitation.rights:conflict/not_kept',
    ]);
    expect(
      issues([{ ...event, invitation: { ...accepted(AT), name: 'H', email: 'h@example.com', rights: [] } }]),
    ).toStrictEqual([
      '0.invitation.name:conflict/not_kept',
      '0.invitation.email:conflict/not_kept',
      '0.invitation.rights:conflict/not_kept',
    ]);
    // Accepted once, it is no longer pending.
    const again = {
      ...event,
      at: AT + 1,
      invitation: accepted(AT + 1, 'g2'),
      account: { ...g1, id: 'g2', login: 'g2' },
    };
    expect(issues([event, again])).toStrictEqual(['1.invitation.status:conflict/not_pending']);
  });

  it('invitation_expired and invitation_revoked (CX-6): a pending invitation, ended when it could be', () => {
    const expired = { kind: 'invitation_expired', at: EXPIRY, invitation: { ...i1, status: { kind: 'expired' } } };
    expect(issues([expired])).toStrictEqual([]);
    expect(issues([{ ...expired, at: EXPIRY - 1 }])).toStrictEqual(['0.at:conflict/before_expiry']);
    expect(issues([{ ...expired, invitation: i1 }])).toStrictEqual([
      '0.invitation.status.kind:unknown_variant/expired',
    ]);
    const revokedBy = (by: Record<string, unknown>) => ({ ...i1, status: { kind: 'revoked', at: AT, by } });
    const revoked = { kind: 'invitation_revoked', at: AT, invitation: revokedBy({ kind: 'platform' }) };
    expect(issues([revoked])).toStrictEqual([]);
    expect(issues([{ ...revoked, invitation: { ...revoked.invitation, id: 'i9' } }])).toStrictEqual([
      '0.invitation.id:unknown_reference/invitation',
    ]);
    expect(issues([{ ...revoked, invitation: { ...revoked.invitation, rights: ['inbox', 'finance'] } }])).toStrictEqual(
      ['0.invitation.rights:conflict/not_kept'],
    );
    expect(issues([{ ...expired, invitation: { ...expired.invitation, email: 'h@example.com' } }])).toStrictEqual([
      '0.invitation.email:conflict/not_kept',
    ]);
    expect(issues([{ ...revoked, invitation: revokedBy({ kind: 'account', id: 'ghost' }) }])).toStrictEqual([
      '0.invitation.status.by:unknown_reference/account',
    ]);
    expect(
      issues([
        {
          ...revoked,
          at: EXPIRY,
          invitation: { ...revoked.invitation, status: { kind: 'revoked', at: EXPIRY, by: { kind: 'platform' } } },
        },
      ]),
    ).toStrictEqual(['0.at:conflict/after_expiry']);
    expect(issues([expired, { ...revoked, at: EXPIRY }])).toStrictEqual([
      '1.invitation.status:conflict/not_pending',
      '1.at:conflict/after_expiry',
      '1.invitation.status.at:conflict/not_at_event',
    ]);
  });

  it('agreement_terminated (PA-18): an agreement that is there, its whole portfolio unlinked, each property there', () => {
    const event = {
      kind: 'agreement_terminated',
      at: AT,
      agreement: { leid: 1, status: 'terminated' },
      unlinked: [{ id: 'h1', link: { kind: 'none' } }],
    };
    expect(issues([event])).toStrictEqual([]);
    expect(issues([{ ...event, agreement: { leid: 9, status: 'terminated' }, unlinked: [] }])).toStrictEqual([
      '0.agreement.leid:unknown_reference/agreement',
    ]);
    expect(issues([{ ...event, unlinked: [...event.unlinked, { id: 'h8', link: { kind: 'none' } }] }])).toStrictEqual([
      '0.unlinked.1.id:unknown_reference/property',
    ]);
    expect(issues([{ ...event, unlinked: [] }])).toStrictEqual(['0.unlinked:conflict/agreement_is_terminated']);
  });
});

describe('replay, event by event', () => {
  const requested = { kind: 'primary_account_requested', at: AT, requester: 'carl', agreement: 3 };
  const bad = { ...requested, requester: 'ghost' };

  it('stops at the first event refused, and names it by its index', () => {
    expect(issues([bad, requested])).toStrictEqual(['0.requester:unknown_reference/account']);
    expect(issues([requested, bad, bad])).toStrictEqual(['1.requester:unknown_reference/account']);
    expect(issues([requested, requested, { ...requested, at: AT - 1 }])).toStrictEqual(['2.at:out_of_range']);
  });

  it('takes any moment in a world with no clock yet, one before 1970 too', () => {
    const clockless = worldFrom(parseSnapshot(SNAPSHOT)._unsafeUnwrap())._unsafeUnwrap();
    expect(issues([{ ...requested, agreement: 1, at: -5 }], clockless)).toStrictEqual([]);
  });

  it('refuses something that is not a world, a look-alike or a primitive, and answers a frozen world', () => {
    for (const notWorld of [{ kind: 'world', tables: EMPTY_WORLD }, 'world', 7, undefined]) {
      const result = replay(notWorld as never, []);
      expect(result.isErr() && result.error).toStrictEqual({
        code: 'invalid_input',
        issues: [{ path: ['world'], problem: { code: 'not_a_world' } }],
      });
    }
    expect(Object.isFrozen(replay(fixture(), [])._unsafeUnwrap())).toBe(true);
  });
});
