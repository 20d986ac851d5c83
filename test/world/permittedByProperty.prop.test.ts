import fc from 'fast-check';
import { err } from 'neverthrow';
import {
  type CommandActor,
  EMPTY_WORLD,
  MAX_LISTING,
  permittedActions,
  permittedActionsByProperty,
  snapshotOf,
  type World,
} from 'partner-account-rules';
import { describe, expect, it } from 'vitest';

import { actorsOf, seed, worlds } from './sequences';

// permittedActionsByProperty answers, property by property, exactly what permittedActions answers
// about each: for generated worlds, every actor (each account, each invitee, the platform, one the
// world does not hold), a listing of every property, one the world does not hold and a repeat.

const HOUR = 3_600_000;

// Each of the world's actors, and an account the world does not hold.
const everyone = (world: World): CommandActor[] => [
  ...actorsOf(world),
  { kind: 'account', id: 'nobody' } as CommandActor,
];

describe('permittedActionsByProperty', () => {
  it('answers for each property what permittedActions answers about it', () => {
    const seen = { listings: 0, properties: 0, refusedActor: 0 };
    fc.assert(
      fc.property(worlds, fc.integer({ min: -2, max: 200 }), (world, hours) => {
        const now = (snapshotOf(world).clock ?? 0) + hours * HOUR;
        const ids = snapshotOf(world).properties.map(({ id }) => id);
        const listing = [...ids, 'nowhere', ...ids.slice(0, 1)];
        for (const actor of everyone(world)) {
          const bulk = permittedActionsByProperty(world, actor, now as never, listing as never);
          const one = listing.map((property) => permittedActions(world, actor, now as never, property as never));
          seen.listings += 1;
          if (bulk.isErr()) {
            // What refuses the actor or the moment refuses it about every property alike.
            seen.refusedActor += 1;
            for (const answer of one) expect(answer, seed()).toEqual(bulk);
            continue;
          }
          expect(
            bulk.value.map(({ property }) => property),
            seed(),
          ).toEqual(listing);
          bulk.value.forEach(({ permissions }, index) => {
            seen.properties += 1;
            expect(
              one[index]?._unsafeUnwrap(),
              `${seed()} ${JSON.stringify(actor)} at ${String(listing[index])}`,
            ).toEqual(permissions);
          });
        }
      }),
    );
    // Both sides come up: listings answered and actors refused.
    expect(seen.properties, seed()).toBeGreaterThan(seen.listings);
    expect(seen.refusedActor, seed()).toBeGreaterThan(0);
  });

  it('refuses a moment before the world\u2019s clock, about one property and in a listing, and answers at the clock', () => {
    const world = fc.sample(
      worlds.filter((generated) => typeof snapshotOf(generated).clock === 'number'),
      { numRuns: 1, seed: 7 },
    )[0] as World;
    const clock = snapshotOf(world).clock as number;
    const ids = snapshotOf(world).properties.map(({ id }) => id);
    const backwards = err({ code: 'time_went_backwards', rules: [], facts: { now: clock - 1, clock }, remedies: [] });
    for (const actor of actorsOf(world)) {
      const where = `${JSON.stringify(actor)} at ${String(clock - 1)}`;
      expect(permittedActions(world, actor, (clock - 1) as never), where).toStrictEqual(backwards);
      expect(permittedActions(world, actor, (clock - 1) as never, ids[0] as never), where).toStrictEqual(backwards);
      expect(permittedActionsByProperty(world, actor, (clock - 1) as never, ids as never), where).toStrictEqual(
        backwards,
      );
      expect(permittedActions(world, actor, clock as never).isOk(), where).toBe(true);
      expect(permittedActionsByProperty(world, actor, clock as never, ids as never).isOk(), where).toBe(true);
    }
    // A world with no clock yet refuses no moment, not even one before 1970.
    expect(permittedActions(EMPTY_WORLD, { kind: 'platform' }, -1 as never).isOk()).toBe(true);
    expect(permittedActionsByProperty(EMPTY_WORLD, { kind: 'platform' }, -1 as never, []).isOk()).toBe(true);
  });

  it('answers a listing frozen, each property with its permissions', () => {
    const world = fc.sample(worlds, { numRuns: 1, seed: 7 })[0] as World;
    const ids = snapshotOf(world).properties.map(({ id }) => id);
    const answer = permittedActionsByProperty(world, { kind: 'platform' }, Date.UTC(2030, 0, 1) as never, ids);
    const listing = answer._unsafeUnwrap();
    expect(Object.isFrozen(listing)).toBe(true);
    for (const entry of listing) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(Object.isFrozen(entry.permissions)).toBe(true);
    }
  });

  it('refuses a listing that is not a list of property IDs, or too long, by the field', () => {
    const world = fc.sample(worlds, { numRuns: 1, seed: 7 })[0] as World;
    const now = Date.UTC(2030, 0, 1) as never;
    const platform: CommandActor = { kind: 'platform' };
    const issuesOf = (properties: unknown) =>
      permittedActionsByProperty(world, platform, now, properties as never)._unsafeUnwrapErr();
    expect(issuesOf('h1')).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['properties'], problem: { code: 'wrong_type' } }],
    });
    expect(issuesOf(['h1', 7])).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['properties', 1] }],
    });
    expect(issuesOf(new Array(MAX_LISTING + 1))).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['properties'], problem: { code: 'too_long', max: MAX_LISTING } }],
    });
  });
});
