import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersistentMap } from '../../src/world/persistentMap';

// The world's indexes stand on this map; it must behave as a Map, and never change once made.
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -50, max: 5000 })), value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key: fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -50, max: 5000 })) }),
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
    const pairs = [['k4uzx', 'kf2ad'], ['k4uzy', 'kf2ae']] as const;
    let map = PersistentMap.empty<string, string>();
    for (const [a, b] of pairs) map = map.set(a, a).set(b, b).set('other', 'other');
    expect([...pairs.flat(), 'other'].map((key) => map.get(key))).toStrictEqual([...pairs.flat(), 'other']);
    const fewer = map.delete('k4uzx');
    expect([fewer.get('k4uzx'), fewer.get('kf2ad'), fewer.size]).toStrictEqual([undefined, 'kf2ad', 4]);
    expect(fewer.delete('kf2ad').delete('kf2ad').size).toBe(3);
    expect(map.get('k4uzx')).toBe('k4uzx');
  });

  it('in a batch, writes in place only into nodes the batch made: the map it started from stays as it was, and after the batch it is persistent', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 200 }), fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 200 }), (before, during) => {
        const base = before.reduce((map, key) => map.set(key, 0), PersistentMap.empty<string, number>());
        const baseEntries = [...base.entries()];
        const batch = { done: false };
        const built = during.reduce((map, key) => map.set(key, 1), base.inBatch(batch));
        batch.done = true;
        expect([...base.entries()]).toStrictEqual(baseEntries);
        const expected = new Map<string, number>([...before.map((key): [string, number] => [key, 0]), ...during.map((key): [string, number] => [key, 1])]);
        expect(new Map(built.entries())).toStrictEqual(expected);
        const later = built.set('after', 2);
        expect(later).not.toBe(built);
        expect(built.has('after')).toBe(during.includes('after') || before.includes('after'));
      }),
    );
  });

  it('returns itself for a change that changes nothing, and finds nothing for a key of the wrong type', () => {
    const map = PersistentMap.empty<string, number>().set('a', 1);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('b')).toBe(map);
    expect(map.get(null as unknown as string)).toBeUndefined(); // an untyped caller's key
  });
});
