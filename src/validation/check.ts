import { err, ok, type Result } from 'neverthrow';

import type { InputIssue, InvalidInput, NonEmptyArray, Problem } from '../values/problem';
import { receivedType } from '../values/problem';

/** An issue while it is being found: its path grows as the check unwinds to the root. */
export interface OpenIssue {
  readonly path: (string | number)[];
  readonly problem: Problem;
}

/** What a {@link Check} answers for a value it refuses; its issues say why. */
export const INVALID: unique symbol = Symbol('invalid');

/**
 * A run-time check that `value` is a `T`, which answers with a copy of it: each field read once,
 * from the value's own fields only, into new objects and arrays that are frozen. What a caller
 * keeps or changes afterwards, or a getter answers on a second read, cannot reach the copy. It
 * records every problem it finds in `issues`, with a path relative to `value`.
 */
export type Check<T> = (value: unknown, issues: OpenIssue[]) => T | typeof INVALID;

/** The type a {@link Check} proves. */
type Checked<C> = C extends (value: unknown, issues: OpenIssue[]) => infer T ? Exclude<T, typeof INVALID> : never;

type FieldChecks = Readonly<Record<string, Check<unknown>>>;
type FromFields<S extends FieldChecks> = { readonly [K in keyof S]: Checked<S[K]> };

// Past MAX_ISSUES an issue is only counted: one shared placeholder stands for each, whose path
// is never extended, so a million wrong items of a list cost no paths (see arrayOf).
const COUNTED: OpenIssue = { path: [], problem: { code: 'unreadable' } };

/** Puts `key` in front of the path of every issue from index `from` on: they were found under it. */
export const prefix = (issues: OpenIssue[], from: number, key: string | number): void => {
  for (let index = from; index < issues.length; index += 1) {
    const issue = issues[index];
    if (issue !== undefined && issue !== COUNTED) issue.path.unshift(key);
  }
};

/**
 * The value of `key` if it is the value's own: inherited fields are not read, so what is checked
 * is what a copy of the value's own fields holds. Read once.
 */
export const ownField = (value: object, key: string | number): unknown =>
  Object.hasOwn(value, key) ? Reflect.get(value, key) : undefined;

/** A check built from a smart constructor's problem function: one definition of each value rule. */
export const fromProblem =
  <T>(problemOf: (value: unknown) => Problem | null): Check<T> =>
  (value, issues) => {
    const problem = problemOf(value);
    if (problem === null) return value as T; // the one cast of the checks: problemOf passed it
    issues.push({ path: [], problem });
    return INVALID;
  };

/**
 * A value read once and passed on as a `T` unchecked, for the function it goes to, which checks
 * every input it is given (`worldFrom`, `execute`), to check.
 */
export const checkedLater =
  <T>(): Check<T> =>
  (value) =>
    value as T; // the one unchecked cast: its reader checks it at run time

/** One of the given strings. */
export const literal = <const L extends readonly [string, ...string[]]>(...values: L): Check<L[number]> => {
  // One frozen list, shared by every issue this check reports: no caller can change what it accepts.
  const allowed = Object.freeze(values);
  return (value, issues) => {
    for (const candidate of allowed) if (candidate === value) return candidate;
    issues.push({ path: [], problem: { code: 'unknown_variant', allowed } });
    return INVALID;
  };
};

/** `true` or `false`. */
export const boolean: Check<boolean> = (value, issues) => {
  if (typeof value === 'boolean') return value;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['boolean'], received: receivedType(value) } });
  return INVALID;
};

/** Whether `value` is an object that is not an array; if not, the issue that says so. */
export const isRecord = (value: unknown, issues: OpenIssue[]): value is object => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['object'], received: receivedType(value) } });
  return false;
};

// What JSON holds: an object of no class of its own (a Date or a Map is not one).
const isPlainRecord = (value: unknown, issues: OpenIssue[]): value is object => {
  if (!isRecord(value, issues)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return true;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['object'], received: 'instance' } });
  return false;
};

/** How an {@link object} check reads: its copy frozen or not, and whether other fields are refused. */
export interface ObjectReading {
  /** Freeze the copy (default): `false` for a copy that stays inside the library. */
  readonly frozen?: boolean;
  /**
   * Refuse any own field the shape does not name (`unknown_field` at its path), and any object
   * of a class (JSON's reading: a misspelt field is an error, not a field dropped).
   */
  readonly strict?: boolean;
}

/**
 * An object with at least these fields, as a frozen copy of them alone: other fields are never
 * read, and a field left `undefined` is left out of the copy. `frozen: false` leaves the copy
 * itself unfrozen (what is inside it is as frozen as its own checks make it): for a copy that
 * stays inside the library, such as a decision's request. `strict` refuses other fields.
 */
export const object = <S extends FieldChecks>(
  fields: S,
  { frozen = true, strict = false }: ObjectReading = {},
): Check<FromFields<S>> => {
  const keys = Object.keys(fields);
  const checks = Object.values(fields);
  const readable = strict ? isPlainRecord : isRecord;
  return (value, issues) => {
    if (!readable(value, issues)) return INVALID;
    const copy: Record<string, unknown> = {};
    let valid = true;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] ?? '';
      const before = issues.length;
      const check = checks[index];
      // Not `?? INVALID`: an optional field left out is checked as `undefined`, and valid.
      const checked = check === undefined ? INVALID : check(ownField(value, key), issues);
      if (checked === INVALID) {
        prefix(issues, before, key);
        valid = false;
      } else if (checked !== undefined) copy[key] = checked;
    }
    if (strict)
      for (const key of Object.keys(value))
        if (!Object.hasOwn(fields, key)) {
          issues.push({ path: [key], problem: { code: 'unknown_field' } });
          valid = false;
        }
    if (!valid) return INVALID;
    // The copy was built field by field from checks of exactly this shape.
    return (frozen ? Object.freeze(copy) : copy) as FromFields<S>;
  };
};

/**
 * A decision's request: an {@link object} whose copy stays inside the library and is not frozen
 * itself (the records in it are). The decision reads it once and hands out none of it unfrozen.
 */
export const request = <S extends FieldChecks>(fields: S): Check<FromFields<S>> => object(fields, { frozen: false });

/** A union told apart by the string in field `key`; each variant's check sees the whole object. */
export const variant = <V extends FieldChecks>(key: string, variants: V): Check<Checked<V[keyof V]>> => {
  const allowed = Object.keys(variants);
  const [first = key, ...rest] = allowed;
  const names: NonEmptyArray<string> = Object.freeze([first, ...rest]);
  return (value, issues) => {
    if (!isRecord(value, issues)) return INVALID;
    const tag = ownField(value, key);
    // Object.hasOwn, not `in`: a tag such as "__proto__" or "toString" must not find a prototype member.
    const check = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
    if (check === undefined) {
      issues.push({ path: [key], problem: { code: 'unknown_variant', allowed: names } });
      return INVALID;
    }
    const checked = check(value, issues);
    if (checked === INVALID) return INVALID;
    // A tag that reads differently the second time (a getter, a proxy) names no one variant.
    if (typeof checked !== 'object' || checked === null || Reflect.get(checked, key) !== tag) {
      issues.push({ path: [key], problem: { code: 'unreadable' } });
      return INVALID;
    }
    return checked as Checked<V[keyof V]>; // the check of the variant `tag` names built it
  };
};

/** The length of an array, read once, if it is at most `max`. */
const lengthWithin = (value: unknown, max: number, issues: OpenIssue[]): number | null => {
  if (!Array.isArray(value)) {
    issues.push({ path: [], problem: { code: 'wrong_type', expected: ['array'], received: receivedType(value) } });
    return null;
  }
  const length: unknown = value.length;
  if (typeof length !== 'number' || length > max) {
    issues.push({
      path: [],
      problem: { code: 'too_long', max, length: typeof length === 'number' ? length : Number.NaN },
    });
    return null;
  }
  return length;
};

/**
 * The own items of an array of at most `max` items, read once each into a new array: a hole is
 * `undefined`. Not frozen: the caller checks it, then freezes what it keeps.
 */
export const itemsOf = (value: unknown, max: number, issues: OpenIssue[]): unknown[] | null => {
  const length = lengthWithin(value, max, issues);
  if (length === null || !Array.isArray(value)) return null;
  const items = new Array<unknown>(length);
  for (let index = 0; index < length; index += 1) items[index] = ownField(value, index);
  return items;
};

// The copy of every empty list: frozen, so one serves all.
const EMPTY: readonly never[] = Object.freeze([]);

/** An array of at most `max` items, each passing `item`, as a frozen copy. */
export const arrayOf =
  <T>(item: Check<T>, max: number): Check<readonly T[]> =>
  (value, issues) => {
    const length = lengthWithin(value, max, issues);
    if (length === null || !Array.isArray(value)) return INVALID;
    if (length === 0) return EMPTY;
    const copy = new Array<T>(length);
    let valid = true;
    let counted: OpenIssue[] | undefined;
    for (let index = 0; index < length; index += 1) {
      const before = issues.length;
      if (before > MAX_ISSUES) {
        // The error already lists all it will: the item's issues are only counted.
        counted ??= [];
        counted.length = 0;
        const checked = item(ownField(value, index), counted);
        if (checked === INVALID) {
          for (let left = Math.max(counted.length, 1); left > 0; left -= 1) issues.push(COUNTED);
          valid = false;
        } else copy[index] = checked;
        continue;
      }
      const checked = item(ownField(value, index), issues);
      if (checked === INVALID) {
        prefix(issues, before, index);
        valid = false;
      } else copy[index] = checked;
    }
    return valid ? Object.freeze(copy) : INVALID;
  };

/** A field that may be left out (`undefined`), or a value passing `check`. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, issues) =>
    value === undefined ? undefined : check(value, issues);

/** `null`, or a value passing `check`. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, issues) =>
    value === null ? null : check(value, issues);

/** The issue of an input that threw while it was read. */
export const UNREADABLE: InputIssue = Object.freeze({
  path: Object.freeze([]),
  problem: Object.freeze({ code: 'unreadable' }),
});

/** The most issues one error lists; past it, one more issue says how many were left out. */
export const MAX_ISSUES = 100;

// Every issue found, up to MAX_ISSUES, then one that counts the rest: an error stays small and
// safe to print however many items of a huge input are wrong.
const capped = (issues: readonly InputIssue[]): NonEmptyArray<InputIssue> => {
  const [first = UNREADABLE, ...rest] = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
  if (issues.length <= MAX_ISSUES) return [first, ...rest];
  return [first, ...rest, { path: [], problem: { code: 'more_issues', count: issues.length - MAX_ISSUES } }];
};

/** The `invalid_input` error for `issues`, capped at {@link MAX_ISSUES}. */
export const invalidInput = (issues: readonly InputIssue[]): InvalidInput => ({
  code: 'invalid_input',
  issues: capped(issues),
});

/**
 * Turns a check into a total parse: a frozen copy of the input when it passes, else every issue
 * found. A getter or proxy that throws while being read is reported as `unreadable`, never
 * rethrown.
 */
export const parserOf =
  <T>(check: Check<T>) =>
  (input: unknown): Result<T, InvalidInput> => {
    const issues: OpenIssue[] = [];
    try {
      const checked = check(input, issues);
      if (checked !== INVALID) return ok(checked);
    } catch {
      issues.push({ path: [], problem: UNREADABLE.problem });
    }
    return err(invalidInput(issues));
  };
