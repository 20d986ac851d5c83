import { err, ok, type Result } from 'neverthrow';

import type { Brand } from './brand';
import { type Problem, receivedType, type ValueError } from './problem';

/** The areas of the extranet an account can be given, one by one. */
export const AREAS = Object.freeze([
  'reservations',
  'rates_and_availability',
  'property',
  'inbox',
  'finance',
  'promotions',
  'account',
] as const);

/** One area of the extranet. */
export type Area = (typeof AREAS)[number];

/** An access right: one area, or `admin`, which holds every area plus managing users (CX-1). */
export type AccessRight = Area | 'admin';

const ALL: readonly AccessRight[] = [...AREAS, 'admin'];

/**
 * A set of access rights in canonical form: no duplicates, in the order of {@link AREAS}, and
 * `admin` alone when it is held (it already holds every area). Made only by {@link accessRights}.
 */
export type AccessRights = Brand<readonly AccessRight[], 'AccessRights'>;

const isAccessRight = (value: unknown): value is AccessRight => ALL.some((right) => right === value);

const canonical = (rights: readonly AccessRight[]): readonly AccessRight[] =>
  rights.includes('admin') ? ['admin'] : AREAS.filter((area) => rights.includes(area));

// A list may repeat a right, but not without end: a longer one is not a choice a person made.
const MAX_LIST = ALL.length * 4;

/** The longest list of rights accepted, repeats included. */
export const MAX_RIGHTS_LIST = MAX_LIST;

const listProblem = (input: unknown): Problem | null => {
  if (!Array.isArray(input)) return { code: 'wrong_type', expected: ['array'], received: receivedType(input) };
  if (input.length > MAX_LIST) return { code: 'too_long', max: MAX_LIST, length: input.length };
  return input.every(isAccessRight) ? null : { code: 'unknown_variant', allowed: ['admin', ...AREAS] };
};

// The one cast: what canonical() returns from known rights is, by definition, AccessRights.
const brand = (rights: readonly AccessRight[]): AccessRights => Object.freeze(canonical(rights)) as AccessRights;

const POSITION = new Map<unknown, number>(AREAS.map((area, index) => [area, index]));

// Canonical form read off directly: `admin` alone, or areas in the order of AREAS, each once.
const isCanonical = (input: readonly unknown[]): boolean => {
  if (input.length === 1 && input[0] === 'admin') return true;
  let last = -1;
  for (const right of input) {
    const position = POSITION.get(right) ?? -1;
    if (position <= last) return false;
    last = position;
  }
  return true;
};

/** What is wrong with `input` as already made {@link AccessRights}, or `null`. */
export const accessRightsProblem = (input: unknown): Problem | null => {
  if (Array.isArray(input) && isCanonical(input)) return null;
  const problem = listProblem(input);
  if (problem !== null || !Array.isArray(input)) return problem;
  const rights = input.filter(isAccessRight);
  const normalized = canonical(rights);
  const same = normalized.length === rights.length && normalized.every((right, index) => right === rights[index]);
  return same ? null : { code: 'not_normalized', normalized: normalized.join(',') };
};

// The own items of `input`, each read once, or what is wrong with it as a list.
const readItems = (input: unknown): unknown[] | Problem => {
  try {
    if (!Array.isArray(input)) return { code: 'wrong_type', expected: ['array'], received: receivedType(input) };
    const length: unknown = input.length;
    if (typeof length !== 'number' || length > MAX_LIST)
      return { code: 'too_long', max: MAX_LIST, length: Number(length) };
    return Array.from({ length }, (_, index): unknown =>
      Object.hasOwn(input, index) ? Reflect.get(input, index) : undefined,
    );
  } catch {
    // A revoked proxy, or a getter that throws: nothing could be read.
    return { code: 'unreadable' };
  }
};

/**
 * Makes {@link AccessRights} from a list of right names, in canonical form.
 *
 * @example
 * accessRights(['finance', 'reservations']); // ok(['reservations', 'finance'])
 * accessRights(['admin', 'finance']);        // ok(['admin'])
 */
export const accessRights = (input: unknown): Result<AccessRights, ValueError> => {
  const items = readItems(input);
  if (!Array.isArray(items)) return err({ value: 'access_right', problem: items });
  const problem = listProblem(items);
  return problem === null ? ok(brand(items.filter(isAccessRight))) : err({ value: 'access_right', problem });
};

/** Every right an admin holds (CX-1); what a primary account always has (PA-7). */
export const FULL_ADMIN: AccessRights = brand(['admin']);

/** Every area without user management: what an admin keeps when admin is taken back (CX-3). */
export const ALL_AREAS: AccessRights = brand(AREAS);

/** No rights at all. */
export const NO_RIGHTS: AccessRights = brand([]);

/** Whether `rights` hold `admin` (CX-1, CX-3). */
export const holdsAdmin = (rights: AccessRights): boolean => rights.includes('admin');

/** `rights` with admin taken back: every area stays, managing users goes (CX-3). */
export const withoutAdmin = (rights: AccessRights): AccessRights => (holdsAdmin(rights) ? ALL_AREAS : rights);

/** Whether two sets of rights are the same: canonical, so equal lists. */
export const sameRights = (a: AccessRights, b: AccessRights): boolean =>
  a.length === b.length && a.every((right, index) => right === b[index]);
