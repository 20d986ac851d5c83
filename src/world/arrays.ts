// Copies of an array with one item more, one less or one replaced, allocated at the exact length
// they hold. An array grown by a spread or a splice keeps room for more, and the world keeps
// hundreds of thousands of small arrays (the nodes of its maps, the sets of its indexes): that room was
// tens of megabytes of a world of 100,000 properties.

/** A copy of `items` with `item` at `at`. */
export const insertedAt = <T>(items: readonly T[], at: number, item: T): T[] => {
  const copy = new Array<T>(items.length + 1);
  for (let index = 0; index < at; index += 1) copy[index] = items[index] as T;
  copy[at] = item;
  for (let index = at; index < items.length; index += 1) copy[index + 1] = items[index] as T;
  return copy;
};

/** A copy of `items` without the item at `at`. */
export const removedAt = <T>(items: readonly T[], at: number): T[] => {
  const copy = new Array<T>(items.length - 1);
  for (let index = 0; index < at; index += 1) copy[index] = items[index] as T;
  for (let index = at + 1; index < items.length; index += 1) copy[index - 1] = items[index] as T;
  return copy;
};

/** A copy of `items` with `item` in place of the one at `at`. */
export const replacedAt = <T>(items: readonly T[], at: number, item: T): T[] => {
  const copy = items.slice();
  copy[at] = item;
  return copy;
};
