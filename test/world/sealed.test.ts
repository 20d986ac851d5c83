import {
  accessRights,
  AREAS,
  canInvite,
  execute,
  findAccount,
  findInvitation,
  LOCALES,
  MAX_ISSUES,
  propertiesOf,
  RULE_IDS,
  RULES,
  snapshotOf,
  whoReaches,
  WORLD_REJECTION_CODES,
  worldFrom,
  type WorldSnapshot,
} from 'partner-account-rules';
import { parseSnapshot } from 'partner-account-rules/schema';
import { describe, expect, it } from 'vitest';

import { by, command, SNAPSHOT, world } from './world';

// The world keeps frozen copies of checked own fields, and hands out only frozen values: nothing
// a caller holds, before or after, can change a world (INV-8).

const plain = (): WorldSnapshot => JSON.parse(JSON.stringify(SNAPSHOT)) as WorldSnapshot; // the shape of the JSON, unbranded
const reachers = (current: ReturnType<typeof world>, property: string) =>
  whoReaches(current, property as never).map((reach) => reach.account);

describe('sealed records', () => {
  it('INV-8: worldFrom keeps no object of the snapshot it was given', () => {
    const snapshot = plain();
    const built = worldFrom(snapshot)._unsafeUnwrap();
    const carl = snapshot.accounts[2] as unknown as { properties: string[]; rights: string[] }; // the caller's own plain object
    carl.properties.push('h2');
    carl.rights.splice(0, 1, 'admin');
    expect(propertiesOf(built, 'carl' as never)).toStrictEqual(['h1']);
    expect(findAccount(built, 'carl' as never)).toMatchObject({ rights: ['inbox'] });
    expect(reachers(built, 'h2')).toStrictEqual(['bo']);
  });

  it('INV-8: what snapshotOf, execute, its events and the queries hand out is frozen all the way down', () => {
    const done = execute(
      world(),
      command({
        action: 'create_user',
        actor: by('anna'),
        property: 'h1',
        user: { id: 'n1', login: 'newbie', email: 'n@example.com', name: 'N', rights: ['inbox'] },
      }),
    )._unsafeUnwrap();
    const snapshot = snapshotOf(done.world);
    const frozenAll = (value: unknown): boolean =>
      typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozenAll));
    expect(
      [
        snapshot,
        done,
        done.events,
        whoReaches(done.world, 'h1' as never),
        propertiesOf(done.world, 'anna' as never),
      ].every(frozenAll),
    ).toBe(true);
    expect(() =>
      (done.events[0] as unknown as { account: { properties: string[] } }).account.properties.push('h2'),
    ).toThrow(TypeError);
    expect(propertiesOf(done.world, 'n1' as never)).toStrictEqual(['h1']);
  });

  it('INV-8: a command\u2019s arrays, changed by the caller after execute, do not change the world', () => {
    const rights = ['inbox'];
    const raw = {
      action: 'create_user',
      actor: by('anna'),
      now: Date.parse('2026-11-22T10:00:00Z'),
      property: 'h1',
      user: { id: 'n1', login: 'newbie', email: 'n@example.com', name: 'N', rights },
    };
    const done = execute(world(), raw as never)._unsafeUnwrap();
    rights[0] = 'admin';
    expect(findAccount(done.world, 'n1' as never)).toMatchObject({ rights: ['inbox'] });
  });

  it('stores only the fields of the shape: an extra field of a command is not kept, so the snapshot stays valid JSON for the boundary', () => {
    const raw = {
      action: 'invite',
      actor: by('anna'),
      now: 0,
      property: 'h1',
      invitee: { id: 'i1', name: 'G', email: 'g@example.com', rights: ['inbox'], note: '<script>' },
    };
    const done = execute(world(), raw as never)._unsafeUnwrap();
    expect(Object.keys(findInvitation(done.world, 'i1' as never) ?? {}).sort()).toStrictEqual([
      'email',
      'id',
      'invitedBy',
      'name',
      'property',
      'rights',
      'sentAt',
      'status',
    ]);
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshotOf(done.world)))).isOk()).toBe(true);
  });

  it('reads own fields only: a class instance whose fields are getters on its prototype is refused, not stored without them', () => {
    class Invitee {
      get id(): string {
        return 'i1';
      }
      get email(): string {
        return 'g@example.com';
      }
    }
    const raw = { action: 'invite', actor: by('anna'), now: 0, property: 'h1', invitee: new Invitee() };
    const refused = execute(world(), raw as never)._unsafeUnwrapErr();
    expect(refused.code === 'invalid_input' && refused.issues.map((issue) => issue.path.join('.'))).toStrictEqual([
      'invitee.id',
      'invitee.name',
      'invitee.email',
      'invitee.rights',
    ]);
  });

  it('a sparse list of rights is refused, never taken for a choice', () => {
    expect(accessRights(new Array(5))._unsafeUnwrapErr().problem.code).toBe('unknown_variant');
    const raw = {
      action: 'create_user',
      actor: by('anna'),
      now: 0,
      property: 'h1',
      user: { id: 'n2', login: 'holey', email: 'h@example.com', name: 'H', rights: new Array(5) },
    };
    expect(execute(world(), raw as never)._unsafeUnwrapErr().code).toBe('invalid_input');
  });

  it('decides on what it checked: a getter that answers well once and badly after is read once', () => {
    const snapshot = worldFrom(plain())._unsafeUnwrap();
    const anna = findAccount(snapshot, 'anna' as never);
    let reads = 0;
    const invitee = Object.defineProperty(
      { id: 'i1', name: 'G', rights: accessRights(['inbox'])._unsafeUnwrap() },
      'email',
      {
        enumerable: true,
        get: () => {
          reads += 1;
          return reads === 1 ? 'g@example.com' : 42;
        },
      },
    );
    const result = canInvite({
      actor: anna as never,
      property: { id: 'h1', link: { kind: 'agreement', leid: 1 } } as never,
      invitee: invitee as never,
      now: 0 as never,
      invitations: [],
    });
    expect([result.isOk(), reads]).toStrictEqual([true, 1]);
  });

  it('exported constants are frozen', () => {
    expect(
      [AREAS, LOCALES, RULES, RULES[0], RULE_IDS, WORLD_REJECTION_CODES].every((value) => Object.isFrozen(value)),
    ).toBe(true);
  });

  it('an error lists at most MAX_ISSUES issues, then how many more, for the core and the boundary alike', () => {
    const bad = { ...plain(), properties: Array.from({ length: 5_000 }, () => 'x') };
    for (const error of [worldFrom(bad as never)._unsafeUnwrapErr(), parseSnapshot(bad)._unsafeUnwrapErr()]) {
      expect(error.issues).toHaveLength(MAX_ISSUES + 1);
      expect(error.issues[MAX_ISSUES]).toStrictEqual({
        path: [],
        problem: { code: 'more_issues', count: 5_000 - MAX_ISSUES },
      });
    }
  });

  it('parses 200,000 wrong items of one list without overflowing the stack', () => {
    const json = JSON.parse(
      JSON.stringify({
        accounts: [
          {
            kind: 'non_primary',
            id: 'u',
            login: 'u',
            email: 'u@example.com',
            name: 'U',
            rights: new Array(200_000).fill('x'),
            properties: [],
          },
        ],
      }),
    ) as unknown;
    // A list longer than the core allows is refused before its items are read.
    expect(parseSnapshot(json)._unsafeUnwrapErr().issues).toStrictEqual([
      { path: ['accounts', 0, 'rights'], problem: { code: 'too_long', max: 32, length: 200_000 } },
    ]);
  });

  it(
    'says what is wrong with a million bad items of one nested list, where zod alone would overflow the stack',
    { timeout: 30_000 },
    () => {
      const json = {
        accounts: [
          {
            kind: 'non_primary',
            id: 'u',
            login: 'u',
            email: 'u@example.com',
            name: 'U',
            rights: [],
            properties: new Array(1_000_000).fill(5),
          },
        ],
      };
      const { issues } = parseSnapshot(json)._unsafeUnwrapErr();
      expect(issues[0]).toStrictEqual({
        path: ['accounts', 0, 'properties', 0],
        problem: { code: 'wrong_type', expected: ['string'], received: 'number' },
      });
      expect(issues.at(-1)).toStrictEqual({
        path: [],
        problem: { code: 'more_issues', count: 1_000_000 - MAX_ISSUES },
      });
    },
  );
});
