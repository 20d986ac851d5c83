// Keys whose FNV-1a hashes over UTF-16 units are all equal, as an attacker would make them:
// from any hash state, two 2-unit blocks that lead to the same state can be found directly, and
// k such block pairs in a row give 2^k keys of one hash. Units are letters of the BMP, valid in
// any ID.

const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5;
const LETTERS = Array.from({ length: 0xd800 - 0x100 }, (_, index) => index + 0x100).filter((unit) =>
  /^\p{L}$/u.test(String.fromCharCode(unit)),
);
const IS_LETTER = new Set(LETTERS);

const step = (state: number, unit: number): number => Math.imul(state ^ unit, PRIME) >>> 0;

/** The FNV-1a hash the world's map computes for a string key. */
export const fnv1a = (key: string): number => {
  let state = OFFSET;
  for (let index = 0; index < key.length; index += 1) state = step(state, key.charCodeAt(index));
  return state | 0;
};

// Two units a, a2 whose products agree in their high 16 bits differ only in the low ones, which
// the next unit's XOR can cancel: b2 = low16(x ^ x2) ^ b.
const blockPair = (state: number): readonly [string, string] => {
  const byHigh = new Map<number, number>();
  for (const a of LETTERS) {
    const x = Math.imul(state ^ a, PRIME) >>> 0;
    const other = byHigh.get(x >>> 16);
    if (other === undefined) {
      byHigh.set(x >>> 16, a);
      continue;
    }
    const x2 = Math.imul(state ^ other, PRIME) >>> 0;
    // Not every difference can be cancelled inside the range of letters: then try the next unit.
    for (const b of LETTERS) {
      const b2 = (x ^ x2 ^ b) & 0xffff;
      if (IS_LETTER.has(b2)) return [String.fromCharCode(a, b), String.fromCharCode(other, b2)];
    }
  }
  throw new Error('no block pair from this state'); // a test helper's own failure
};

/** 2^k distinct keys, each `prefix` and k blocks, all with one FNV-1a hash. */
export const collidingKeys = (k: number, prefix = 'p'): string[] => {
  let state = OFFSET;
  for (let index = 0; index < prefix.length; index += 1) state = step(state, prefix.charCodeAt(index));
  const pairs: (readonly [string, string])[] = [];
  for (let index = 0; index < k; index += 1) {
    const pair = blockPair(state);
    pairs.push(pair);
    state = step(step(state, pair[0].charCodeAt(0)), pair[0].charCodeAt(1));
  }
  return Array.from(
    { length: 2 ** k },
    (_, mask) => prefix + pairs.map((pair, index) => pair[(mask >> index) & 1]).join(''),
  );
};
