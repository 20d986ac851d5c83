// What toProblem hands out is built from plain copies of what it is given: strings, finite numbers,
// booleans, null, and arrays and objects of them, each read once (an own field at a time, so a
// getter or proxy that throws loses only its own field), bounded in length, count and depth. Such
// a copy is safe to serialize, cannot be changed through the original, and costs at most its bounds
// whatever the input holds: a BigInt, a cycle, a million items, a ten-megabyte string.

/** A value JSON can hold, and nothing else. */
export type Plain = string | number | boolean | null | readonly Plain[] | { readonly [key: string]: Plain };

/** The most characters of one string a copy keeps; the library's own values are far shorter. */
export const MAX_TEXT = 1_000;
/** The most items of one list, or fields of one object, a copy keeps. */
export const MAX_ITEMS = 100;
const MAX_DEPTH = 6;

const read = (source: object, key: string | number): unknown => {
  try {
    return Object.hasOwn(source, key) ? Reflect.get(source, key) : undefined;
  } catch {
    return undefined;
  }
};

const keysOf = (source: object): string[] => {
  try {
    const keys = Object.keys(source);
    return keys.length > MAX_ITEMS ? keys.slice(0, MAX_ITEMS) : keys;
  } catch {
    return [];
  }
};

const isArray = (value: object): boolean => {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
};

const lengthOf = (source: object): number => {
  const length = read(source, 'length');
  return typeof length === 'number' && Number.isInteger(length) && length > 0 ? Math.min(length, MAX_ITEMS) : 0;
};

/** A plain, bounded copy of `value`, or `undefined` for what JSON cannot hold. */
export const plain = (value: unknown, depth = 0): Plain | undefined => {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'object':
      break;
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return undefined;
  if (isArray(value)) {
    const items: Plain[] = [];
    const length = lengthOf(value);
    for (let index = 0; index < length; index += 1) {
      const item = plain(read(value, index), depth + 1);
      if (item !== undefined) items.push(item);
    }
    return items;
  }
  const copy: Record<string, Plain> = {};
  for (const key of keysOf(value)) {
    const field = plain(read(value, key), depth + 1);
    if (field !== undefined) copy[key] = field;
  }
  return copy;
};

/** The plain object in `value`, or an empty one. */
export const plainObject = (value: unknown): { readonly [key: string]: Plain } => {
  const copy = plain(value);
  return typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? (copy as Record<string, Plain>) : {};
};

const isList = (value: Plain | undefined): value is readonly Plain[] => Array.isArray(value);

/** The plain items of the list in `value`, at most `max`, or none. */
export const plainList = (value: unknown, max: number): readonly Plain[] => {
  const copy = typeof value === 'object' && value !== null ? plain(value) : undefined;
  return isList(copy) ? copy.slice(0, max) : [];
};
