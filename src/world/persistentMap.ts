// A persistent hash map (a hash array mapped trie): every change returns a new map that shares
// all but the changed path with the old one, so a change costs O(log32 n) copies of at most 32
// pointers, and an old world stays valid and unchanged. Written here rather than taken from a
// dependency: the world needs only get/set/delete/iterate, and the package keeps to neverthrow
// and zod at run time. Keys whose hashes are equal (which anyone can make for FNV-1a) sit in a
// balanced tree ordered by a second, unrelated hash of the key, then the key, so even a flood of
// them costs O(log n) a change.

import { insertedAt, removedAt, replacedAt } from './arrays';

type Key = string | number;

interface Leaf<K, V> {
  readonly kind: 'leaf';
  readonly hash: number;
  readonly key: K;
  readonly value: V;
}

/**
 * A batch of changes that may write into the nodes it made itself, instead of copying them:
 * how a whole world is built from a snapshot without copying a path per record. Once `done`,
 * every map of the batch is persistent again.
 */
export interface Batch {
  done: boolean;
}

// Keys whose 32-bit hashes are equal, once the hash bits run out: an AVL tree ordered by a second,
// unrelated hash of the key (its rank), then by the key itself. Colliding keys made for FNV-1a
// rarely share a rank too, so a step down the tree is mostly one comparison of two integers.
interface Tree<K, V> {
  readonly leaf: Leaf<K, V>;
  readonly rank: number;
  readonly left: Tree<K, V> | undefined;
  readonly right: Tree<K, V> | undefined;
  readonly height: number;
}

interface Collision<K, V> {
  readonly kind: 'collision';
  readonly hash: number;
  readonly size: number;
  readonly tree: Tree<K, V>;
}

interface Branch<K, V> {
  readonly kind: 'branch';
  bitmap: number;
  children: Node<K, V>[];
  /** The open batch that made this node, which alone may write into it. */
  readonly batch: Batch | undefined;
}

type Node<K, V> = Leaf<K, V> | Collision<K, V> | Branch<K, V>;

const BITS = 5;
const MASK = (1 << BITS) - 1;
const MAX_SHIFT = 30;

// FNV-1a over UTF-16 code units for strings; an integer mix for numbers (LEIDs).
const hashOf = (key: Key): number => {
  // Keys from untyped callers may be anything; a non-key hashes to 0 and matches nothing stored.
  if (typeof key !== 'string' && typeof key !== 'number') return 0;
  if (typeof key === 'number') {
    let mixed = Math.imul(key ^ (key >>> 16), 0x45d9f3b) | 0;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b) | 0;
    return (mixed ^ (mixed >>> 16)) | 0;
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash | 0;
};

// The collision tree's order: for strings a multiply-xorshift hash unlike FNV-1a; numbers order
// by themselves, so their rank is 0.
const rankOf = (key: Key): number => {
  if (typeof key !== 'string') return 0;
  let rank = 0x9e3779b9;
  for (let index = 0; index < key.length; index += 1) {
    rank = Math.imul(rank ^ key.charCodeAt(index), 0x5bd1e995);
    rank ^= rank >>> 15;
  }
  return rank | 0;
};

const popcount = (bits: number): number => {
  let count = bits - ((bits >>> 1) & 0x55555555);
  count = (count & 0x33333333) + ((count >>> 2) & 0x33333333);
  return (Math.imul((count + (count >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
};

const slot = (hash: number, shift: number): number => 1 << ((hash >>> shift) & MASK);
const indexOf = (bitmap: number, bit: number): number => popcount(bitmap & (bit - 1));

// Keys of one map are all strings or all numbers, so `<` orders them totally.
const compare = <K>(rank: number, key: K, node: Tree<K, unknown>): number => {
  if (rank !== node.rank) return rank < node.rank ? -1 : 1;
  const other = node.leaf.key;
  return key < other ? -1 : key > other ? 1 : 0;
};

const heightOf = <K, V>(tree: Tree<K, V> | undefined): number => tree?.height ?? 0;

// The entry of a tree node: its leaf and that leaf's rank, carried together through rotations.
type Entry<K, V> = Pick<Tree<K, V>, 'leaf' | 'rank'>;

const tree = <K, V>(entry: Entry<K, V>, left: Tree<K, V> | undefined, right: Tree<K, V> | undefined): Tree<K, V> => ({
  leaf: entry.leaf,
  rank: entry.rank,
  left,
  right,
  height: Math.max(heightOf(left), heightOf(right)) + 1,
});

// One or two rotations bring the heights of the two sides within one of each other again.
const balanced = <K, V>(
  entry: Entry<K, V>,
  left: Tree<K, V> | undefined,
  right: Tree<K, V> | undefined,
): Tree<K, V> => {
  const lean = heightOf(left) - heightOf(right);
  if (lean > 1 && left !== undefined) {
    const inner = heightOf(left.left) >= heightOf(left.right) ? left : rotated(left, 'left');
    return tree(inner, inner.left, tree(entry, inner.right, right));
  }
  if (lean < -1 && right !== undefined) {
    const inner = heightOf(right.right) >= heightOf(right.left) ? right : rotated(right, 'right');
    return tree(inner, tree(entry, left, inner.left), inner.right);
  }
  return tree(entry, left, right);
};

// The subtree turned so that its heavier grandchild comes up on the side named.
const rotated = <K, V>(node: Tree<K, V>, side: 'left' | 'right'): Tree<K, V> => {
  if (side === 'left' && node.right !== undefined) {
    const up = node.right;
    return tree(up, tree(node, node.left, up.left), up.right);
  }
  if (side === 'right' && node.left !== undefined) {
    const up = node.left;
    return tree(up, up.left, tree(node, up.right, node.right));
  }
  return node;
};

const treeFind = <K, V>(root: Tree<K, V> | undefined, key: K): Leaf<K, V> | undefined => {
  const rank = rankOf(key as Key);
  let node = root;
  while (node !== undefined) {
    const order = compare(rank, key, node);
    if (order === 0) return node.leaf;
    node = order < 0 ? node.left : node.right;
  }
  return undefined;
};

// The tree with `entry` in it: the same tree when it already held that key with that value.
const treeInsert = <K, V>(node: Tree<K, V> | undefined, entry: Entry<K, V>): Tree<K, V> => {
  if (node === undefined) return tree(entry, undefined, undefined);
  const order = compare(entry.rank, entry.leaf.key, node);
  if (order === 0) return node.leaf.value === entry.leaf.value ? node : { ...node, leaf: entry.leaf };
  if (order < 0) {
    const left = treeInsert(node.left, entry);
    return left === node.left ? node : balanced(node, left, node.right);
  }
  const right = treeInsert(node.right, entry);
  return right === node.right ? node : balanced(node, node.left, right);
};

const treeFirst = <K, V>(node: Tree<K, V>): Tree<K, V> => (node.left === undefined ? node : treeFirst(node.left));

const treeRemove = <K, V>(node: Tree<K, V> | undefined, rank: number, key: K): Tree<K, V> | undefined => {
  if (node === undefined) return undefined;
  const order = compare(rank, key, node);
  if (order < 0) return balanced(node, treeRemove(node.left, rank, key), node.right);
  if (order > 0) return balanced(node, node.left, treeRemove(node.right, rank, key));
  if (node.left === undefined) return node.right;
  if (node.right === undefined) return node.left;
  const next = treeFirst(node.right);
  return balanced(next, node.left, treeRemove(node.right, next.rank, next.leaf.key));
};

function* treeLeaves<K, V>(node: Tree<K, V> | undefined): Generator<Leaf<K, V>, void, undefined> {
  if (node === undefined) return;
  yield* treeLeaves(node.left);
  yield node.leaf;
  yield* treeLeaves(node.right);
}

const collision = <K, V>(hash: number, size: number, root: Tree<K, V>): Collision<K, V> => ({
  kind: 'collision',
  hash,
  size,
  tree: root,
});

// Two nodes with different hashes (or one beyond the hash bits) under one new branch.
const pair = <K, V>(
  shift: number,
  first: Leaf<K, V> | Collision<K, V>,
  second: Leaf<K, V>,
  batch: Batch | undefined,
): Node<K, V> => {
  if (shift > MAX_SHIFT || first.hash === second.hash) {
    if (first.kind === 'leaf') {
      const root = tree({ leaf: first, rank: rankOf(first.key as Key) }, undefined, undefined);
      return collision(first.hash, 2, treeInsert(root, { leaf: second, rank: rankOf(second.key as Key) }));
    }
    return put(first, shift, second, batch);
  }
  const a = slot(first.hash, shift);
  const b = slot(second.hash, shift);
  if (a === b) return { kind: 'branch', bitmap: a, children: [pair(shift + BITS, first, second, batch)], batch };
  // Unsigned: the bit for slot 31 is negative as a 32-bit integer, yet it comes last.
  return { kind: 'branch', bitmap: a | b, children: a >>> 0 < b >>> 0 ? [first, second] : [second, first], batch };
};

// Within an open batch, a branch the batch made is written in place; every other one is copied.
const put = <K, V>(node: Node<K, V>, shift: number, leaf: Leaf<K, V>, batch: Batch | undefined): Node<K, V> => {
  switch (node.kind) {
    case 'leaf':
      if (node.key === leaf.key) return node.value === leaf.value ? node : leaf;
      return pair(shift, node, leaf, batch);
    case 'collision': {
      if (node.hash !== leaf.hash) return pair(shift, node, leaf, batch);
      const held = treeFind(node.tree, leaf.key);
      if (held?.value === leaf.value) return node;
      const grown = held === undefined ? node.size + 1 : node.size;
      return collision(node.hash, grown, treeInsert(node.tree, { leaf, rank: rankOf(leaf.key as Key) }));
    }
    case 'branch': {
      const bit = slot(leaf.hash, shift);
      const at = indexOf(node.bitmap, bit);
      const writable = batch !== undefined && node.batch === batch;
      if ((node.bitmap & bit) === 0) {
        if (!writable)
          return { kind: 'branch', bitmap: node.bitmap | bit, children: insertedAt(node.children, at, leaf), batch };
        node.children = insertedAt(node.children, at, leaf);
        node.bitmap |= bit;
        return node;
      }
      const child = node.children[at];
      if (child === undefined) return node;
      const next = put(child, shift + BITS, leaf, batch);
      if (next === child) return node;
      if (!writable)
        return { kind: 'branch', bitmap: node.bitmap, children: replacedAt(node.children, at, next), batch };
      node.children[at] = next;
      return node;
    }
  }
};

// The node without `key`, `undefined` when nothing is left, or the same node when `key` is absent.
const drop = <K, V>(node: Node<K, V>, shift: number, hash: number, key: K): Node<K, V> | undefined => {
  switch (node.kind) {
    case 'leaf':
      return node.key === key ? undefined : node;
    case 'collision': {
      if (treeFind(node.tree, key) === undefined) return node;
      const rest = treeRemove(node.tree, rankOf(key as Key), key);
      if (rest === undefined) return undefined;
      return node.size === 2 ? rest.leaf : collision(node.hash, node.size - 1, rest);
    }
    case 'branch': {
      const bit = slot(hash, shift);
      if ((node.bitmap & bit) === 0) return node;
      const at = indexOf(node.bitmap, bit);
      const child = node.children[at];
      if (child === undefined) return node;
      const next = drop(child, shift + BITS, hash, key);
      if (next === child) return node;
      if (next !== undefined)
        return { kind: 'branch', bitmap: node.bitmap, children: replacedAt(node.children, at, next), batch: undefined };
      const children = removedAt(node.children, at);
      const [only] = children;
      if (children.length === 0) return undefined;
      // A branch left with one leaf collapses into it, so the trie stays as shallow as its keys.
      if (children.length === 1 && only !== undefined && only.kind !== 'branch') return only;
      return { kind: 'branch', bitmap: node.bitmap ^ bit, children, batch: undefined };
    }
  }
};

const find = <K, V>(root: Node<K, V> | undefined, hash: number, key: K): Leaf<K, V> | undefined => {
  let node = root;
  let shift = 0;
  while (node !== undefined) {
    switch (node.kind) {
      case 'leaf':
        return node.key === key ? node : undefined;
      case 'collision':
        return treeFind(node.tree, key);
      case 'branch': {
        const bit = slot(hash, shift);
        if ((node.bitmap & bit) === 0) return undefined;
        node = node.children[indexOf(node.bitmap, bit)];
        shift += BITS;
        break;
      }
    }
  }
  return undefined;
};

function* leavesOf<K, V>(node: Node<K, V> | undefined): Generator<Leaf<K, V>, void, undefined> {
  if (node === undefined) return;
  switch (node.kind) {
    case 'leaf':
      yield node;
      return;
    case 'collision':
      yield* treeLeaves(node.tree);
      return;
    case 'branch':
      for (const child of node.children) yield* leavesOf(child);
  }
}

// The keys under `node` pushed onto `into`: a plain recursion, several times cheaper than the
// generators above for the short key sets the world's indexes read on every lookup.
const pushKeys = <K, V>(node: Node<K, V> | undefined, into: K[]): void => {
  if (node === undefined) return;
  switch (node.kind) {
    case 'leaf':
      into.push(node.key);
      return;
    case 'collision':
      pushTreeKeys(node.tree, into);
      return;
    case 'branch':
      for (let index = 0; index < node.children.length; index += 1) pushKeys(node.children[index], into);
  }
};

const pushTreeKeys = <K, V>(node: Tree<K, V> | undefined, into: K[]): void => {
  if (node === undefined) return;
  pushTreeKeys(node.left, into);
  into.push(node.leaf.key);
  pushTreeKeys(node.right, into);
};

/** An immutable map whose changes share structure with the map they came from. */
export class PersistentMap<K extends Key, V> {
  // Private at run time too, and the instance frozen: only an open batch of this module writes.
  #root: Node<K, V> | undefined;
  #count: number;
  readonly #batch: Batch | undefined;

  private constructor(root: Node<K, V> | undefined, count: number, batch: Batch | undefined) {
    this.#root = root;
    this.#count = count;
    this.#batch = batch;
    Object.freeze(this);
  }

  /** A map with no keys. */
  static empty<K extends Key, V>(): PersistentMap<K, V> {
    return new PersistentMap<K, V>(undefined, 0, undefined);
  }

  /** How many keys the map holds. */
  get size(): number {
    return this.#count;
  }

  /**
   * This map, as a map of `batch`: while the batch is open, its changes write in place and
   * return the same map; once it is done, the map is persistent like every other.
   */
  inBatch(batch: Batch): PersistentMap<K, V> {
    return new PersistentMap(this.#root, this.#count, batch);
  }

  /** `other`, or a map with no keys when there is none, in the same batch as this map. */
  adopt<K2 extends Key, V2>(other: PersistentMap<K2, V2> | undefined): PersistentMap<K2, V2> {
    if (other === undefined) return new PersistentMap<K2, V2>(undefined, 0, this.#batch);
    return this.#batch === undefined || other.#batch === this.#batch ? other : other.inBatch(this.#batch);
  }

  /** The value of `key`, or `undefined`. */
  get(key: K): V | undefined {
    return find(this.#root, hashOf(key), key)?.value;
  }

  /** Whether the map holds `key`. */
  has(key: K): boolean {
    return find(this.#root, hashOf(key), key) !== undefined;
  }

  /** The map with `key` set to `value`; this map when it already held exactly that. */
  set(key: K, value: V): PersistentMap<K, V> {
    const hash = hashOf(key);
    const leaf: Leaf<K, V> = { kind: 'leaf', hash, key, value };
    const open = this.#batch !== undefined && !this.#batch.done ? this.#batch : undefined;
    const count = this.has(key) ? this.#count : this.#count + 1;
    const root = this.#root === undefined ? leaf : put(this.#root, 0, leaf, open);
    if (open === undefined) return root === this.#root ? this : new PersistentMap(root, count, this.#batch);
    // In an open batch the root may have been written in place and be the same node: the count
    // must follow all the same, or later deletions would find the map empty too soon.
    this.#root = root;
    this.#count = count;
    return this;
  }

  /** The map without `key`; this map when it did not hold it. Always a new map, batch or not. */
  delete(key: K): PersistentMap<K, V> {
    if (this.#root === undefined) return this;
    const root = drop(this.#root, 0, hashOf(key), key);
    return root === this.#root ? this : new PersistentMap(root, this.#count - 1, this.#batch);
  }

  /** Every key and value, in no promised order. */
  *entries(): Generator<readonly [K, V], void, undefined> {
    for (const leaf of leavesOf(this.#root)) yield [leaf.key, leaf.value];
  }

  /** Every key, in a new array, in the order of {@link PersistentMap.keys}. */
  keyList(): K[] {
    const keys: K[] = [];
    pushKeys(this.#root, keys);
    return keys;
  }

  /** Every key, in no promised order. */
  *keys(): Generator<K, void, undefined> {
    for (const leaf of leavesOf(this.#root)) yield leaf.key;
  }

  /** Every value, in no promised order. */
  *values(): Generator<V, void, undefined> {
    for (const leaf of leavesOf(this.#root)) yield leaf.value;
  }
}
