// The inputs an attacker or a careless caller hands a function: anything fast-check can make,
// and objects built to break a reader (throwing getters and proxies, revoked proxies, cycles,
// sparse and huge arrays, huge strings, invisible characters, numbers JSON cannot hold).
import fc from 'fast-check';

/** Field names the library reads: a hostile object booby-traps each of them. */
const FIELDS = [
  'kind',
  'id',
  'login',
  'email',
  'name',
  'agreement',
  'rights',
  'properties',
  'property',
  'link',
  'leid',
  'primaryOf',
  'status',
  'actor',
  'primary',
  'origin',
  'partnerExisted',
  'invitation',
  'invitations',
  'invitee',
  'now',
  'sentAt',
  'at',
  'by',
  'account',
  'accounts',
  'agreements',
  'action',
  'target',
  'reached',
  'to',
  'portfolio',
  'accessHolders',
  'user',
  'username',
  'requester',
  'primaryOfAgreement',
  'loginHolder',
  'inviteePrimary',
  'accountWithUsername',
  'code',
  'rules',
  'facts',
  'remedies',
  'issues',
  'path',
  'problem',
  'title',
  'world',
  'steps',
  'expect',
  'command',
  'clock',
  'length',
  'then',
  'toJSON',
  'constructor',
  '__proto__',
];

const boom = (): never => {
  throw new Error('hostile input');
};

/** Every field a getter that throws. */
export const throwingGetters = (): object => {
  const target = {};
  for (const field of FIELDS) Object.defineProperty(target, field, { get: boom, enumerable: true });
  return target;
};

/** A proxy whose every trap throws. */
export const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
      set: boom,
      defineProperty: boom,
      deleteProperty: boom,
    },
  );

/** A proxy already revoked: every operation on it throws, even `Array.isArray`. */
export const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** Writes that a function made to its input, seen through {@link recording}. */
export const writes: string[] = [];

/**
 * `target` behind a proxy that answers reads as `target` does (each nested object behind such a
 * proxy too) and logs every write: a function that changes its input is caught at it.
 */
export const recording = <T extends object>(target: T, at = ''): T =>
  new Proxy(target, {
    get: (object, key, receiver) => {
      const value: unknown = Reflect.get(object, key, receiver);
      return typeof value === 'object' && value !== null && !Object.isFrozen(value)
        ? recording(value, `${at}.${String(key)}`)
        : value;
    },
    set: (_object, key) => {
      writes.push(`set ${at}.${String(key)}`);
      return true;
    },
    defineProperty: (_object, key) => {
      writes.push(`define ${at}.${String(key)}`);
      return true;
    },
    deleteProperty: (_object, key) => {
      writes.push(`delete ${at}.${String(key)}`);
      return true;
    },
    setPrototypeOf: () => {
      writes.push(`setPrototypeOf ${at}`);
      return true;
    },
    preventExtensions: () => {
      writes.push(`preventExtensions ${at}`);
      return false;
    },
  });

/** `target`, whose fields answer their value the first time and something else after. */
export const twoFaced = (target: object): object => {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target) as [string, unknown][]) {
    let reads = 0;
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: (): unknown => {
        reads += 1;
        return reads === 1 ? value : { kind: 'platform', id: 42, length: -1 };
      },
    });
  }
  return copy;
};

const cyclic = (): object => {
  const object: Record<string, unknown> = { kind: 'primary', id: 'x' };
  object['self'] = object;
  object['properties'] = [object];
  object['link'] = object;
  return object;
};

const cyclicArray = (): unknown[] => {
  const list: unknown[] = [];
  list.push(list, list);
  return list;
};

// Made once: a frozen value cannot be changed by the function, and what would change it throws.
const MILLION = Object.freeze(new Array<string>(1_000_000).fill('x'));
const SPARSE_MILLION = Object.freeze(new Array<unknown>(1_000_000));
const LONGEST = ((): readonly unknown[] => {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return Object.freeze(list);
})();
const TEN_MB = 'a'.repeat(10 * 1024 * 1024);
const TEN_MB_INVISIBLE = '\u200b'.repeat(10 * 1024 * 1024);
// Text that normalization finds costly: NFC of one base letter and a long run of combining marks
// takes time that grows with the square of the run; a megabyte of it, and runs of Hangul jamo and
// Greek letters with breathings and accents, which compose four code points into one.
const MB_OF_MARKS = `a${'\u0301\u0323\u0302'.repeat(350_000)}`;
const MB_OF_MARKS_EMAIL = `${MB_OF_MARKS}@example.com`;
const MB_OF_JAMO = '\u1100\u1161\u11a8'.repeat(350_000);
const MB_OF_GREEK = '\u1f82'.normalize('NFD').repeat(250_000);

/** The costly inputs, a few in each run. */
export const heavy: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  MILLION,
  SPARSE_MILLION,
  LONGEST,
  TEN_MB,
  TEN_MB_INVISIBLE,
  MB_OF_MARKS,
  MB_OF_MARKS_EMAIL,
  MB_OF_JAMO,
  MB_OF_GREEK,
);

const oddStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u00ad',
  '\u202e',
  '\u200e',
  '\ufe0f',
  '\u{e0061}',
  '\ud800',
  '\udc00x',
  'İ'.repeat(64),
  'a'.repeat(129),
  'anna\u200b',
  'ＡＮＮＡ',
  'Anna',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '1e400',
  'NaN',
  '2026-02-30T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  'a@b',
  'a@b.c\u0000',
  'x'.repeat(255) + '@example.com',
  'admin',
  'primary',
  'platform',
  'active',
);

const oddNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  8.64e15 + 1,
);

const trapped = fc.constantFrom<() => unknown>(
  throwingGetters,
  throwingProxy,
  revokedProxy,
  cyclic,
  cyclicArray,
  () => Object.create(null) as object,
  () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom }),
  () => new Date(Number.NaN),
  () => Symbol('hostile'),
  () => boom,
  () => 10n ** 30n,
  () => new Array<unknown>(5),
  () => Object.assign(new Array<unknown>(3), { 2: 'admin' }),
  () => Object.assign(['admin'], { length: 3 }),
  () => new Proxy([], { get: (target, key): unknown => (key === 'length' ? 2 ** 31 : Reflect.get(target, key)) }),
  () => ({ __proto__: { kind: 'primary', id: 'inherited' } }),
  () => Object.freeze({ kind: 'platform', extra: throwingProxy() }),
);

/**
 * A trap still to be made. fast-check looks into the values it generates (for a clone method),
 * which a trap would not survive, so the traps are made after sampling, by {@link armed}.
 */
class Trap {
  constructor(readonly make: () => unknown) {}
}

/** `args` with every {@link Trap} in it made: copies along the way, shares the rest. */
export const armed = (value: unknown, depth = 0): unknown => {
  if (value instanceof Trap) return value.make();
  // Traps sit in the few small lists and records the fuzzer builds; the heavy values are frozen.
  if (depth > 8 || typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value) && value.length > 100) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => armed(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, armed(item, depth + 1)] as const);
  return entries.some(([key, item]) => item !== (value as Record<string, unknown>)[key])
    ? Object.fromEntries(entries)
    : value;
};

/** Any hostile value: a made-up one, a trap, an odd string or number, or now and then a heavy one. */
export const wild: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withObjectString: true,
    }),
  },
  { weight: 3, arbitrary: trapped.map((make) => new Trap(make)) },
  { weight: 2, arbitrary: oddStrings },
  { weight: 2, arbitrary: oddNumbers },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 399 }).chain((share) => (share === 0 ? heavy : fc.constant(undefined))),
  },
);

/** The places inside a value that a mutation may replace: the paths to its plain parts. */
const pathsOf = (
  value: unknown,
  depth = 0,
  at: readonly (string | number)[] = [],
): (readonly (string | number)[])[] => {
  if (
    typeof value !== 'object' ||
    value === null ||
    depth > 6 ||
    !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)
  )
    return [at];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [
    at,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], depth + 1, [...at, key])),
  ];
};

/** `value` with the part at `path` replaced by `by`: copies along the path, shares the rest. */
const replaced = (value: unknown, path: readonly (string | number)[], by: unknown): unknown => {
  const [key, ...rest] = path;
  if (key === undefined) return by;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === key ? replaced(item, rest, by) : item));
  if (typeof value === 'object' && value !== null)
    return { ...value, [key]: replaced((value as Record<string | number, unknown>)[key], rest, by) };
  return by;
};

/** The argument lists a function is fuzzed with, from its valid seeds. */
export const argumentsFor = (
  seeds: readonly (readonly unknown[])[],
  arity: number,
): fc.Arbitrary<readonly unknown[]> => {
  const anyArgs = fc.array(wild, { minLength: Math.max(arity, 1), maxLength: Math.max(arity, 1) + 1 });
  if (seeds.length === 0) return anyArgs;
  const seed = fc.constantFrom(...seeds);
  // One part of one argument broken: hostile values reach the checks deep inside.
  const broken = seed.chain((args) => {
    const paths = pathsOf(args).filter((path) => path.length > 0);
    return paths.length === 0
      ? anyArgs
      : fc.tuple(fc.constantFrom(...paths), wild).map(([path, by]) => replaced(args, path, by) as readonly unknown[]);
  });
  // The valid arguments behind a proxy that logs writes, or with fields that change once read.
  const watched = seed.map((args) =>
    args.map((arg) =>
      typeof arg === 'object' && arg !== null && !Object.isFrozen(arg) ? new Trap(() => recording(arg)) : arg,
    ),
  );
  const twoFacedArgs = seed.map((args) =>
    args.map((arg) =>
      typeof arg === 'object' && arg !== null && !Array.isArray(arg) && !Object.isFrozen(arg)
        ? new Trap(() => twoFaced(arg))
        : arg,
    ),
  );
  return fc.oneof(
    { weight: 6, arbitrary: broken },
    { weight: 2, arbitrary: anyArgs },
    { weight: 1, arbitrary: watched },
    { weight: 1, arbitrary: twoFacedArgs },
  );
};
