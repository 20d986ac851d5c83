import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type KeySet, setKeys, setSize, setWith, setWithout, SMALL_SET } from '../../src/world/keySet';
import { PersistentMap } from '../../src/world/persistentMap';

// The sets under the world's group indexes: they must behave as a Set whose keys come out in
// order, at every size (as an array up to SMALL_SET keys, as a map beyond), and never change.

const ordered = <K extends string | number>(keys: Iterable<K>): K[] =>
  [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Keys drawn from a pool larger than SMALL_SET, so that sets cross it both ways.
const stringKeys = fc.array(
  fc.record({ add: fc.boolean(), key: fc.integer({ min: 0, max: SMALL_SET * 2 }).map((n) => `k${String(n)}`) }),
  { maxLength: 400 },
);
const numberKeys = fc.array(
  fc.record({ add: fc.boolean(), key: fc.integer({ min: -SMALL_SET, max: SMALL_SET * 2 }) }),
  { maxLength: 400 },
);

type Key = string | number;

const follow = (
  steps: readonly { readonly add: boolean; readonly key: Key }[],
  owner: PersistentMap<string | number, unknown>,
): void => {
  let set: KeySet<Key> | undefined;
  const model = new Set<Key>();
  const versions: [KeySet<Key> | undefined, Key[]][] = [];
  for (const { add, key } of steps) {
    versions.push([set, ordered(model)]);
    const before = set;
    set = add ? setWith(set, key, owner) : setWithout(set, key);
    if (add) model.add(key);
    else model.delete(key);
    expect(setSize(set)).toBe(model.size);
    expect(setKeys(set).includes(key)).toBe(add);
    if (Array.isArray(set)) expect(Object.isFrozen(set)).toBe(true);
    if (Array.isArray(before) && before.includes(key) === add) expect(set).toBe(before);
  }
  expect(setKeys(set)).toStrictEqual(ordered(model));
  // Every earlier version answers as it did when it was made.
  for (const [version, keys] of versions) {
    expect(setKeys(version)).toStrictEqual(keys);
    expect(setSize(version)).toBe(keys.length);
  }
};

describe('KeySet', () => {
  it('agrees with a Set of strings after any adds and removes, lists its keys in order, and keeps every earlier version', () => {
    fc.assert(
      fc.property(stringKeys, (steps) => {
        follow(steps, PersistentMap.empty());
      }),
    );
  });

  it('agrees with a Set of numbers too, ordered as numbers (10 after 9)', () => {
    fc.assert(
      fc.property(numberKeys, (steps) => {
        follow(steps, PersistentMap.empty());
      }),
    );
  });

  it('in an open batch, a set that became a map is written in place, and the sets made before the batch are untouched', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: SMALL_SET + 1, maxLength: 120 }),
        (keys) => {
          const before = keys
            .slice(0, SMALL_SET + 1)
            .reduce<KeySet<number> | undefined>((set, key) => setWith(set, key, PersistentMap.empty()), undefined);
          const beforeKeys = setKeys(before);
          const batch = { done: false };
          const owner = PersistentMap.empty<string, unknown>().inBatch(batch);
          const grown = keys.slice(SMALL_SET + 1).reduce((set, key, index) => {
            const next = setWith(set, key, owner);
            // The first change copies the map made before the batch; the later ones write into that copy.
            if (index === 0) expect(next).not.toBe(set);
            else expect(next).toBe(set);
            return next;
          }, before);
          batch.done = true;
          expect(setKeys(before)).toStrictEqual(beforeKeys);
          expect(setKeys(grown)).toStrictEqual(ordered(keys));
        },
      ),
    );
  });

  it('is an array up to SMALL_SET keys and a map past it', () => {
    const keys = Array.from({ length: SMALL_SET + 1 }, (_, index) => index);
    const small = keys
      .slice(0, SMALL_SET)
      .reduce<KeySet<number> | undefined>((set, key) => setWith(set, key, PersistentMap.empty()), undefined);
    expect(Array.isArray(small)).toBe(true);
    const large = setWith(small, SMALL_SET, PersistentMap.empty());
    expect(large).toBeInstanceOf(PersistentMap);
    expect(setKeys(large)).toStrictEqual(keys);
  });

  it('answers the same set for a key it holds already, or a key it lacks taken out, small or large', () => {
    for (const count of [3, SMALL_SET + 3]) {
      const keys = Array.from({ length: count }, (_, index) => `k${String(index).padStart(3, '0')}`);
      const set = keys.reduce<KeySet<string> | undefined>(
        (built, key) => setWith(built, key, PersistentMap.empty()),
        undefined,
      );
      for (const key of keys) expect(setWith(set, key, PersistentMap.empty())).toBe(set);
      expect(setWithout(set, 'absent')).toBe(set);
      expect(setSize(set)).toBe(count);
    }
  });

  it('knows nothing of no set: nothing in it, nothing to take out', () => {
    expect([setSize(undefined), setKeys(undefined)]).toStrictEqual([0, []]);
    expect(setWithout(undefined, 'a')).toStrictEqual([]);
  });
});
