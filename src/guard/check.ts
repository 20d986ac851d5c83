import { err, ok, type Result } from 'neverthrow';
import type { InputIssue, InvalidInput, NonEmptyArray, Problem } from '../values/problem';
import { receivedType } from '../values/problem';

/** An issue while it is being found: its path grows as the check unwinds to the root. */
interface OpenIssue {
  readonly path: (string | number)[];
  readonly problem: Problem;
}

/**
 * A run-time check that `value` is a `T`. It records every problem it finds in `issues`, with a
 * path relative to `value`, and allocates nothing when the value is fine.
 */
export type Check<T> = (value: unknown, issues: OpenIssue[]) => value is T;

/** The type a {@link Check} proves. */
type Checked<C> = C extends (value: unknown, issues: OpenIssue[]) => value is infer T ? T : never;

type Shape = Readonly<Record<string, Check<unknown>>>;
type FromShape<S extends Shape> = { readonly [K in keyof S]: Checked<S[K]> };

const prefix = (issues: OpenIssue[], from: number, key: string | number): void => {
  for (let index = from; index < issues.length; index += 1) issues[index]?.path.unshift(key);
};

/** A check built from a smart constructor's problem function: one definition of each value rule. */
export const fromProblem =
  <T>(problemOf: (value: unknown) => Problem | null): Check<T> =>
  (value, issues): value is T => {
    const problem = problemOf(value);
    if (problem !== null) issues.push({ path: [], problem });
    return problem === null;
  };

/** One of the given strings. */
export const literal =
  <const L extends readonly [string, ...string[]]>(...allowed: L): Check<L[number]> =>
  (value, issues): value is L[number] => {
    const known = allowed.some((candidate) => candidate === value);
    if (!known) issues.push({ path: [], problem: { code: 'unknown_variant', allowed } });
    return known;
  };

/** `true` or `false`. */
export const boolean: Check<boolean> = (value, issues): value is boolean => {
  if (typeof value === 'boolean') return true;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['boolean'], received: receivedType(value) } });
  return false;
};

const isRecord = (value: unknown, issues: OpenIssue[]): value is object => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  issues.push({ path: [], problem: { code: 'wrong_type', expected: ['object'], received: receivedType(value) } });
  return false;
};

/** An object with at least these fields; other fields are ignored, never read. */
export const object = <S extends Shape>(shape: S): Check<FromShape<S>> => {
  const keys = Object.keys(shape);
  const checks = Object.values(shape);
  return (value, issues): value is FromShape<S> => {
    if (!isRecord(value, issues)) return false;
    let valid = true;
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] ?? '';
      const before = issues.length;
      if (!(checks[index]?.(Reflect.get(value, key), issues) ?? false)) {
        prefix(issues, before, key);
        valid = false;
      }
    }
    return valid;
  };
};

/** A union told apart by the string in field `key`; each variant's check sees the whole object. */
export const variant = <V extends Shape>(key: string, variants: V): Check<Checked<V[keyof V]>> => {
  const allowed = Object.keys(variants);
  const [first = key, ...rest] = allowed;
  const names: NonEmptyArray<string> = [first, ...rest];
  return (value, issues): value is Checked<V[keyof V]> => {
    if (!isRecord(value, issues)) return false;
    const tag: unknown = Reflect.get(value, key);
    // Object.hasOwn, not `in`: a tag such as "__proto__" or "toString" must not find a prototype member.
    const check = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
    if (check === undefined) {
      issues.push({ path: [key], problem: { code: 'unknown_variant', allowed: names } });
      return false;
    }
    return check(value, issues);
  };
};

/** An array of at most `max` items, each passing `item`. */
export const arrayOf =
  <T>(item: Check<T>, max: number): Check<readonly T[]> =>
  (value, issues): value is readonly T[] => {
    if (!Array.isArray(value)) {
      issues.push({ path: [], problem: { code: 'wrong_type', expected: ['array'], received: receivedType(value) } });
      return false;
    }
    if (value.length > max) {
      issues.push({ path: [], problem: { code: 'too_long', max, length: value.length } });
      return false;
    }
    let valid = true;
    for (let index = 0; index < value.length; index += 1) {
      const before = issues.length;
      if (!item(value[index], issues)) {
        prefix(issues, before, index);
        valid = false;
      }
    }
    return valid;
  };

/** A field that may be left out (`undefined`), or a value passing `check`. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, issues): value is T | undefined =>
    value === undefined || check(value, issues);

/** `null`, or a value passing `check`. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, issues): value is T | null =>
    value === null || check(value, issues);

/** The issue of an input that threw while it was read. */
export const UNREADABLE: InputIssue = Object.freeze({ path: Object.freeze([]), problem: Object.freeze({ code: 'unreadable' }) });

/**
 * Turns a check into a total parse: the input itself when it passes, else every issue found.
 * A getter or proxy that throws while being read is reported as `unreadable`, never rethrown.
 */
export const guard =
  <T>(check: Check<T>) =>
  (input: unknown): Result<T, InvalidInput> => {
    const issues: OpenIssue[] = [];
    try {
      if (check(input, issues)) return ok(input);
    } catch {
      issues.push({ path: [], problem: UNREADABLE.problem });
    }
    const [first = UNREADABLE, ...rest] = issues;
    return err({ code: 'invalid_input', issues: [first, ...rest] });
  };
