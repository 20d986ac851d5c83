import { insertedAt, removedAt } from './arrays';
import type { PersistentMap } from './persistentMap';

// The sets of keys the world's indexes keep per group (the accounts reaching a property, the
// properties of an agreement). Most hold a few keys, so a set of up to SMALL_SET keys is a frozen
// array in key order: one array of pointers, where a map would add a node per key. A change
// copies it, as a change of a map copies a branch of up to 32 pointers. A set that grows past
// SMALL_SET becomes a persistent map to `true`, and stays one.

/** The most keys a set keeps as an array. */
export const SMALL_SET = 32;

/** A set of keys, all strings or all numbers: an ordered frozen array while small, a map beyond. */
export type KeySet<K extends string | number> = readonly K[] | PersistentMap<K, true>;

// Keys of one set are all strings or all numbers, so `<` orders them totally; and they are
// distinct, so no two are equal.
const order = <K extends string | number>(a: K, b: K): number => (a < b ? -1 : 1);

// Where `key` is in the ordered `keys`, or where it would go.
const positionOf = <K extends string | number>(keys: readonly K[], key: K): number => {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = keys[middle] as K;
    if (probe < key) low = middle + 1;
    else high = middle;
  }
  return low;
};

const NONE: readonly never[] = Object.freeze([]);

const isSmall = <K extends string | number>(set: KeySet<K>): set is readonly K[] => Array.isArray(set);

/** How many keys `set` holds. */
export const setSize = <K extends string | number>(set: KeySet<K> | undefined): number =>
  set === undefined ? 0 : isSmall(set) ? set.length : set.size;

/**
 * `set` with `key` in it. `owner` is the index the set is kept in: a set that becomes or is a map
 * joins its batch, so inside an open batch the map is written in place.
 */
export const setWith = <K extends string | number>(
  set: KeySet<K> | undefined,
  key: K,
  owner: PersistentMap<string | number, unknown>,
): KeySet<K> => {
  if (set === undefined) return Object.freeze([key]);
  if (!isSmall(set)) return owner.adopt(set).set(key, true);
  const at = positionOf(set, key);
  if (set[at] === key) return set;
  if (set.length < SMALL_SET) return Object.freeze(insertedAt(set, at, key));
  let grown = owner.adopt<K, true>(undefined);
  for (const member of set) grown = grown.set(member, true);
  return grown.set(key, true);
};

/** `set` without `key`: the same set when it did not hold it, and no keys for no set. */
export const setWithout = <K extends string | number>(set: KeySet<K> | undefined, key: K): KeySet<K> => {
  if (set === undefined) return NONE;
  if (!isSmall(set)) return set.delete(key);
  const at = positionOf(set, key);
  if (set[at] !== key) return set;
  return Object.freeze(removedAt(set, at));
};

/** The keys of `set` in order; none for no set. */
export const setKeys = <K extends string | number>(set: KeySet<K> | undefined): readonly K[] => {
  if (set === undefined) return NONE;
  return isSmall(set) ? set : set.keyList().sort(order);
};
