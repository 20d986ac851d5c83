import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { PersistentMap } from '../../src/world/persistentMap';
import { collidingKeys, fnv1a } from '../support/collidingKeys';

// The world's indexes stand on this map; it must behave as a Map, and never change once made.
const op = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -50, max: 5000 })),
    value: fc.integer(),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    key: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -50, max: 5000 })),
  }),
);

describe('PersistentMap', () => {
  it('agrees with a Map after any sequence of sets and deletes, and leaves every earlier version as it was', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        let map = PersistentMap.empty<string | number, number>();
        const model = new Map<string | number, number>();
        const versions: [PersistentMap<string | number, number>, [string | number, number][]][] = [];
        for (const step of ops) {
          versions.push([map, [...model.entries()]]);
          if (step.kind === 'set') {
            map = map.set(step.key, step.value);
            model.set(step.key, step.value);
          } else {
            map = map.delete(step.key);
            model.delete(step.key);
          }
          expect(map.size).toBe(model.size);
        }
        for (const [key, value] of model) expect(map.get(key)).toBe(value);
        expect(new Map(map.entries())).toStrictEqual(model);
        expect(map.keyList()).toStrictEqual([...map.keys()]);
        for (const [version, entries] of versions) expect(new Map(version.entries())).toStrictEqual(new Map(entries));
      }),
    );
  });

  it('holds 100,000 keys and finds each one (every slot of a branch, 31 included)', { timeout: 60_000 }, () => {
    let map = PersistentMap.empty<string, number>();
    for (let index = 0; index < 100_000; index += 1) map = map.set(`p${String(index)}`, index);
    let found = 0;
    for (let index = 0; index < 100_000; index += 1) if (map.get(`p${String(index)}`) === index) found += 1;
    expect(found).toBe(100_000);
    expect(map.size).toBe(100_000);
  });

  it('keeps keys whose 32-bit hashes are equal side by side, and removes them one at a time', () => {
    // FNV-1a collisions, found by search: each pair hashes alike.
    const pairs = [
      ['k4uzx', 'kf2ad'],
      ['k4uzy', 'kf2ae'],
    ] as const;
    let map = PersistentMap.empty<string, string>();
    for (const [a, b] of pairs) map = map.set(a, a).set(b, b).set('other', 'other');
    expect([...pairs.flat(), 'other'].map((key) => map.get(key))).toStrictEqual([...pairs.flat(), 'other']);
    const fewer = map.delete('k4uzx');
    expect([fewer.get('k4uzx'), fewer.get('kf2ad'), fewer.size]).toStrictEqual([undefined, 'kf2ad', 4]);
    expect(fewer.delete('kf2ad').delete('kf2ad').size).toBe(3);
    expect(map.get('k4uzx')).toBe('k4uzx');
  });

  it('keeps numbers apart that share a 32-bit hash (n and n + k·2³²), and orders them by value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.nat(11)),
        (base, multiples, deletions) => {
          const keys = multiples.map((k) => base + k * 2 ** 32);
          let map = PersistentMap.empty<number, number>();
          const model = new Map<number, number>();
          for (const key of keys) {
            map = map.set(key, key);
            model.set(key, key);
          }
          for (const index of deletions) {
            const key = keys[index % keys.length] ?? 0;
            map = map.delete(key);
            model.delete(key);
          }
          expect(new Map(map.entries())).toStrictEqual(model);
          for (const key of keys) expect(map.get(key)).toBe(model.get(key));
        },
      ),
    );
  });

  it('answers a set that changes nothing with the same map, at any depth and among keys of one hash', () => {
    const keys = [...collidingKeys(4), ...Array.from({ length: 2000 }, (_, index) => `k${String(index)}`)];
    const map = keys.reduce((built, key) => built.set(key, key.length), PersistentMap.empty<string, number>());
    for (const key of keys) expect(map.set(key, key.length)).toBe(map);
    for (const key of keys.slice(0, 4)) expect(map.set(key, -1).get(key)).toBe(-1);
  });

  it('in a batch, writes in place only into nodes the batch made: the map it started from stays as it was, and after the batch it is persistent', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 200 }),
        fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 200 }),
        (before, during) => {
          const base = before.reduce((map, key) => map.set(key, 0), PersistentMap.empty<string, number>());
          const baseEntries = [...base.entries()];
          const batch = { done: false };
          const built = during.reduce((map, key) => map.set(key, 1), base.inBatch(batch));
          batch.done = true;
          expect([...base.entries()]).toStrictEqual(baseEntries);
          const expected = new Map<string, number>([
            ...before.map((key): [string, number] => [key, 0]),
            ...during.map((key): [string, number] => [key, 1]),
          ]);
          expect(new Map(built.entries())).toStrictEqual(expected);
          const later = built.set('after', 2);
          expect(later).not.toBe(built);
          expect(built.has('after')).toBe(during.includes('after') || before.includes('after'));
        },
      ),
    );
  });

  it('counts every key set in a batch, so deleting all but one after it leaves one (a group of 3+ once kept a count of 2)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { minLength: 3, maxLength: 60 }), (keys) => {
        const batch = { done: false };
        const built = keys.reduce((map, key) => map.set(key, true), PersistentMap.empty<string, true>().inBatch(batch));
        batch.done = true;
        expect(built.size).toBe(keys.length);
        const [last, ...others] = keys;
        const left = others.reduce((map, key) => map.delete(key), built);
        expect([left.size, last === undefined ? false : left.has(last)]).toStrictEqual([1, true]);
      }),
    );
  });

  it('agrees with a Map when every key has the same hash, in and out of batches', () => {
    const keys = collidingKeys(6);
    expect(new Set(keys.map(fnv1a)).size).toBe(1);
    const op = fc.record({
      set: fc.boolean(),
      key: fc.constantFrom(...keys),
      value: fc.integer(),
      batch: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        let map = PersistentMap.empty<string, number>();
        const model = new Map<string, number>();
        for (const { set, key, value, batch } of ops) {
          const open = { done: false };
          const target = batch ? map.inBatch(open) : map;
          map = set ? target.set(key, value) : target.delete(key);
          open.done = true;
          if (set) model.set(key, value);
          else model.delete(key);
          expect(map.size).toBe(model.size);
        }
        expect(new Map(map.entries())).toStrictEqual(model);
        expect(map.keyList()).toStrictEqual([...map.keys()]);
        for (const key of keys) expect(map.get(key)).toBe(model.get(key));
      }),
    );
  });

  it(
    'holds 16,384 keys of one hash and finds each, as a balanced tree would (no flat list to copy)',
    { timeout: 60_000 },
    () => {
      const keys = collidingKeys(14);
      const batch = { done: false };
      let map = PersistentMap.empty<string, number>().inBatch(batch);
      keys.forEach((key, index) => (map = map.set(key, index)));
      batch.done = true;
      expect(map.size).toBe(keys.length);
      expect(keys.every((key, index) => map.get(key) === index)).toBe(true);
      const half = keys.slice(0, keys.length / 2).reduce((smaller, key) => smaller.delete(key), map);
      expect(half.size).toBe(keys.length / 2);
      expect(half.get(keys[keys.length - 1] ?? '')).toBe(keys.length - 1);
    },
  );

  it('returns itself for a change that changes nothing, and finds nothing for a key of the wrong type', () => {
    const map = PersistentMap.empty<string, number>().set('a', 1);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('b')).toBe(map);
    expect(map.get(null as unknown as string)).toBeUndefined(); // an untyped caller's key
  });
});
